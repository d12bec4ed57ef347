package org.openspacemakers.marketplace.catalog;

import java.util.List;
import org.openspacemakers.marketplace.catalog.bom.BomNote;

/**
 * A BOM file taken into a draft revision: how many lines and references it gave, its hash, and
 * what the importer interpreted (each note names its line in the file, and says what it says as a
 * message key with arguments, for the reader's language).
 */
public record BomUpload(Revision revision, int lines, int references, String hash, List<BomNote> notes) {
}
