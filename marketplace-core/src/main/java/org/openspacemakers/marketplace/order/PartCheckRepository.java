package org.openspacemakers.marketplace.order;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartCheckRepository extends JpaRepository<PartCheck, UUID> {

    List<PartCheck> findByOrderIdOrderByLineNoAscItemNoAsc(UUID orderId);
}
