package org.openspacemakers.marketplace.order;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssembledUnitRepository extends JpaRepository<AssembledUnit, UUID> {

    List<AssembledUnit> findByOrderIdOrderByLineNoAscSerialAsc(UUID orderId);

    Optional<AssembledUnit> findBySerial(String serial);

    /** Every unit of the revision, locked until the transaction ends (a locking read sees what others committed). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AssembledUnit u where u.revisionId = :revision order by u.serial")
    List<AssembledUnit> lockByRevision(@Param("revision") UUID revision);

    boolean existsByOrderIdAndBlockedTrue(UUID orderId);
}
