/** The association's books on the web: the public transparency page and its API, the treasurer's dashboard and export. */
package org.openspacemakers.marketplace.books.web;
