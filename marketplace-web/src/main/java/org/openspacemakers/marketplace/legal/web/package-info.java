/** HTTP for the store's legal face: the legal notice, the contact page and the privacy notice (the terms of sale are the orders'). */
package org.openspacemakers.marketplace.legal.web;
