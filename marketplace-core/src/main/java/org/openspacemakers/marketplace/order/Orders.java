package org.openspacemakers.marketplace.order;

import org.springframework.data.domain.PageRequest;
import org.openspacemakers.marketplace.refusal.Forbidden;
import java.util.EnumSet;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Stock;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.SuppliedPart;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.openspacemakers.marketplace.compliance.VatNumberCheck;
import org.openspacemakers.marketplace.compliance.VatVerification;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.tax.Supply;
import org.openspacemakers.marketplace.tax.VatBuyer;
import org.openspacemakers.marketplace.tax.VatLine;
import org.openspacemakers.marketplace.tax.VatRules;
import org.openspacemakers.marketplace.shipping.ShippingQuote;
import org.openspacemakers.marketplace.shipping.ShippingRates;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders module's API. Placing an order asks the compliance gate for every line; the same
 * idempotency key never makes two orders, because the database's unique key on (buyer, key)
 * decides between concurrent requests, not a lock in this process.
 */
@Service
public class Orders {

    private static final int ATTEMPTS = 5;

    private final OrderRepository orders;
    private final BoardQueries catalog;
    private final Teams teams;
    private final PlacementWaits waits;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final VatNumberCheck vatNumbers;
    private final OrderSettings settings;
    private final EntityManager entityManager;
    private final VatRules vat;
    private final ShippingRates shippingRates;
    private final FulfilmentRecords records;
    private final Stock stock;
    private final Clock clock;
    private final AssemblyQueue queue;
    private final DonationRule donations;

    Orders(OrderRepository orders, BoardQueries catalog, Teams teams, PlacementWaits waits,
            PlatformTransactionManager transactions, VatNumberCheck vatNumbers, OrderSettings settings,
            EntityManager entityManager, VatRules vat, ShippingRates shippingRates, FulfilmentRecords records,
            Stock stock, Clock clock, AssemblyQueue queue, DonationRule donations) {
        this.queue = queue;
        this.donations = donations;
        this.orders = orders;
        this.stock = stock;
        this.records = records;
        this.settings = settings;
        this.entityManager = entityManager;
        this.vat = vat;
        this.shippingRates = shippingRates;
        this.vatNumbers = vatNumbers;
        this.catalog = catalog;
        this.teams = teams;
        this.waits = waits;
        this.writing = new TransactionTemplate(transactions);
        // Each statement sees what other orders committed: once the team's lock is ours, its
        // queue is read as it really is, not as it was when the transaction began.
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Places the order, or gives back the order this buyer already placed with the same key and
     * request. Throws {@link IdempotencyKeyReused} for the same key with another request,
     * {@link InvalidOrder} for unknown offers or a shipping method that does not ship to the
     * destination ({@code shippingMethod}), {@link OrderRefused} with every reason when a line
     * may not be sold, {@link PlacementBusy} when it waited too long for its turn or a team's lock;
     * nothing is stored then.
     *
     * <p>The offers are read and the gate asked first, in a read-only transaction of their own, so
     * that a refused order costs no lock. The booking then takes its locks (the buyer's, the
     * revisions' shared locks, the teams'), asks the gate again under them, so that a suspension or
     * revocation committed meanwhile refuses it, and checks the teams' room and the buyer's unpaid
     * limits; a team stays locked just long enough to add to its queue and store the order, and
     * the waits are bounded ({@link PlacementWaits}).
     */
    public Placement place(PlaceOrder request) {
        String fingerprint = request.fingerprint();
        Checked checked = null;
        RuntimeException lastConflict = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Order> existing = reading.execute(
                    status -> orders.findByBuyerIdAndIdempotencyKey(request.buyer(), request.idempotencyKey()));
            if (existing.isPresent()) {
                if (!existing.get().answers(fingerprint)) {
                    throw new IdempotencyKeyReused();
                }
                return new Placement(existing.get(), false);
            }
            if (checked == null) {
                // VIES is asked outside any transaction, once, and only for an order not placed yet.
                VatVerification verification = request.company() == null ? null
                        : vatNumbers.check(request.company().vatNumber());
                checked = reading.execute(status -> check(request, verification));
            }
            try {
                return book(request, fingerprint, checked);
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException concurrentSameKey) {
                // Another request with this key got there first (or the database chose this one as a
                // deadlock victim): look again for the order it made.
                lastConflict = concurrentSameKey;
            }
        }
        throw lastConflict;
    }

    /**
     * The order's lines as the catalogue prices them now, its total, VIES's answer for a
     * professional, the kind of buyer the gate is asked about, and its shipping.
     */
    private record Checked(List<OrderLine> lines, List<SuppliedPartRecord> suppliedParts, Money total,
            VatVerification verification, BuyerType buyerType, ShippingQuote shipping) {
    }

    /**
     * Reads each line's offer and asks the gate about it, for the buyer as VIES sees them: a
     * professional whose VAT number it did not confirm is a consumer (and refused as a
     * professional); one it could not answer about is taken as a professional while the order
     * waits for its answer. An order the gate refuses is refused here, with a full team's refusal
     * too, counted without the lock since nothing will be stored. Only an order the gate accepts is
     * then refused for its shipping (so that a destination outside the EU is told why, not that
     * no rate ships there).
     */
    private Checked check(PlaceOrder request, VatVerification verification) {
        List<InvalidOrder.Problem> problems = new ArrayList<>();
        Set<Refusal> refusals = new LinkedHashSet<>();
        BuyerType buyerType = request.buyerType();
        if (verification != null && verification.outcome() == VatVerification.Outcome.INVALID) {
            refusals.add(Refusal.of(RefusalCode.PROFESSIONAL_NOT_VERIFIED, verification.number()));
            buyerType = BuyerType.CONSUMER;
        }
        List<OrderLine> lines = new ArrayList<>();
        List<SuppliedPartRecord> suppliedParts = new ArrayList<>();
        Map<UUID, Integer> shelves = new TreeMap<>();
        // A professional is one for VAT while VIES has not refused its number (an unconfirmed one is refused above).
        VatBuyer vatBuyer = vatBuyer(buyerType, request.company() == null ? null : request.company().vatNumber());
        Money total = null;
        for (int i = 0; i < request.lines().size(); i++) {
            PlaceOrder.Line line = request.lines().get(i);
            Optional<OfferDetails> found = catalog.offer(line.offerId());
            if (found.isEmpty()) {
                problems.add(InvalidOrder.Problem.of("lines[" + i + "].offerId", "invalid.offer"));
                continue;
            }
            OfferDetails details = found.get();
            details.offer().stock().ifPresent(boards -> shelves.put(details.offer().id(), boards));
            refusals.addAll(catalog.eligibility(details.offer(), request.destination(), buyerType,
                    request.acknowledgements(), line.suppliedParts()).reasons());
            VatLine taxed = taxed(vat, details, request.destination(), vatBuyer, line.quantity());
            total = total == null ? taxed.total() : total.plus(taxed.total());
            lines.add(new OrderLine(details.offer().id(), details.revision().id(), details.board().teamId(),
                    details.board().slug(), details.board().name(), details.revision().label(),
                    details.offer().kind(), taxed, details.offer().breakdown()));
            if (details.offer().kind() == OfferKind.ASSEMBLY_ONLY) {
                suppliedParts.addAll(supplied(i, line.suppliedParts(), details.revision()));
            }
        }
        if (request.donation() != null && !donations.accepts(request.donation())) {
            problems.add(InvalidOrder.Problem.of("donation", "invalid.donation.amount", donations.smallest().decimal(),
                    donations.largest().decimal()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
        if (!refusals.isEmpty()) {
            lines.forEach(line -> line.bookFrom(shelves.containsKey(line.offerId())));
            refusals.addAll(pauses(lines, teamId -> teams.byId(teamId).orElseThrow()));
            refusals.addAll(roomFor(lines, shelves, teamId -> teams.byId(teamId).orElseThrow()));
            throw new OrderRefused(List.copyOf(refusals));
        }
        ShippingQuote shipping = shippingRates.choose(request.destination(), request.shippingMethod())
                .orElseThrow(() -> new InvalidOrder(List.of(InvalidOrder.Problem.of("shippingMethod",
                        request.shippingMethod() == null ? "invalid.shipping.noRate" : "invalid.shippingMethod",
                        request.destination().value()))));
        return new Checked(List.copyOf(lines), List.copyOf(suppliedParts), total, verification, buyerType, shipping);
    }

    /** The buyer as VAT sees them: a professional when they gave their company's VAT number, else a consumer. */
    static VatBuyer vatBuyer(BuyerType buyerType, VatNumber vatNumber) {
        return buyerType == BuyerType.PROFESSIONAL && vatNumber != null ? VatBuyer.professional(vatNumber)
                : VatBuyer.consumer();
    }

    /** A line of the offer's boards to the destination as the VAT rules price and tax it (assembly-only: work on goods). */
    static VatLine taxed(VatRules vat, OfferDetails details, CountryCode destination, VatBuyer buyer, int quantity) {
        return vat.line(details.offer().kind() == OfferKind.ASSEMBLY_ONLY ? Supply.WORK_ON_GOODS : Supply.GOODS,
                details.offer().vatCategory(), destination, buyer, details.offer().price(), quantity);
    }

    /**
     * What the workshop will receive for an assembly-only line: the parts the buyer declared, and
     * for every placed BOM line none of whose references they named, the approved BOM's part.
     */
    private static List<SuppliedPartRecord> supplied(int lineNo, List<SuppliedPart> declared, Revision revision) {
        List<SuppliedPartRecord> parts = new ArrayList<>();
        declared.forEach(part -> parts.add(new SuppliedPartRecord(lineNo, part.reference(), part.mpn())));
        Set<String> named = declared.stream().map(SuppliedPart::reference).collect(Collectors.toSet());
        revision.bom().stream()
                .filter(entry -> !entry.doNotPlace() && entry.references().stream().noneMatch(named::contains))
                .forEach(entry -> parts.add(new SuppliedPartRecord(lineNo, String.join(" ", entry.references()), entry.mpn())));
        return parts;
    }

    /** Books in one of the turns, in a READ COMMITTED transaction whose lock waits are bounded. */
    private Placement book(PlaceOrder request, String fingerprint, Checked checked) {
        return waits.inTurn(() -> writing.execute(
                status -> waits.withLockWaitsBounded(() -> lockAndStore(request, fingerprint, checked))));
    }

    /**
     * Takes the locks in the store's one order (the buyer's row, the revisions, the teams), asks the
     * gate again under them, books each team's capacity, and stores the order when every line may
     * be sold, every team has room and the buyer stays within the unpaid limits.
     */
    private Placement lockAndStore(PlaceOrder request, String fingerprint, Checked checked) {
        lockBuyer(request.buyer());
        // The buyer's lock serialises their placements: one under the same key that committed first is seen here.
        Optional<Order> placed = orders.findByBuyerIdAndIdempotencyKey(request.buyer(), request.idempotencyKey());
        if (placed.isPresent()) {
            if (!placed.get().answers(fingerprint)) {
                throw new IdempotencyKeyReused();
            }
            return new Placement(placed.get(), false);
        }
        catalog.lockForSale(checked.lines().stream().map(OrderLine::revisionId).toList());
        Set<Refusal> refusals = new LinkedHashSet<>(gateRefusals(checked.lines(), request.destination(),
                checked.buyerType(), request.acknowledgements(), request.lines().stream()
                        .map(PlaceOrder.Line::suppliedParts).toList(), false));
        refusals.addAll(unpaidLimits(request.buyer(), checked.lines()));
        // Whether each line comes from stock is the offer's as it stands under its lock.
        Map<UUID, Integer> shelves = stock.lock(offers(checked.lines()));
        checked.lines().forEach(line -> line.bookFrom(shelves.containsKey(line.offerId())));
        // Every line's team is locked (in the teams' order) before its pause is read: a pause
        // committed before the lock is granted refuses the order, one committed after waits for it.
        refusals.addAll(pauses(checked.lines(), teams::lockCapacity));
        refusals.addAll(roomFor(checked.lines(), shelves, teams::lockCapacity));
        if (!refusals.isEmpty()) {
            throw new OrderRefused(List.copyOf(refusals));
        }
        // The lead time as the queues stood before this order: the one the buyer was shown.
        int leadTimeDays = Math.max(
                boardsByTeam(checked.lines()).keySet().stream().map(teamId -> teams.byId(teamId).orElseThrow())
                        .mapToInt(team -> queue.leadTimeDays(team, team.queuedBoards())).max().orElse(0),
                boardsByOffer(checked.lines()).isEmpty() ? 0 : AssemblyQueue.FROM_STOCK_DAYS);
        book(checked.lines());
        Instant now = clock.instant();
        Order order = new Order(request, fingerprint, checked.lines(), checked.suppliedParts(),
                checked.total().currency(), now, checked.verification(), checked.shipping(), PaymentReferences.next(),
                now.plus(settings.reservation(request.paymentMethod())));
        order.promiseLeadTime(leadTimeDays);
        return new Placement(orders.saveAndFlush(order), true);
    }

    /** Serialises one buyer's placements, so that their unpaid orders are counted as they really are. */
    private void lockBuyer(UUID buyer) {
        entityManager.createNativeQuery("SELECT id FROM users WHERE id = ?1 FOR UPDATE")
                .setParameter(1, buyer.toString()).getResultList();
    }

    /**
     * The buyer may hold only so many unpaid orders at once, and so many unpaid boards of each team,
     * so that one buyer cannot book a team's every slot without paying.
     */
    private List<Refusal> unpaidLimits(UUID buyer, List<OrderLine> lines) {
        List<Refusal> refusals = new ArrayList<>();
        if (orders.countUnpaidReserved(buyer, UNPAID) >= settings.maxUnpaidOrders()) {
            refusals.add(Refusal.of(RefusalCode.UNPAID_LIMIT_REACHED, settings.maxUnpaidOrders()));
        }
        boardsByTeam(lines).forEach((teamId, boards) -> {
            if (orders.unpaidReservedBoards(buyer, teamId, UNPAID) + boards > settings.maxUnpaidBoardsPerTeam()) {
                refusals.add(Refusal.of(RefusalCode.UNPAID_LIMIT_REACHED, settings.maxUnpaidBoardsPerTeam())
                        .withDetail("boards"));
            }
        });
        return refusals;
    }

    /** Statuses of an order not paid yet. */
    static final Set<OrderStatus> UNPAID = EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.AWAITING_VERIFICATION);

    /**
     * What the gate says now about each line, for this buyer, with the acknowledgements and the
     * supplied parts the order was placed with (one list of parts per line).
     */
    private List<Refusal> gateRefusals(List<OrderLine> lines, CountryCode destination, BuyerType buyerType,
            Set<String> acknowledgements, List<List<SuppliedPart>> suppliedParts, boolean alreadySold) {
        Set<Refusal> refusals = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            refusals.addAll(catalog.eligibility(line.revisionId(), line.kind(), destination, buyerType,
                    acknowledgements, suppliedParts.get(i), alreadySold).reasons());
        }
        return List.copyOf(refusals);
    }

    /**
     * A team that paused taking orders takes none, from its stock neither: one refusal per paused
     * team of the lines, naming the day it takes orders again. Only placing asks it; orders placed
     * before the pause keep their boards, paid late or not.
     */
    private List<Refusal> pauses(List<OrderLine> lines, Function<UUID, Team> team) {
        LocalDate today = teams.today();
        return lines.stream().map(OrderLine::teamId).collect(Collectors.toCollection(java.util.TreeSet::new)).stream()
                .map(team).flatMap(current -> current.pausedOn(today).stream())
                .map(until -> Refusal.of(RefusalCode.TEAM_PAUSED, until.toString())).toList();
    }

    /**
     * Checks each shelf holds the boards taken from it, and each team's queue has room for the
     * boards it assembles to order, the shelves and teams read as given: locked when booking (in a
     * fixed order, so two orders never wait on each other). A line from stock whose offer is made
     * to order now has no shelf: it is refused too.
     */
    private List<Refusal> roomFor(List<OrderLine> lines, Map<UUID, Integer> shelves, Function<UUID, Team> team) {
        List<Refusal> refusals = new ArrayList<>();
        boardsByOffer(lines).forEach((offerId, boards) -> {
            if (shelves.getOrDefault(offerId, 0) < boards) {
                String board = lines.stream().filter(line -> line.offerId().equals(offerId)).findFirst()
                        .orElseThrow().boardName();
                refusals.add(Refusal.of(RefusalCode.CAPACITY_EXHAUSTED, board).withDetail("stock"));
            }
        });
        boardsByTeam(lines).forEach((teamId, boards) -> {
            Team current = team.apply(teamId);
            if (!AssemblyQueue.hasRoomFor(current, current.queuedBoards(), boards)) {
                refusals.add(Refusal.of(RefusalCode.CAPACITY_EXHAUSTED, current.name()));
            }
        });
        return refusals;
    }

    /**
     * Books the lines' boards, once {@link #roomFor} found room under the locks: taken off their
     * shelves, or added to their teams' queues.
     */
    private void book(List<OrderLine> lines) {
        stock.take(boardsByOffer(lines));
        boardsByTeam(lines).forEach(teams::queue);
    }

    /**
     * Whether an order whose reservation ended (a late payment, a release) can be booked again,
     * under the offers' and teams' locks, which it keeps: the reasons it cannot, else none.
     */
    private List<Refusal> roomAgain(Order order) {
        return roomFor(order.lines(), stock.lock(offers(order.lines())), teams::lockCapacity);
    }

    /** The lines' offers, whose shelves {@link Stock#lock} reads (locking those sold from stock). */
    private static List<UUID> offers(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::offerId).distinct().toList();
    }

    /** The boards each team assembles to order, in the teams' order (the order their locks are taken in). */
    private static Map<UUID, Integer> boardsByTeam(List<OrderLine> lines) {
        Map<UUID, Integer> boardsByTeam = new TreeMap<>();
        lines.stream().filter(line -> !line.fromStock())
                .forEach(line -> boardsByTeam.merge(line.teamId(), line.quantity(), Integer::sum));
        return boardsByTeam;
    }

    /** The boards taken off each offer's shelf. */
    private static Map<UUID, Integer> boardsByOffer(List<OrderLine> lines) {
        Map<UUID, Integer> boardsByOffer = new TreeMap<>();
        lines.stream().filter(OrderLine::fromStock)
                .forEach(line -> boardsByOffer.merge(line.offerId(), line.quantity(), Integer::sum));
        return boardsByOffer;
    }

    /**
     * Asks VIES again about every order waiting for it, oldest first, with this check: a confirmed
     * number lets the order await payment, a refused one cancels it and gives its boards back to
     * the teams, in the transaction that stores it. Each order is asked outside any transaction and
     * changed only if it still waits (another node may have got there first). Returns how many
     * orders stopped waiting.
     */
    public int verifyWaiting(VatNumberCheck check) {
        int answered = 0;
        for (Order waiting : reading.execute(status -> orders.findByStatusOrderByPlacedAt(OrderStatus.AWAITING_VERIFICATION))) {
            VatNumber number = VatNumber.parse(waiting.professional().orElseThrow().vatNumber()).orElseThrow();
            VatVerification answer = check.check(number);
            try {
                Boolean changed = writing.execute(status -> orders.findById(waiting.id())
                        .filter(order -> order.verify(answer))
                        .map(order -> {
                            if (order.status() == OrderStatus.CANCELLED) {
                                giveBack(order);
                            }
                            orders.saveAndFlush(order);
                            return order.status() != OrderStatus.AWAITING_VERIFICATION;
                        }).orElse(false));
                answered += Boolean.TRUE.equals(changed) ? 1 : 0;
            } catch (OptimisticLockingFailureException answeredElsewhere) {
                // Another node stored an answer for this order first: its transaction, not this one, counts.
            }
        }
        return answered;
    }

    /** {@link #verifyWaiting(VatNumberCheck)} with the configured check of VAT numbers. */
    public int verifyWaiting() {
        return verifyWaiting(vatNumbers);
    }


    // ---- The life of an order ----------------------------------------------------------------

    /** Who acts on an order: a signed-in person, and whether they are an administrator. */
    public record Actor(UUID id, boolean administrator) {

        public static Actor administrator(UUID id) {
            return new Actor(id, true);
        }

        public static Actor person(UUID id) {
            return new Actor(id, false);
        }
    }

    /**
     * An administrator confirms that the order's bank transfer arrived: the order is paid. Under
     * the revisions' and the order's locks, the gate is asked again; an order whose reservation
     * expired books its boards again. A line the gate now refuses, or a team without room left,
     * puts the paid order ON_HOLD instead, with the reasons, for the administrator to refund or
     * release.
     */
    public Order confirmBankTransfer(UUID orderId, Actor admin) {
        requireAdministrator(admin);
        return writing.execute(status -> {
            Order order = lockForSale(orderId);
            if (order.paymentMethod() != PaymentMethod.BANK_TRANSFER) {
                throw new OrderTransitionRefused(order.status(), "confirmTransfer");
            }
            return payLocked(order, new OrderPayment(PaymentMethod.BANK_TRANSFER, order.amountDue(), order.paymentReference(),
                    clock.instant(), admin.id()));
        });
    }

    /**
     * Records a payment for the order, in the caller's transaction, once the order is locked for
     * sale ({@link #lockForSale}): the gate asked again, the reservation made good, then paid or
     * held. For the payment gateways.
     */
    Order payLocked(Order order, OrderPayment payment) {
        if (!order.awaitsPayment()) {
            throw new OrderTransitionRefused(order.status(), "pay");
        }
        List<String> reasons = new ArrayList<>(gateRefusals(order).stream().map(Refusal::code).map(Enum::name).toList());
        if (!order.reserved()) {
            if (roomAgain(order).isEmpty()) {
                book(order.lines());
                order.reserveAgain(payment.at());
            } else {
                reasons.add(RefusalCode.CAPACITY_EXHAUSTED.name());
            }
        }
        order.pay(payment);
        if (!reasons.isEmpty() && order.status() != OrderStatus.ON_HOLD) {
            order.hold(String.join(" ", new LinkedHashSet<>(reasons)), payment.at(), null);
        }
        return orders.saveAndFlush(order);
    }

    /**
     * Takes the order's revisions' shared locks, then the order's own lock, in the store's one
     * order of locks, and reads the order as it is now.
     */
    Order lockForSale(UUID orderId) {
        List<UUID> revisions = orders.revisionsOf(orderId);
        if (revisions.isEmpty()) {
            throw new NotFound();
        }
        catalog.lockForSale(revisions);
        return lock(orderId);
    }

    /** The order, locked until the calling transaction ends; {@link NotFound} when there is none. */
    Order lock(UUID orderId) {
        Order order = entityManager.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new NotFound();
        }
        return order;
    }

    /** What the gate says now about each line of the order (its supplied parts were matched at placement against a frozen BOM). */
    private List<Refusal> gateRefusals(Order order) {
        return gateRefusals(order.lines(), order.destination(), order.buyerType(),
                order.acknowledgements().stream().map(OrderAcknowledgement::code).collect(Collectors.toSet()),
                order.lines().stream().map(line -> List.<SuppliedPart>of()).toList(), true);
    }

    /**
     * A suspension or revocation of a revision puts every open order with a line of it ON_HOLD at
     * once, in the decision's transaction: the revision's lock first (so a sale of it either
     * committed before, and is found here, or waits and is refused by the gate), then each order's.
     * Returns the orders put on hold.
     */
    @Transactional
    public List<Order> holdOpenOrdersOf(UUID revisionId, String reason) {
        catalog.lockForDecision(revisionId);
        Instant now = clock.instant();
        List<Order> held = new ArrayList<>();
        for (Order order : orders.lockOpenWith(revisionId, Order.HOLDABLE)) {
            order.hold(reason, now, null);
            held.add(orders.saveAndFlush(order));
        }
        return held;
    }

    /**
     * Countries removed from a revision's approval: every open order with a line of it going to
     * one of them goes ON_HOLD at once, in the decision's transaction, locked as
     * {@link #holdOpenOrdersOf(UUID, String)} locks. Returns the orders put on hold.
     */
    @Transactional
    public List<Order> holdOpenOrdersOf(UUID revisionId, String reason, java.util.Set<CountryCode> destinations) {
        catalog.lockForDecision(revisionId);
        Instant now = clock.instant();
        List<Order> held = new ArrayList<>();
        for (Order order : orders.lockOpenWith(revisionId, Order.HOLDABLE)) {
            if (destinations.contains(order.destination())) {
                order.hold(reason, now, null);
                held.add(orders.saveAndFlush(order));
            }
        }
        return held;
    }

    /**
     * Ends the reservations of unpaid orders past their time, oldest first, one transaction each:
     * their boards go back to the teams; a payment arriving later books them again if it can. Safe
     * on two nodes (each order is locked, and changed only if still due). Returns how many ended.
     */
    public int releaseExpiredReservations() {
        return releaseExpiredReservations(clock.instant());
    }

    /** {@link #releaseExpiredReservations()} as at this instant. */
    int releaseExpiredReservations(Instant now) {
        int released = 0;
        for (UUID due : reading.execute(status -> orders.reservationsDue(now))) {
            Boolean ended = writing.execute(status -> {
                Order order = lock(due);
                if (!order.expireReservation(now)) {
                    return false;
                }
                giveBack(order);
                orders.saveAndFlush(order);
                return true;
            });
            released += Boolean.TRUE.equals(ended) ? 1 : 0;
        }
        return released;
    }

    /** Puts an order on hold by an administrator's decision, with the reason the buyer is told. */
    public Order hold(UUID orderId, String reason, Actor admin) {
        requireAdministrator(admin);
        return writing.execute(status -> {
            Order order = lock(orderId);
            order.hold(reason, clock.instant(), admin.id());
            return orders.saveAndFlush(order);
        });
    }

    /**
     * An administrator lets an order on hold go on, once the gate allows every line again (else
     * {@link OrderRefused} with the reasons) and, when the order lost its reservation, the teams
     * have room for it again.
     */
    public Order release(UUID orderId, Actor admin) {
        requireAdministrator(admin);
        return writing.execute(status -> {
            Order order = lockForSale(orderId);
            if (order.status() != OrderStatus.ON_HOLD) {
                throw new OrderTransitionRefused(order.status(), "release");
            }
            Set<Refusal> refusals = new LinkedHashSet<>(gateRefusals(order));
            if (!order.reserved()) {
                refusals.addAll(roomAgain(order));
            }
            if (!refusals.isEmpty()) {
                throw new OrderRefused(List.copyOf(refusals));
            }
            if (!order.reserved()) {
                book(order.lines());
                order.reserveAgain(clock.instant());
            }
            order.release(clock.instant(), admin.id());
            return orders.saveAndFlush(order);
        });
    }

    /**
     * Cancels an order before its assembly starts: its buyer, or an administrator. Its boards go
     * back to the teams; a paid one is then refunded by an administrator.
     */
    public Order cancel(UUID orderId, String reason, Actor actor) {
        return writing.execute(status -> {
            Order order = lock(orderId);
            if (!actor.administrator() && !order.buyerId().equals(actor.id())) {
                throw new NotFound();
            }
            if (order.cancel(reason, clock.instant(), actor.id())) {
                giveBack(order);
            }
            return orders.saveAndFlush(order);
        });
    }

    /**
     * Records money paid back to the buyer (an administrator's act), in whole or in part: the
     * invoice module issues the credit note in the same transaction; in full, the order is REFUNDED.
     */
    public Order refund(UUID orderId, Money amount, String reason, Actor admin) {
        requireAdministrator(admin);
        return writing.execute(status -> {
            Order order = lock(orderId);
            if (order.refund(amount, reason, clock.instant(), admin.id())) {
                giveBack(order);
            }
            return orders.saveAndFlush(order);
        });
    }

    /** A consumer withdraws from their purchase of full kits, within the period: recorded and acknowledged. */
    public Order withdraw(UUID orderId, Actor buyer) {
        return writing.execute(status -> {
            Order order = lock(orderId);
            if (!order.buyerId().equals(buyer.id())) {
                throw new NotFound();
            }
            order.withdraw(clock.instant(), buyer.id());
            return orders.saveAndFlush(order);
        });
    }

    /**
     * The team received an assembly-only buyer's parts: once each part is ticked received on the
     * checklist ({@link Fulfilment#checkParts}, which makes this move itself), else {@code INVALID_STATE}.
     */
    public Order receiveParts(UUID orderId, String note, Actor member) {
        return asTeam(orderId, member, order -> {
            if (order.status() == OrderStatus.AWAITING_PARTS) {
                records.requireEveryPartReceived(order);
            }
            order.receiveParts(clock.instant(), member.id(), note);
        });
    }

    /** The team starts the assembly. */
    public Order startAssembly(UUID orderId, Actor member) {
        return asTeam(orderId, member, order -> order.startAssembly(clock.instant(), member.id()));
    }

    /**
     * The team tested every unit: refused ({@code INVALID_STATE}, naming the boards) while a board of
     * the order has no unit whose last functional test passed ({@link Fulfilment#recordUnit}).
     */
    public Order markTested(UUID orderId, Actor member) {
        return asTeam(orderId, member, order -> {
            if (order.status() == OrderStatus.IN_ASSEMBLY) {
                records.requireEveryBoardTested(order);
            }
            order.markTested(clock.instant(), member.id());
        });
    }

    /**
     * The team hands the boards to the carrier, the gate asked once more under the revisions'
     * locks: a line it now refuses puts the order ON_HOLD instead, and nothing ships.
     */
    public Order ship(UUID orderId, String carrier, String trackingNumber, Actor member) {
        return ship(orderId, carrier, trackingNumber, "", member);
    }

    /**
     * {@link #ship(UUID, String, String, Actor)} with what was left of an assembly-only buyer's parts
     * and sent back with the boards (empty: nothing). The units that passed their test leave with it;
     * a unit held back by a recall refuses the shipment.
     */
    public Order ship(UUID orderId, String carrier, String trackingNumber, String leftoverParts, Actor member) {
        return writing.execute(status -> {
            Order order = lockForSale(orderId);
            requireTeam(order, member);
            List<Refusal> refusals = gateRefusals(order);
            if (!refusals.isEmpty()) {
                order.hold(String.join(" ", refusals.stream().map(refusal -> refusal.code().name()).distinct().toList()),
                        clock.instant(), null);
            } else {
                if (order.ship(carrier, trackingNumber, leftoverParts, clock.instant(), member.id())) {
                    unqueue(order);
                }
                records.ship(order, clock.instant());
            }
            return orders.saveAndFlush(order);
        });
    }

    /** The boards reached the buyer (the team or an administrator records it). */
    public Order deliver(UUID orderId, Actor member) {
        return asTeam(orderId, member, order -> order.deliver(clock.instant(), member.id()));
    }

    private Order asTeam(UUID orderId, Actor member, java.util.function.Consumer<Order> move) {
        return writing.execute(status -> {
            Order order = lock(orderId);
            requireTeam(order, member);
            move.accept(order);
            return orders.saveAndFlush(order);
        });
    }

    /** A member of a team whose boards are in the order, or an administrator; anyone else is told it does not exist. */
    void requireTeam(Order order, Actor actor) {
        if (!actor.administrator() && !teams.isMemberOfAny(actor.id(), order.teams())) {
            throw new NotFound();
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.administrator()) {
            throw new Forbidden("administrators-only", "forbidden.administratorsOnly");
        }
    }

    /**
     * Gives the order's boards back, its reservation ended unsold in this transaction (cancelled,
     * expired, refunded before it shipped): those assembled to order leave their teams' queues,
     * those taken from stock go back on their shelves.
     */
    void giveBack(Order order) {
        unqueue(order);
        stock.putBack(boardsByOffer(order.lines()));
    }

    /** The order's boards assembled to order leave their teams' queues: assembled and shipped, or given back. */
    private void unqueue(Order order) {
        boardsByTeam(order.lines()).forEach((team, boards) -> teams.queue(team, -boards));
    }

    /** Every order, newest first, optionally of one status: the administrator's view. */
    @Transactional(readOnly = true)
    public List<Order> all(Optional<OrderStatus> status, int limit) {
        PageRequest page = PageRequest.of(0, limit);
        return status.map(wanted -> orders.findByStatusOrderByPlacedAtDesc(wanted, page))
                .orElseGet(() -> orders.findAllByOrderByPlacedAtDesc(page));
    }

    /**
     * The order as this person may see it: its buyer, an administrator, or a member of a team
     * whose board is in it. Anyone else gets nothing, as if it did not exist.
     */
    @Transactional(readOnly = true)
    public Optional<Order> findForViewer(UUID orderId, UUID viewer, boolean administrator) {
        return orders.findById(orderId).filter(order -> administrator
                || order.buyerId().equals(viewer)
                || teams.isMemberOfAny(viewer, order.teams()));
    }

    /** The order, for the modules that act on it (its invoice); no viewer's rights are checked. */
    @Transactional(readOnly = true)
    public Optional<Order> byId(UUID orderId) {
        return orders.findById(orderId);
    }

    @Transactional(readOnly = true)
    public List<Order> inProgressOf(UUID buyer) {
        return orders.findByBuyerIdOrderByPlacedAtDesc(buyer).stream().filter(Order::inProgress).toList();
    }

    /**
     * The buyer's account is being erased (in the caller's transaction, which has checked that none
     * of their orders is in progress): the orders stay, with their lines, amounts and unit trace;
     * those never paid lose the name and address they were to be shipped to
     * ({@link Order#forgetBuyerDetailsIfUnpaid}). Returns how many did.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public int forgetBuyer(UUID buyer) {
        int changed = 0;
        for (Order order : orders.findByBuyerIdOrderByPlacedAtDesc(buyer)) {
            if (order.forgetBuyerDetailsIfUnpaid()) {
                changed++;
            }
        }
        return changed;
    }

    @Transactional(readOnly = true)
    public List<Order> placedBy(UUID buyer) {
        return orders.findByBuyerIdOrderByPlacedAtDesc(buyer);
    }

    /** Paid orders with boards of this team still to fulfil, oldest paid first: the team's fulfilment queue. */
    @Transactional(readOnly = true)
    public List<Order> waitingFor(UUID teamId) {
        return orders.findWaitingFor(teamId, AssemblyQueue.TO_FULFIL);
    }

    /**
     * Orders with boards of this team handed to the carrier and not yet recorded as delivered,
     * oldest paid first: they have left the fulfilment queue, and the team still marks them delivered.
     */
    @Transactional(readOnly = true)
    public List<Order> shippedBy(UUID teamId) {
        return orders.findWaitingFor(teamId, EnumSet.of(OrderStatus.SHIPPED));
    }

    @Transactional(readOnly = true)
    public long count() {
        return orders.count();
    }
}
