/** Board photos as they arrive: checked for what they really are, and turned into thumbnails. */
package org.openspacemakers.marketplace.catalog.photo;
