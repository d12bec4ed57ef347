/** The donation pages: giving without an order, the donor's page and receipt, and the administrators' list. */
package org.openspacemakers.marketplace.donation.web;
