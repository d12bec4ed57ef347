package org.openspacemakers.marketplace.catalog;

/**
 * The team, board or revision is unknown, or not one of the actor's teams': callers answer both
 * the same way (not found), so nothing leaks about other teams' listings.
 */
public class NotTeamMember extends RuntimeException {

    public NotTeamMember() {
        super("no such listing among your teams");
    }
}
