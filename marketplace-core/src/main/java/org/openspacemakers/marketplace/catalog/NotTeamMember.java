package org.openspacemakers.marketplace.catalog;

import org.openspacemakers.marketplace.refusal.NotFound;

/**
 * The team, board or revision is unknown, or not one of the actor's teams': both are answered the
 * same way (not found), so nothing leaks about other teams' listings.
 */
public class NotTeamMember extends NotFound {

    public NotTeamMember() {
        super("no such listing among your teams");
    }
}
