package org.openspacemakers.marketplace.compliance.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reviews, one per revision. Used by the register and the gate, inside compliance only. */
public interface ReviewRepository extends JpaRepository<Review, UUID> {

    Optional<Review> findByRevisionId(UUID revisionId);

    List<Review> findByRevisionIdIn(Collection<UUID> revisionIds);

    List<Review> findByStatusInOrderBySubmittedAtAsc(Collection<ReviewStatus> statuses);
}
