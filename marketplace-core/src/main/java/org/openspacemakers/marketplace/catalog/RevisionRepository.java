package org.openspacemakers.marketplace.catalog;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, UUID> {

    List<Revision> findByBoardIdOrderBySequenceDesc(UUID boardId);

    List<Revision> findByBoardIdIn(Collection<UUID> boardIds);

    boolean existsByBoardIdAndLabel(UUID boardId, String label);

    List<Revision> findByReviewStatus(org.openspacemakers.marketplace.compliance.ReviewStatus status);
}
