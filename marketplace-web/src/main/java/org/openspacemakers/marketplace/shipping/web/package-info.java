/** The administrators' page of shipping zones and rates. */
package org.openspacemakers.marketplace.shipping.web;
