package org.openspacemakers.marketplace.catalog;

/** Someone tried to change a team's listing without being a member of that team. */
public class NotTeamMember extends RuntimeException {

    public NotTeamMember() {
        super("only the team's members may change its listings");
    }
}
