package org.openspacemakers.marketplace.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderRepository extends JpaRepository<Order, UUID> {

    Optional<Order> findByBuyerIdAndIdempotencyKey(UUID buyerId, String idempotencyKey);

    List<Order> findByBuyerIdOrderByPlacedAtDesc(UUID buyerId);

    List<Order> findByStatusOrderByPlacedAt(OrderStatus status);

    @Query("""
            select distinct o from Order o join o.lines l
            where l.teamId = :team and o.status in :open order by o.placedAt""")
    List<Order> findWaitingFor(@Param("team") UUID team, @Param("open") Collection<OrderStatus> open);

    @Query("select coalesce(sum(l.quantity), 0) from Order o join o.lines l where l.teamId = :team and o.status in :open")
    long queuedBoards(@Param("team") UUID team, @Param("open") Collection<OrderStatus> open);
}
