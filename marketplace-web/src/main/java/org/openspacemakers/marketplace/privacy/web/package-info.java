/** A person's own data over HTTP: its download and the erasure of their account, on the profile and in the API. */
package org.openspacemakers.marketplace.privacy.web;
