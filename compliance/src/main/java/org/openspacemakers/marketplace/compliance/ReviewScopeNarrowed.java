package org.openspacemakers.marketplace.compliance;

import java.util.Set;

/**
 * Published inside the transaction when a reviewer removes countries from a revision's approval:
 * sales of it to those countries stop at once (the approval stands elsewhere, so its status does
 * not change and {@link ReviewStatusChanged} says nothing of it).
 */
public record ReviewScopeNarrowed(RevisionRef revision, Set<CountryCode> countries) {
}
