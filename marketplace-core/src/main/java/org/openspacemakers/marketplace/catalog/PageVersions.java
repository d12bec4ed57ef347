package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Raises the page version of the boards whose product page a change alters, inside the
 * transaction of the change (after Hibernate flushed what the change did), so that every node builds those pages again on their next request
 * ({@link ProductPages}).
 */
@Component
class PageVersions {

    private final EntityManager entityManager;

    PageVersions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What this board's page shows changed: the board, a revision, an offer, a review decision. */
    void boardChanged(UUID boardId) {
        entityManager.createNativeQuery("UPDATE boards SET page_version = page_version + 1 WHERE id = ?1")
                .setParameter(1, boardId.toString()).executeUpdate();
    }

    /** What the pages of the team's boards show of it (name, capacity, so the lead time) changed. */
    void teamChanged(UUID teamId) {
        entityManager.createNativeQuery("UPDATE boards SET page_version = page_version + 1 WHERE team_id = ?1")
                .setParameter(1, teamId.toString()).executeUpdate();
    }

    /** Something every listed page shows changed: the register (where approved boards may go, the French IDU). */
    void everyPageChanged() {
        entityManager.createNativeQuery("UPDATE boards SET page_version = page_version + 1 WHERE listed = TRUE").executeUpdate();
    }
}
