/** Text that makers write and buyers read: Markdown rendered to HTML that is safe to embed in a page. */
package org.openspacemakers.marketplace.catalog.text;
