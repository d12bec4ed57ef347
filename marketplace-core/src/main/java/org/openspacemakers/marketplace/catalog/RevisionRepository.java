package org.openspacemakers.marketplace.catalog;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RevisionRepository extends JpaRepository<Revision, UUID> {

    List<Revision> findByBoardIdOrderBySequenceDesc(UUID boardId);

    List<Revision> findByBoardIdIn(Collection<UUID> boardIds);

    boolean existsByBoardIdAndLabel(UUID boardId, String label);

    /** Shares the revisions' row locks with other sales: a review decision on one waits until they commit. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select r from Revision r where r.id in :ids order by r.id")
    List<Revision> lockForSale(@Param("ids") Collection<UUID> ids);

    /** Takes the revision's row lock for a decision on it: sales of it wait until the decision commits. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Revision r where r.id = :id")
    List<Revision> lockForDecision(@Param("id") UUID id);

    List<Revision> findByReviewStatus(org.openspacemakers.marketplace.compliance.ReviewStatus status);
}
