package org.openspacemakers.marketplace.order;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderRepository extends JpaRepository<Order, UUID> {

    Optional<Order> findByBuyerIdAndIdempotencyKey(UUID buyerId, String idempotencyKey);

    List<Order> findByBuyerIdOrderByPlacedAtDesc(UUID buyerId);

    List<Order> findByStatusOrderByPlacedAt(OrderStatus status);

    List<Order> findByPaidWithAndPaidAtGreaterThanEqualOrderByPaidAt(PaymentMethod paidWith, java.time.Instant since);

    List<Order> findByStatusOrderByPlacedAtDesc(OrderStatus status, Pageable page);

    List<Order> findAllByOrderByPlacedAtDesc(Pageable page);

    /** Orders of the team in these statuses, oldest paid first (unpaid ones by placement). */
    @Query("""
            select o from Order o where o.status in :statuses
            and o.id in (select o2.id from Order o2 join o2.lines l where l.teamId = :team)
            order by coalesce(o.paidAt, o.placedAt), o.placedAt""")
    List<Order> findWaitingFor(@Param("team") UUID team, @Param("statuses") Collection<OrderStatus> statuses);

    /** The team's boards to assemble in reserved orders (those taken from its stock are built already): what its queue holds. */
    @Query("select coalesce(sum(l.quantity), 0) from Order o join o.lines l"
            + " where l.teamId = :team and o.reserved = true and l.fromStock = false")
    long queuedBoards(@Param("team") UUID team);

    @Query("select count(o) from Order o where o.buyerId = :buyer and o.reserved = true and o.status in :unpaid and o.paidAt is null")
    long countUnpaidReserved(@Param("buyer") UUID buyer, @Param("unpaid") Collection<OrderStatus> unpaid);

    @Query("""
            select coalesce(sum(l.quantity), 0) from Order o join o.lines l
            where o.buyerId = :buyer and l.teamId = :team and o.reserved = true and o.status in :unpaid and o.paidAt is null""")
    long unpaidReservedBoards(@Param("buyer") UUID buyer, @Param("team") UUID team,
            @Param("unpaid") Collection<OrderStatus> unpaid);

    @Query("select distinct l.revisionId from Order o join o.lines l where o.id = :order")
    List<UUID> revisionsOf(@Param("order") UUID order);

    /** Open orders with a line of the revision, locked until the transaction ends (a locking read sees what others committed). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select o from Order o where o.status in :open
            and o.id in (select o2.id from Order o2 join o2.lines l where l.revisionId = :revision)
            order by o.id""")
    List<Order> lockOpenWith(@Param("revision") UUID revision, @Param("open") Collection<OrderStatus> open);

    /** Unpaid orders whose reservation ran out, oldest first. */
    @Query("""
            select o.id from Order o where o.reserved = true and o.paidAt is null
            and o.reservationExpiresAt is not null and o.reservationExpiresAt <= :now order by o.reservationExpiresAt""")
    List<UUID> reservationsDue(@Param("now") Instant now);
}
