package org.openspacemakers.marketplace.compliance;

import java.util.UUID;

/**
 * The port through which compliance learns who made a revision, for the four-eyes rule, without
 * knowing teams. The catalogue implements it.
 */
public interface RevisionAuthors {

    /** Whether this person belongs to the team that made the revision. */
    boolean includes(UUID person, RevisionRef revision);
}
