/** Where uploaded files (photos, evidence PDFs) are kept, addressed by the SHA-256 of their content. */
package org.openspacemakers.marketplace.storage;
