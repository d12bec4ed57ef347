package org.openspacemakers.marketplace.compliance.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Expiry warnings. Used by the register and the gate, inside compliance only. */
public interface ExpiryNoticeRepository extends JpaRepository<ExpiryNotice, UUID> {

    boolean existsByReviewIdAndExpiresOn(UUID reviewId, LocalDate expiresOn);

    List<ExpiryNotice> findByRevisionIdInOrderByExpiresOn(Collection<UUID> revisionIds);

    void deleteByReviewId(UUID reviewId);
}
