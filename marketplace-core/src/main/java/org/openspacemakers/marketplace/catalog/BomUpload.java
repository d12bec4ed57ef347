package org.openspacemakers.marketplace.catalog;

import java.util.List;

/**
 * A BOM file taken into a draft revision: how many lines and references it gave, its hash, and
 * what the importer interpreted (each note names its line in the file).
 */
public record BomUpload(Revision revision, int lines, int references, String hash, List<String> notes) {
}
