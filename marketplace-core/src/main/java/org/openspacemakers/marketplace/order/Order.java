package org.openspacemakers.marketplace.order;

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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.SaleNotices;
import org.openspacemakers.marketplace.compliance.VatVerification;

/** A buyer's order: lines, destination, the kind of buyer, shipping address, total and status. */
@Entity
@Table(name = "orders")
public class Order {

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

    @Column(nullable = false, length = 3)
    private String currency;

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
            Currency currency, Instant placedAt, VatVerification verification) {
        this.id = UUID.randomUUID();
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
        this.totalMinor = lines.stream().mapToLong(OrderLine::totalMinor).reduce(0, Math::addExact);
        this.currency = currency.getCurrencyCode();
        this.placedAt = placedAt;
        request.acknowledgements().forEach(code -> acknowledgements.add(
                new OrderAcknowledgement(code, SaleNotices.textVersion(code))));
        if (request.company() != null) {
            this.companyName = request.company().name();
            this.vatNumber = request.company().vatNumber().toString();
            record(verification);
        }
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
        status = switch (verification.outcome()) {
            case VALID -> OrderStatus.AWAITING_PAYMENT;
            case INVALID -> OrderStatus.CANCELLED;
            case UNAVAILABLE -> OrderStatus.AWAITING_VERIFICATION;
        };
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

    public Money total() {
        return new Money(totalMinor, Currency.getInstance(currency));
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
