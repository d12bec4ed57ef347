/** HTTP for accounts: the sign-in page. */
package org.openspacemakers.marketplace.account.web;
