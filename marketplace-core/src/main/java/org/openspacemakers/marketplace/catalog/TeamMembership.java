package org.openspacemakers.marketplace.catalog;

import java.util.UUID;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.springframework.stereotype.Component;

/**
 * Who may change what: only the members of a team change its capacity, boards, revisions and
 * offers. Anything of another team is answered as unknown ({@link NotTeamMember}), so nothing leaks.
 */
@Component
class TeamMembership {

    private final TeamRepository teams;
    private final BoardRepository boards;
    private final RevisionRepository revisions;

    TeamMembership(TeamRepository teams, BoardRepository boards, RevisionRepository revisions) {
        this.teams = teams;
        this.boards = boards;
        this.revisions = revisions;
    }

    Team team(UUID actor, String teamSlug) {
        return teams.findBySlug(teamSlug).filter(team -> team.hasMember(actor)).orElseThrow(NotTeamMember::new);
    }

    Board board(UUID actor, String boardSlug) {
        return boards.findBySlug(boardSlug).filter(board -> isMember(actor, board.teamId())).orElseThrow(NotTeamMember::new);
    }

    Revision revision(UUID actor, UUID revisionId) {
        return revisions.findById(revisionId).filter(revision -> madeBy(actor, revision)).orElseThrow(NotTeamMember::new);
    }

    /** Whether the person belongs to the team that made the revision. */
    boolean madeBy(UUID person, RevisionRef revision) {
        return revisions.findById(revision.id()).map(r -> madeBy(person, r)).orElse(false);
    }

    private boolean madeBy(UUID person, Revision revision) {
        return boards.findById(revision.boardId()).map(board -> isMember(person, board.teamId())).orElse(false);
    }

    private boolean isMember(UUID person, UUID teamId) {
        return teams.findById(teamId).map(team -> team.hasMember(person)).orElse(false);
    }
}
