package org.openspacemakers.marketplace.compliance.dossier;

import java.util.List;
import java.util.function.Predicate;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/** What every section of the dossier does with its fields: the refusals, the clipping and the gaps they share. */
final class Fields {

    private Fields() {
    }

    /** The team's value, refused with the field's name when it is longer than its column. */
    static String limit(String field, String value, int max) {
        if (value.length() > max) {
            throw new DossierRejected(field, "invalid.tooLong", max);
        }
        return value;
    }

    /** Refuses a file the team names but did not upload to this dossier; naming none is fine. */
    static void requireUploaded(String field, String sha256, Predicate<String> uploaded) {
        if (sha256 != null && !uploaded.test(sha256)) {
            throw new DossierRejected(field, "invalid.dossier.notUploaded");
        }
    }

    /**
     * A value the team did not type (the revision's, a key made of a BOM line), cut to its column:
     * refusing it would refuse something the team cannot fix here.
     */
    static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** Adds a gap naming the item when the team left it empty. */
    static void missing(List<Refusal> gaps, RefusalCode code, String value, String item) {
        if (value.isEmpty()) {
            gaps.add(Refusal.of(code, item));
        }
    }

}
