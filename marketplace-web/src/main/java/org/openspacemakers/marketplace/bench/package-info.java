/** Data and endpoints that exist only for the benchmarks, in the {@code bench} profile; never in a real store. */
package org.openspacemakers.marketplace.bench;
