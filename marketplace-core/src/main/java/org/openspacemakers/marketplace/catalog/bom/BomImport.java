package org.openspacemakers.marketplace.catalog.bom;

import java.util.List;
import java.util.Objects;

/** The outcome of reading a BOM file: either a BOM with notes on what was interpreted, or the reasons it was refused. */
public sealed interface BomImport {

    /** The file was read; the notes say what was interpreted on the way (possibly none). */
    record Imported(Bom bom, List<BomNote> notes) implements BomImport {

        public Imported {
            Objects.requireNonNull(bom, "bom");
            notes = List.copyOf(notes);
        }
    }

    /** The file cannot be read as a BOM; nothing of it may be stored. */
    record Refused(List<BomProblem> problems) implements BomImport {

        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
        }
    }
}
