package org.openspacemakers.marketplace.donation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DonationRepository extends JpaRepository<Donation, UUID> {

    /** The donation, its row locked until the transaction ends: one move at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT d FROM Donation d WHERE d.id = :id")
    Optional<Donation> lockById(UUID id);

    @Query("SELECT d FROM Donation d WHERE d.tokenSha256 = :sha256 OR d.receiptTokenSha256 = :sha256")
    Optional<Donation> findByToken(String sha256);

    Optional<Donation> findByOrderId(UUID orderId);

    boolean existsByReference(String reference);

    List<Donation> findByUserIdOrderByPledgedAtDesc(UUID userId);

    List<Donation> findAllByOrderByPledgedAtDesc(Pageable page);

    /** The donations pledged before {@code before}, not {@code received}, that still name their donor; oldest first. */
    @Query("SELECT d.id FROM Donation d WHERE d.status <> :received AND d.pledgedAt < :before AND d.donorEmail <> ''"
            + " ORDER BY d.pledgedAt, d.id")
    List<UUID> findIdsToForget(DonationStatus received, Instant before, Pageable page);
}
