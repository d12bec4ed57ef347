package org.openspacemakers.marketplace.catalog;

import java.util.UUID;
import org.openspacemakers.marketplace.compliance.RevisionAuthors;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.springframework.stereotype.Component;

/** Tells compliance who made a revision: the members of its board's team. */
@Component
class RevisionTeams implements RevisionAuthors {

    private final TeamRepository teams;
    private final BoardRepository boards;
    private final RevisionRepository revisions;

    RevisionTeams(TeamRepository teams, BoardRepository boards, RevisionRepository revisions) {
        this.teams = teams;
        this.boards = boards;
        this.revisions = revisions;
    }

    @Override
    public boolean includes(UUID person, RevisionRef revision) {
        return revisions.findById(revision.id())
                .flatMap(r -> boards.findById(r.boardId()))
                .flatMap(b -> teams.findById(b.teamId()))
                .map(team -> team.hasMember(person))
                .orElse(false);
    }
}
