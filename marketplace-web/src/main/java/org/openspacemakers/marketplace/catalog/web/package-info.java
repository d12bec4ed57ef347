/** HTTP for the catalogue: storefront pages and the boards API. */
package org.openspacemakers.marketplace.catalog.web;
