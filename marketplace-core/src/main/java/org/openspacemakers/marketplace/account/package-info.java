/** Accounts: people who sign in, their roles, and the throttling of failed sign-ins. */
package org.openspacemakers.marketplace.account;
