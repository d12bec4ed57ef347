package org.openspacemakers.marketplace.order;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecallRepository extends JpaRepository<Recall, UUID> {

    Optional<Recall> findByRevisionId(UUID revisionId);

    List<Recall> findAllByOrderByOpenedAtDescIdAsc();

    @Query("select r from Recall r join r.notices n where n.orderId = :order")
    List<Recall> findByOrder(@Param("order") UUID order);
}
