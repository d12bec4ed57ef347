package org.openspacemakers.marketplace.order;

import org.openspacemakers.marketplace.refusal.InvalidInput;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.SaleNotices;
import org.openspacemakers.marketplace.compliance.VatVerification;
import org.openspacemakers.marketplace.shipping.ShippingMethod;
import org.openspacemakers.marketplace.shipping.ShippingQuote;
import org.openspacemakers.marketplace.tax.VatLine;
import org.openspacemakers.marketplace.tax.VatRules;

/**
 * A buyer's order: lines, destination, the kind of buyer, shipping address, total, and where it
 * stands in its life (see {@link OrderStatus}). It owns its moves: each checks the current status,
 * throws {@link OrderTransitionRefused} when it is not allowed, is recorded in the order's
 * timeline with who and when, and publishes {@link OrderStatusChanged}.
 *
 * <p>While the order is <em>reserved</em>, its boards count in their teams' queues
 * ({@code teams.queued_boards}): from placement until the boards are shipped, or the order is
 * cancelled, refunded, or its unpaid reservation expires. Whoever ends a reservation gives the
 * boards back to the teams in the same transaction ({@link Orders}).
 */
@Entity
@Table(name = "orders")
public class Order extends AbstractAggregateRoot<Order> {

    @Id
    private UUID id;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private UUID buyerId;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = PlaceOrder.MAX_KEY_LENGTH)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, updatable = false, length = 64)
    private String requestFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrderStatus status;

    @Column(name = "destination_country", nullable = false, length = 2)
    private String destinationCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_type", nullable = false, length = 32)
    private BuyerType buyerType;

    @Column(name = "ship_name", nullable = false, length = 200)
    private String shipName;

    @Column(name = "ship_line1", nullable = false, length = 200)
    private String shipLine1;

    @Column(name = "ship_line2", nullable = false, length = 200)
    private String shipLine2;

    @Column(name = "ship_postal_code", nullable = false, length = 20)
    private String shipPostalCode;

    @Column(name = "ship_city", nullable = false, length = 100)
    private String shipCity;

    @Column(name = "ship_country", nullable = false, length = 2)
    private String shipCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 32)
    private PaymentMethod paymentMethod;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    /** The donation the buyer added at checkout, paid with the order but no part of its total (0: none). */
    @Column(name = "donation_minor", nullable = false, updatable = false)
    private long donationMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    /**
     * The VAT contained in the total: the lines' and, since shipping is taxed at placement, the
     * shipping's ({@link #shippingVat()}); an order placed before keeps its lines' VAT alone.
     */
    @Column(name = "vat_total_minor", nullable = false)
    private long vatTotalMinor;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "company_name", length = BuyingCompany.MAX_NAME_LENGTH)
    private String companyName;

    @Column(name = "vat_number", length = 20)
    private String vatNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_check", length = 20)
    private VatVerification.Outcome vatCheck;

    @Column(name = "vat_checked_at")
    private Instant vatCheckedAt;

    @Column(name = "vat_registered_name", length = 200)
    private String vatRegisteredName;

    // Read with the order, in a statement of its own rather than joined to its lines.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "order_supplied_parts", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<SuppliedPartRecord> suppliedParts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_acknowledgements", joinColumns = @JoinColumn(name = "order_id"))
    private Set<OrderAcknowledgement> acknowledgements = new HashSet<>();

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "payment_reference", nullable = false, updatable = false, length = 12)
    private String paymentReference;

    @Column(nullable = false)
    private boolean reserved;

    @Column(name = "reservation_expires_at")
    private Instant reservationExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "resumes_to", length = 32)
    private OrderStatus resumesTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "paid_with", length = 32)
    private PaymentMethod paidWith;

    @Column(name = "paid_minor")
    private Long paidMinor;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_reference", length = 200)
    private String paidReference;

    @Column(name = "paid_confirmed_by")
    private UUID paidConfirmedBy;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(length = 100)
    private String carrier;

    @Column(name = "tracking_number", length = 100)
    private String trackingNumber;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** Assembly-only: the buyer's leftover parts the team sent back with the boards, as the team wrote them. */
    @Column(name = "leftover_parts", length = MAX_LEFTOVER_LENGTH)
    private String leftoverParts;

    /** The lead time promised when the order was placed (its teams' queues then), counted from payment. */
    @Column(name = "lead_time_days")
    private Integer leadTimeDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "order_steps", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderStep> steps = new ArrayList<>();
    /** Null for the orders placed before shipping was charged. */
    @Enumerated(EnumType.STRING)
    @Column(name = "shipping_method", length = 20)
    private ShippingMethod shippingMethod;

    /** Part of {@link #totalMinor}. */
    @Column(name = "shipping_minor", nullable = false)
    private long shippingMinor;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    @Column(name = "assembly_consent_at")
    private Instant assemblyConsentAt;

    @Version
    private Long version;

    protected Order() {
        // for JPA
    }

    /**
     * A new order; a professional's comes with what VIES answered about its company's VAT number
     * (null for a consumer's), and waits for that answer when VIES could not give it.
     */
    Order(PlaceOrder request, String fingerprint, List<OrderLine> lines, List<SuppliedPartRecord> suppliedParts,
            Currency currency, Instant placedAt, VatVerification verification, ShippingQuote shipping,
            String paymentReference, Instant reservationExpiresAt) {
        this.id = UUID.randomUUID();
        this.language = request.language().getLanguage();
        this.paymentReference = paymentReference;
        this.reserved = true;
        this.reservationExpiresAt = reservationExpiresAt;
        this.buyerId = request.buyer();
        this.idempotencyKey = request.idempotencyKey();
        this.requestFingerprint = fingerprint;
        this.status = OrderStatus.AWAITING_PAYMENT;
        this.destinationCountry = request.destination().value();
        this.buyerType = request.buyerType();
        ShippingAddress address = request.address();
        this.shipName = address.name();
        this.shipLine1 = address.line1();
        this.shipLine2 = address.line2();
        this.shipPostalCode = address.postalCode();
        this.shipCity = address.city();
        this.shipCountry = address.country().value();
        this.paymentMethod = request.paymentMethod();
        this.lines = new ArrayList<>(lines);
        this.suppliedParts = new ArrayList<>(suppliedParts);
        this.shippingMethod = shipping.method();
        this.shippingMinor = shipping.amount().amountMinor();
        this.totalMinor = Math.addExact(lines.stream().mapToLong(OrderLine::totalMinor).reduce(0, Math::addExact),
                shippingMinor);
        this.donationMinor = request.donation() == null ? 0 : request.donation().amountMinor();
        this.termsAcceptedAt = request.termsAccepted() ? placedAt : null;
        // The consent concerns assembly-only lines; given for an order without one, it means nothing.
        this.assemblyConsentAt = request.assemblyServiceConsent()
                && lines.stream().anyMatch(line -> line.kind() == OfferKind.ASSEMBLY_ONLY) ? placedAt : null;
        this.currency = currency.getCurrencyCode();
        this.vatTotalMinor = Math.addExact(lines.stream().mapToLong(OrderLine::vatMinor).reduce(0, Math::addExact),
                shippingVat().vat().amountMinor());
        this.placedAt = placedAt;
        request.acknowledgements().forEach(code -> acknowledgements.add(
                new OrderAcknowledgement(code, SaleNotices.textVersion(code))));
        if (request.company() != null) {
            this.companyName = request.company().name();
            this.vatNumber = request.company().vatNumber().toString();
            record(verification);
        }
        step(null, status, placedAt, request.buyer(), status.name(), "");
    }

    private void record(VatVerification verification) {
        this.vatCheck = verification.outcome();
        this.vatCheckedAt = verification.checkedAt();
        this.vatRegisteredName = verification.registeredName().substring(0, Math.min(200, verification.registeredName().length()));
        if (vatCheck == VatVerification.Outcome.UNAVAILABLE) {
            this.status = OrderStatus.AWAITING_VERIFICATION;
        }
    }

    /**
     * Takes VIES's new answer about an order waiting for it: confirmed, the order awaits payment;
     * refused, it is cancelled (the caller gives its boards back to the teams); still unavailable,
     * it keeps waiting, the attempt recorded. Returns whether the order was waiting.
     */
    boolean verify(VatVerification verification) {
        if (status != OrderStatus.AWAITING_VERIFICATION) {
            return false;
        }
        record(verification);
        switch (verification.outcome()) {
            case VALID -> moveTo(OrderStatus.AWAITING_PAYMENT, verification.checkedAt(), null, "");
            case INVALID -> {
                moveTo(OrderStatus.CANCELLED, verification.checkedAt(), null, verification.number().toString());
                reserved = false;
            }
            case UNAVAILABLE -> status = OrderStatus.AWAITING_VERIFICATION;
        }
        return true;
    }


    // ---- The order's moves -------------------------------------------------------------------

    private static final Set<OrderStatus> BEFORE_ASSEMBLY = EnumSet.of(OrderStatus.AWAITING_PAYMENT,
            OrderStatus.AWAITING_VERIFICATION, OrderStatus.PAID, OrderStatus.AWAITING_PARTS, OrderStatus.PARTS_RECEIVED);

    static final Set<OrderStatus> HOLDABLE = EnumSet.of(OrderStatus.AWAITING_PAYMENT,
            OrderStatus.AWAITING_VERIFICATION, OrderStatus.PAID, OrderStatus.AWAITING_PARTS, OrderStatus.PARTS_RECEIVED,
            OrderStatus.IN_ASSEMBLY, OrderStatus.TESTED);

    /** Whether the order may still be cancelled: its assembly has not started (where it stood, if on hold). */
    public boolean cancellable() {
        return BEFORE_ASSEMBLY.contains(status == OrderStatus.ON_HOLD ? resumesTo : status);
    }

    /** Whether the order may be put on hold: open, not shipped. */
    public boolean holdable() {
        return HOLDABLE.contains(status);
    }

    /** Whether money paid for the order is left to refund. */
    public boolean refundable() {
        return paidAt != null && status != OrderStatus.REFUNDED;
    }

    /** Whether the order has a line the buyer supplies the parts of: it waits for them after payment. */
    public boolean needsParts() {
        return lines.stream().anyMatch(line -> line.kind() == OfferKind.ASSEMBLY_ONLY);
    }

    /** The status a payment moves an order to: the parts are awaited first when the buyer supplies them. */
    private OrderStatus afterPayment() {
        return needsParts() ? OrderStatus.AWAITING_PARTS : OrderStatus.PAID;
    }

    /**
     * Records the payment. An order awaiting it becomes PAID (then AWAITING_PARTS for assembly-only
     * lines); an order on hold stays there, and goes on as paid once an administrator releases it.
     * The caller has asked the gate and made sure of the reservation first.
     */
    void pay(OrderPayment payment) {
        if (!awaitsPayment()) {
            throw new OrderTransitionRefused(status, "pay");
        }
        paidWith = payment.method();
        paidMinor = payment.amount().amountMinor();
        paidAt = payment.at();
        paidReference = payment.reference();
        paidConfirmedBy = payment.confirmedBy();
        reservationExpiresAt = null;
        registerEvent(new OrderPaid(id, payment.at()));
        if (status == OrderStatus.ON_HOLD) {
            resumesTo = afterPayment();
            step(status, status, payment.at(), payment.confirmedBy(), "PAYMENT_RECEIVED", payment.reference());
            return;
        }
        moveTo(OrderStatus.PAID, payment.at(), payment.confirmedBy(), payment.reference());
        if (needsParts()) {
            moveTo(OrderStatus.AWAITING_PARTS, payment.at(), null, "");
        }
    }

    /** Stops the order for an administrator, with the reason the buyer is told; it resumes where it stood. */
    void hold(String reason, Instant at, UUID actor) {
        if (!holdable()) {
            throw new OrderTransitionRefused(status, "hold");
        }
        resumesTo = status;
        moveTo(OrderStatus.ON_HOLD, at, actor, reason);
    }

    /** Lets an order on hold go on where it stood (paid while held: as paid). The caller asked the gate. */
    void release(Instant at, UUID actor) {
        if (status != OrderStatus.ON_HOLD) {
            throw new OrderTransitionRefused(status, "release");
        }
        OrderStatus next = resumesTo;
        resumesTo = null;
        moveTo(next, at, actor, "");
    }

    /**
     * Cancels an order whose assembly has not started (by its buyer, an administrator, or the store
     * for an unpaid order); a paid one is then refunded by an administrator. Ends its reservation:
     * the caller gives its boards back to the teams. Returns whether it was reserved.
     */
    boolean cancel(String reason, Instant at, UUID actor) {
        if (!cancellable()) {
            throw new OrderTransitionRefused(status, "cancel");
        }
        resumesTo = null;
        moveTo(OrderStatus.CANCELLED, at, actor, reason);
        return endReservation();
    }

    /**
     * The unpaid order's reservation ran out: its boards go back to the teams (the caller does it),
     * the order still awaits payment, and a payment arriving later books them again if there is
     * room. Returns whether it was reserved.
     */
    boolean expireReservation(Instant at) {
        if (!reserved || paidAt != null || reservationExpiresAt == null || at.isBefore(reservationExpiresAt)) {
            return false;
        }
        reservationExpiresAt = null;
        step(status, status, at, null, "RESERVATION_EXPIRED", "");
        return endReservation();
    }

    /** The order's boards were booked again in their teams' queues (a payment after the reservation expired). */
    void reserveAgain(Instant at) {
        if (reserved) {
            throw new OrderTransitionRefused(status, "reserve");
        }
        reserved = true;
        step(status, status, at, null, "RESERVED_AGAIN", "");
    }

    private boolean endReservation() {
        boolean was = reserved;
        reserved = false;
        return was;
    }

    /** Whether a payment is awaited: unpaid, and placed or held before payment. */
    public boolean awaitsPayment() {
        return paidAt == null && (status == OrderStatus.AWAITING_PAYMENT
                || (status == OrderStatus.ON_HOLD && resumesTo == OrderStatus.AWAITING_PAYMENT));
    }

    /** Assembly-only: the team received the buyer's parts (the checklist is kept by the caller). */
    void receiveParts(Instant at, UUID actor, String note) {
        require(OrderStatus.AWAITING_PARTS, "receiveParts");
        moveTo(OrderStatus.PARTS_RECEIVED, at, actor, note);
    }

    /** The team starts assembling: a paid full kit, or assembly-only once its parts are in. */
    void startAssembly(Instant at, UUID actor) {
        if (status != (needsParts() ? OrderStatus.PARTS_RECEIVED : OrderStatus.PAID)) {
            throw new OrderTransitionRefused(status, "startAssembly");
        }
        moveTo(OrderStatus.IN_ASSEMBLY, at, actor, "");
    }

    /** Every unit is assembled and passed its test (the units are kept by the caller). */
    void markTested(Instant at, UUID actor) {
        require(OrderStatus.IN_ASSEMBLY, "markTested");
        moveTo(OrderStatus.TESTED, at, actor, "");
    }

    /** Handed to the carrier: the boards leave the team's queue (the caller gives them back). Returns whether it was reserved. */
    boolean ship(String carrier, String trackingNumber, Instant at, UUID actor) {
        return ship(carrier, trackingNumber, "", at, actor);
    }

    /** The longest description of leftover parts kept with a shipment. */
    public static final int MAX_LEFTOVER_LENGTH = 500;

    /**
     * {@link #ship(String, String, Instant, UUID)}, with what was left of an assembly-only buyer's
     * parts and sent back with the boards (empty: nothing).
     */
    boolean ship(String carrier, String trackingNumber, String leftoverParts, Instant at, UUID actor) {
        require(OrderStatus.TESTED, "ship");
        String leftover = leftoverParts == null ? "" : leftoverParts.strip();
        this.leftoverParts = leftover.isEmpty() ? null
                : leftover.substring(0, Math.min(MAX_LEFTOVER_LENGTH, leftover.length()));
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.shippedAt = at;
        moveTo(OrderStatus.SHIPPED, at, actor, carrier + " " + trackingNumber);
        return endReservation();
    }

    /** The buyer received it. */
    void deliver(Instant at, UUID actor) {
        require(OrderStatus.SHIPPED, "deliver");
        deliveredAt = at;
        moveTo(OrderStatus.DELIVERED, at, actor, "");
    }

    /**
     * A consumer withdraws from the purchase of full kits within 14 days of delivery (or while on
     * its way): recorded, acknowledged; the administrator refunds once the boards are back. Before
     * shipping, a buyer cancels instead.
     */
    void withdraw(Instant at, UUID actor) {
        if (!withdrawalOpen(at)) {
            throw new OrderTransitionRefused(status, "withdraw");
        }
        withdrawnAt = at;
        step(status, status, at, actor, "WITHDRAWN", "");
        registerEvent(new OrderWithdrawn(id, buyerId, at));
    }

    /** The days after delivery within which a consumer may withdraw from a purchase of goods (Directive 2011/83/EU art. 9). */
    public static final int WITHDRAWAL_DAYS = 14;

    /** Whether the buyer may still withdraw now: a consumer's full kits, shipped, not past 14 days from delivery. */
    public boolean withdrawalOpen(Instant at) {
        return buyerType == BuyerType.CONSUMER && !needsParts() && withdrawnAt == null
                && (status == OrderStatus.SHIPPED || (status == OrderStatus.DELIVERED
                        && !at.isAfter(deliveredAt.plus(Duration.ofDays(WITHDRAWAL_DAYS)))));
    }

    /**
     * Pays back part or all of what was paid (the invoice module issues the credit note on the
     * event). In full, the order is REFUNDED and its reservation ends (returned true when it was
     * reserved: the caller gives the boards back).
     */
    boolean refund(Money amount, String reason, Instant at, UUID actor) {
        requireRefundable(amount);
        refundedMinor += amount.amountMinor();
        boolean whole = refundedMinor == paidMinor - donationMinor;
        registerEvent(new OrderRefunded(id, amount, whole, reason == null ? "" : reason, at, actor));
        if (whole) {
            resumesTo = null;
            moveTo(OrderStatus.REFUNDED, at, actor, reason);
            return endReservation();
        }
        step(status, status, at, actor, "PARTIALLY_REFUNDED", reason);
        return false;
    }

    /**
     * Checks that this much may be paid back now, before the money is sent (a card refund asks the
     * processor first): {@link OrderTransitionRefused} when nothing is left to refund, an
     * {@link InvalidInput} on {@code amount} naming what is left when it is more, or not positive.
     * What may be paid back is the sale's: a donation paid with the order is the association's, its
     * receipt issued, and is not part of a refund (docs/donations.md).
     */
    public void requireRefundable(Money amount) {
        if (!refundable()) {
            throw new OrderTransitionRefused(status, "refund");
        }
        long left = paidMinor - donationMinor - refundedMinor;
        if (!amount.currency().getCurrencyCode().equals(currency) || amount.amountMinor() <= 0
                || amount.amountMinor() > left) {
            throw new InvalidInput("amount", "invalid.refund",
                    BigDecimal.valueOf(left, 2).toPlainString() + " " + currency);
        }
    }

    /**
     * The unpaid order's reservation ends now, before its time: the card checkout it waited on ran
     * out or its payment failed ({@code event} says which, on the timeline). The caller gives the
     * boards back; a later payment books them again if there is room. Returns whether it was reserved.
     */
    boolean endReservationEarly(String event, Instant at) {
        if (!reserved || paidAt != null) {
            return false;
        }
        reservationExpiresAt = null;
        step(status, status, at, null, event, "");
        return endReservation();
    }

    /**
     * Assembly-only: the team found parts missing or wrong while ticking them against the list. The
     * order keeps waiting for them; the timeline says which, and the buyer is told
     * ({@link PartsProblemFound}).
     */
    void partsProblem(List<PartsProblemFound.Problem> problems, Instant at, UUID actor) {
        require(OrderStatus.AWAITING_PARTS, "checkParts");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a parts problem names at least one part");
        }
        step(status, status, at, actor, "PARTS_PROBLEM", String.join("; ", problems.stream()
                .map(PartsProblemFound.Problem::summary).toList()));
        registerEvent(new PartsProblemFound(id, buyerId, language(), paymentReference, problems, at, actor));
    }

    /** Records the lead time its teams' queues gave when it was placed (the longest, for several teams). */
    void promiseLeadTime(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a lead time is at least a day");
        }
        this.leadTimeDays = days;
    }

    private void require(OrderStatus expected, String attempted) {
        if (status != expected) {
            throw new OrderTransitionRefused(status, attempted);
        }
    }

    private void moveTo(OrderStatus next, Instant at, UUID actor, String note) {
        OrderStatus from = status;
        status = next;
        step(from, next, at, actor, next.name(), note);
    }

    private void step(OrderStatus from, OrderStatus to, Instant at, UUID actor, String event, String note) {
        steps.add(new OrderStep(to, at, actor, event, note));
        if (from != to) {
            registerEvent(new OrderStatusChanged(id, buyerId, from, to, at, actor, note == null ? "" : note));
        }
    }

    /** The events registered and not yet published (for tests of the moves). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    // ---- What the order shows ----------------------------------------------------------------

    /** The timeline: every move and event, oldest first. */
    public List<OrderStep> steps() {
        return List.copyOf(steps);
    }

    /** The language the buyer ordered in: what the store writes to them in. */
    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    /** The short reference a buyer types in their bank transfer (e.g. {@code OSM-7K3Q9}). */
    public String paymentReference() {
        return paymentReference;
    }

    /** Whether the order's boards count in their teams' queues now. */
    public boolean reserved() {
        return reserved;
    }

    /** When an unpaid order's reservation runs out, if it has one that can. */
    public Optional<Instant> reservationExpiresAt() {
        return Optional.ofNullable(reservationExpiresAt);
    }

    /** Where an order on hold will resume. */
    public Optional<OrderStatus> resumesTo() {
        return Optional.ofNullable(resumesTo);
    }

    /** The payment received, if any. */
    public Optional<OrderPayment> payment() {
        return paidAt == null ? Optional.empty() : Optional.of(new OrderPayment(paidWith,
                new Money(paidMinor, Currency.getInstance(currency)), paidReference, paidAt, paidConfirmedBy));
    }

    /** What was paid back so far. */
    public Money refunded() {
        return new Money(refundedMinor, Currency.getInstance(currency));
    }

    /** The carrier and tracking number, once shipped. */
    public Optional<Shipment> shipment() {
        return shippedAt == null ? Optional.empty() : Optional.of(new Shipment(carrier, trackingNumber, shippedAt));
    }

    /** How the boards left: carrier, tracking number, when. */
    public record Shipment(String carrier, String trackingNumber, Instant at) {
    }

    /** Assembly-only: what was left of the buyer's parts and sent back with the boards, if anything. */
    public Optional<String> leftoverParts() {
        return Optional.ofNullable(leftoverParts);
    }

    /** The lead time promised at placement, in days from payment (none for orders placed before it was kept). */
    public Optional<Integer> leadTimeDays() {
        return Optional.ofNullable(leadTimeDays);
    }

    /** When the team should have shipped it: the payment plus the lead time promised at placement. */
    public Optional<Instant> dueAt() {
        return paidAt == null || leadTimeDays == null ? Optional.empty()
                : Optional.of(paidAt.plus(Duration.ofDays(leadTimeDays)));
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    /** Whether the order still runs: neither delivered, cancelled, refunded nor withdrawn. */
    public boolean inProgress() {
        return withdrawnAt == null && status != OrderStatus.DELIVERED && status != OrderStatus.CANCELLED
                && status != OrderStatus.REFUNDED;
    }

    /** What replaces a name or an address line the buyer's erasure takes away. */
    public static final String ERASED = "Erased";

    /**
     * The buyer erased their account. An order never paid was never invoiced: nothing requires the
     * name and address it was to go to, which are replaced (the country stays, with the order's
     * compliance records), as is a professional's company name; returns whether it changed. A paid
     * order keeps them: its invoice carries them for ten years, and they are the delivery's record
     * for the legal guarantee.
     */
    boolean forgetBuyerDetailsIfUnpaid() {
        if (paidAt != null || inProgress()) {
            return false;
        }
        shipName = ERASED;
        shipLine1 = ERASED;
        shipLine2 = "";
        shipPostalCode = "-";
        shipCity = ERASED;
        if (companyName != null) {
            companyName = ERASED;
            vatRegisteredName = null;
        }
        return true;
    }

    boolean answers(String fingerprint) {
        return requestFingerprint.equals(fingerprint);
    }

    public UUID id() {
        return id;
    }

    public UUID buyerId() {
        return buyerId;
    }

    public OrderStatus status() {
        return status;
    }

    public CountryCode destination() {
        return CountryCode.of(destinationCountry);
    }

    public BuyerType buyerType() {
        return buyerType;
    }

    public ShippingAddress shippingAddress() {
        return new ShippingAddress(shipName, shipLine1, shipLine2, shipPostalCode, shipCity, CountryCode.of(shipCountry));
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    /** What the boards and their shipping cost, VAT included: what the invoice and the books count. */
    public Money total() {
        return new Money(totalMinor, Currency.getInstance(currency));
    }

    /** The donation the buyer added at checkout (zero when none): no part of the total, no VAT. */
    public Money donation() {
        return new Money(donationMinor, Currency.getInstance(currency));
    }

    /** Whether the buyer added a donation to the order. */
    public boolean hasDonation() {
        return donationMinor > 0;
    }

    /** What the buyer pays: the total, plus the donation they added. */
    public Money amountDue() {
        return new Money(Math.addExact(totalMinor, donationMinor), Currency.getInstance(currency));
    }

    /** The VAT contained in the total (zero while the association is VAT-exempt). */
    public Money vatTotal() {
        return new Money(vatTotalMinor, Currency.getInstance(currency));
    }

    /** The VAT contained in a line's total. */
    public Money vat(OrderLine line) {
        return new Money(line.vatMinor(), Currency.getInstance(currency));
    }

    /** What shipping costs, part of the total (0 for the orders placed before shipping was charged). */
    public Money shipping() {
        return new Money(shippingMinor, Currency.getInstance(currency));
    }

    /**
     * The VAT of the shipping: it follows the goods it carries ({@link VatRules#shipping}), from the
     * lines as they were placed. Part of {@link #vatTotal()} for the orders placed since shipping is
     * taxed at placement; the invoice's shipping line is made of it.
     */
    public VatLine shippingVat() {
        Currency money = Currency.getInstance(currency);
        return VatRules.shipping(shipping(), lines.stream().map(line -> new VatLine(line.vatTreatment(),
                line.vatRateBasisPoints(), new Money(line.unitPriceMinor(), money), line.quantity(),
                new Money(line.vatMinor(), money))).toList());
    }

    /** How the order ships; empty for the orders placed before shipping was charged. */
    public Optional<ShippingMethod> shippingMethod() {
        return Optional.ofNullable(shippingMethod);
    }

    /** When the buyer accepted the terms of sale; empty when they did not say (an API client need not). */
    public Optional<Instant> termsAcceptedAt() {
        return Optional.ofNullable(termsAcceptedAt);
    }

    /**
     * When the buyer of an assembly-only line asked for the assembly to start within the withdrawal
     * period and acknowledged losing the right to withdraw once it starts; empty when they did not.
     */
    public Optional<Instant> assemblyConsentAt() {
        return Optional.ofNullable(assemblyConsentAt);
    }

    public Money unitPrice(OrderLine line) {
        return new Money(line.unitPriceMinor(), Currency.getInstance(currency));
    }

    public Instant placedAt() {
        return placedAt;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    /** The company a professional buyer ordered for, with VIES's last answer about its VAT number. */
    public Optional<Professional> professional() {
        return companyName == null ? Optional.empty() : Optional.of(new Professional(companyName, vatNumber, vatCheck,
                vatCheckedAt, vatRegisteredName));
    }

    /** A professional buyer's company as the order keeps it, and VIES's last answer about its VAT number. */
    public record Professional(String companyName, String vatNumber, VatVerification.Outcome vatCheck,
            Instant checkedAt, String registeredName) {
    }

    /** The warnings the buyer acknowledged, with the version of the text they read, by code. */
    public List<OrderAcknowledgement> acknowledgements() {
        return acknowledgements.stream().sorted(Comparator.comparing(OrderAcknowledgement::code)).toList();
    }

    /** The parts the buyer supplies for this line (assembly-only; none for a full kit), as the workshop receives them. */
    public List<SuppliedPartRecord> suppliedParts(int lineNo) {
        return suppliedParts.stream().filter(part -> part.lineNo() == lineNo).toList();
    }

    /** The teams whose boards are in this order. */
    public Set<UUID> teams() {
        return lines.stream().map(OrderLine::teamId).collect(Collectors.toSet());
    }
}
