package org.openspacemakers.marketplace.catalog;

import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A submitted revision is immutable, but for the price of its offers: a change means a new
 * revision. The refusal names what was refused, when it is more than "the revision".
 */
public class RevisionFrozen extends Conflict {

    public RevisionFrozen(String label) {
        super(INVALID_STATE, "conflict.revisionFrozen", label);
    }

    private RevisionFrozen(String key, String label, Object refused) {
        super(INVALID_STATE, key, label, refused);
    }

    /** An offer of a kind the revision was not offered as when it was handed in. */
    static RevisionFrozen offerAdded(String label, OfferKind kind) {
        return new RevisionFrozen("conflict.offerAdded", label, kindSaid(kind));
    }

    /** Another VAT category for the offer of this kind. */
    static RevisionFrozen vatCategory(String label, OfferKind kind) {
        return new RevisionFrozen("conflict.vatCategoryFrozen", label, kindSaid(kind));
    }

    /** Other parts accepted instead of this BOM line's own (numbered from 1). */
    static RevisionFrozen alternates(String label, int line) {
        return new RevisionFrozen("conflict.alternatesFrozen", label, line);
    }

    private static DefaultMessageSourceResolvable kindSaid(OfferKind kind) {
        return new DefaultMessageSourceResolvable("kind." + kind.name());
    }
}
