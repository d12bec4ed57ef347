package org.openspacemakers.marketplace.donation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.invoice.Numbered;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.storage.StoredFile;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * Money given to the association: not a sale, so no VAT and no invoice, but a receipt of its own,
 * numbered in the year's series of donation receipts when the money arrives. It owns its moves
 * ({@link #receive}, {@link #cancel}): each checks the current status and throws
 * {@link DonationTransitionRefused} when it is not allowed. Once received it never changes.
 */
@Entity
@Table(name = "donations")
public class Donation extends AbstractAggregateRoot<Donation> {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false, length = 12)
    private String reference;

    @Column(name = "token_sha256", nullable = false, updatable = false, length = 64)
    private String tokenSha256;

    @Column(name = "receipt_token_sha256", length = 64)
    private String receiptTokenSha256;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "donor_name", nullable = false, length = Pledge.MAX_NAME)
    private String donorName;

    @Column(name = "donor_email", nullable = false, length = Pledge.MAX_EMAIL)
    private String donorEmail;

    @Column(name = "address_line1", nullable = false, length = Pledge.MAX_LINE)
    private String addressLine1;

    @Column(name = "address_line2", nullable = false, length = Pledge.MAX_LINE)
    private String addressLine2;

    @Column(name = "address_postal", nullable = false, length = Pledge.MAX_POSTAL_CODE)
    private String addressPostal;

    @Column(name = "address_city", nullable = false, length = Pledge.MAX_CITY)
    private String addressCity;

    @Column(name = "address_country", nullable = false, length = 2)
    private String addressCountry;

    /** The company's legal form and SIREN (or VAT) number, when a company gave; null for a person. */
    @Column(name = "donor_legal_form", length = DonorCompany.MAX_LEGAL_FORM)
    private String donorLegalForm;

    @Column(name = "donor_company_id", length = DonorCompany.MAX_IDENTIFIER)
    private String donorCompanyId;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "user_id", updatable = false)
    private UUID userId;

    @Column(name = "order_id", updatable = false)
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 32)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DonationStatus status;

    @Column(name = "pledged_at", nullable = false, updatable = false)
    private Instant pledgedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "received_by")
    private UUID receivedBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "tax_receipt", nullable = false)
    private boolean taxReceipt;

    @Column(name = "receipt_number", length = 20)
    private String receiptNumber;

    @Column(name = "receipt_year")
    private Integer receiptYear;

    @Column(name = "receipt_seq")
    private Long receiptSequence;

    @Column(name = "receipt_issued_on")
    private LocalDate receiptIssuedOn;

    @Column(name = "pdf_key", length = 64)
    private String pdfKey;

    @Column(name = "pdf_sha256", length = 64)
    private String pdfSha256;

    @Column(name = "pdf_size")
    private Long pdfSize;

    @Column(name = "checkout_session_id", length = 255)
    private String checkoutSessionId;

    @Column(name = "checkout_url", length = 2000)
    private String checkoutUrl;

    @Column(name = "checkout_expires_at")
    private Instant checkoutExpiresAt;

    @Column(name = "checkout_attempt", nullable = false)
    private int checkoutAttempt;

    @Column(name = "paid_reference", length = 255)
    private String paidReference;

    @Version
    private long version;

    protected Donation() {
        // for JPA
    }

    /**
     * A donation promised, awaiting its money. Whether its receipt will be a tax receipt is settled
     * now, as the donor was told when giving.
     */
    Donation(Pledge pledge, String reference, String tokenSha256, PaymentMethod paymentMethod, UUID orderId,
            boolean taxReceipt, Instant now) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.tokenSha256 = tokenSha256;
        this.amountMinor = pledge.amount().amountMinor();
        this.currency = pledge.amount().currency().getCurrencyCode();
        this.donorName = pledge.name();
        this.donorEmail = pledge.email();
        this.addressLine1 = pledge.line1();
        this.addressLine2 = pledge.line2();
        this.addressPostal = pledge.postalCode();
        this.addressCity = pledge.city();
        this.addressCountry = pledge.country().isEmpty() ? "FR" : pledge.country();
        if (pledge.company() != null) {
            this.donorLegalForm = pledge.company().legalForm();
            this.donorCompanyId = pledge.company().identifier();
        }
        this.language = pledge.language().getLanguage();
        this.userId = pledge.userId();
        this.orderId = orderId;
        this.paymentMethod = paymentMethod;
        this.status = DonationStatus.PENDING;
        this.pledgedAt = now;
        this.taxReceipt = taxReceipt;
    }

    /**
     * The money arrived on {@code receivedOn}: the receipt takes its number and is issued now, and
     * the donor's mail about it carries a link of its own ({@code receiptToken}, kept as its SHA-256).
     *
     * @throws DonationTransitionRefused unless the donation awaits its money
     */
    void receive(Numbered receipt, LocalDate receivedOn, UUID by, String receiptToken) {
        if (status != DonationStatus.PENDING) {
            throw new DonationTransitionRefused("receive");
        }
        this.status = DonationStatus.RECEIVED;
        this.receivedAt = receipt.issuedAt();
        this.receivedOn = receivedOn;
        this.receivedBy = by;
        this.receiptNumber = receipt.number();
        this.receiptYear = receipt.year();
        this.receiptSequence = receipt.sequence();
        this.receiptIssuedOn = receipt.issueDate();
        this.receiptTokenSha256 = Donations.sha256(receiptToken);
        registerEvent(new DonationReceived(id, receiptNumber, receiptToken));
    }

    /**
     * Stripe took the donation's money by card ({@code paymentReference}: its PaymentIntent), on
     * {@code receivedOn}: as {@link #receive}, with nobody but Stripe to say so.
     *
     * @throws DonationTransitionRefused unless the donation awaits its money by card
     */
    void receiveByCard(Numbered receipt, LocalDate receivedOn, String paymentReference, String receiptToken) {
        if (paymentMethod != PaymentMethod.CARD) {
            throw new DonationTransitionRefused("receive");
        }
        receive(receipt, receivedOn, null, receiptToken);
        this.paidReference = paymentReference;
    }

    /**
     * The Checkout Session where the donor pays: the {@code attempt}-th opened for this donation.
     *
     * @throws DonationTransitionRefused unless the donation awaits its money by card
     */
    void checkoutOpened(int attempt, String sessionId, String url, Instant expiresAt) {
        if (status != DonationStatus.PENDING || paymentMethod != PaymentMethod.CARD) {
            throw new DonationTransitionRefused("payByCard");
        }
        if (attempt <= checkoutAttempt) {
            throw new IllegalStateException("attempt " + attempt + " follows attempt " + checkoutAttempt);
        }
        this.checkoutAttempt = attempt;
        this.checkoutSessionId = sessionId;
        this.checkoutUrl = url;
        this.checkoutExpiresAt = expiresAt;
    }

    /** Stripe ended this session unpaid: the donor's next try opens another. Returns whether it was the latest. */
    boolean checkoutEnded(String sessionId) {
        if (checkoutSessionId == null || !checkoutSessionId.equals(sessionId) || status != DonationStatus.PENDING) {
            return false;
        }
        this.checkoutExpiresAt = null;
        this.checkoutUrl = null;
        return true;
    }

    /** The receipt's PDF, made once when it is issued. */
    void attach(StoredFile pdf) {
        if (pdfKey != null) {
            throw new IllegalStateException("a receipt's PDF is made once");
        }
        this.pdfKey = pdf.key();
        this.pdfSha256 = pdf.sha256();
        this.pdfSize = pdf.size();
    }

    /**
     * Calls the donation off before its money arrived.
     *
     * @throws DonationTransitionRefused unless the donation awaits its money
     */
    void cancel(Instant now) {
        if (status != DonationStatus.PENDING) {
            throw new DonationTransitionRefused("cancel");
        }
        this.status = DonationStatus.CANCELLED;
        this.cancelledAt = now;
    }

    /**
     * The donor's account is erased: a donation whose money never came keeps nothing of them (one
     * still pending is called off); a received one keeps its donor, as its receipt and the
     * association's books must.
     *
     * @return whether anything was forgotten
     */
    boolean forgetDonor(Instant now) {
        if (status == DonationStatus.RECEIVED) {
            return false;
        }
        if (status == DonationStatus.PENDING) {
            cancel(now);
        }
        this.donorName = "";
        this.donorEmail = "";
        this.addressLine1 = "";
        this.addressLine2 = "";
        this.addressPostal = "";
        this.addressCity = "";
        this.donorLegalForm = null;
        this.donorCompanyId = null;
        return true;
    }

    public UUID id() {
        return id;
    }

    /** What the donor's bank transfer quotes: {@code DON-} and five characters. */
    public String reference() {
        return reference;
    }

    public Money amount() {
        return new Money(amountMinor, java.util.Currency.getInstance(currency));
    }

    public String donorName() {
        return donorName;
    }

    public String donorEmail() {
        return donorEmail;
    }

    /** The company that gave, whose name is {@link #donorName}; empty when a person gave. */
    public Optional<DonorCompany> donorCompany() {
        return donorCompanyId == null ? Optional.empty() : Optional.of(new DonorCompany(donorLegalForm, donorCompanyId));
    }

    /** The donor's postal address, line by line (empty when none was asked). */
    public List<String> donorAddress() {
        List<String> lines = new ArrayList<>();
        if (!addressLine1.isEmpty()) {
            lines.add(addressLine1);
        }
        if (!addressLine2.isEmpty()) {
            lines.add(addressLine2);
        }
        String town = (addressPostal + " " + addressCity).strip();
        if (!town.isEmpty()) {
            lines.add(town);
            lines.add(new Locale("", addressCountry).getDisplayCountry(Locale.FRENCH));
        }
        return lines;
    }

    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    public Optional<UUID> userId() {
        return Optional.ofNullable(userId);
    }

    public Optional<UUID> orderId() {
        return Optional.ofNullable(orderId);
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    public DonationStatus status() {
        return status;
    }

    public Instant pledgedAt() {
        return pledgedAt;
    }

    /** The day the money arrived, once it did. */
    public Optional<LocalDate> receivedOn() {
        return Optional.ofNullable(receivedOn);
    }

    public boolean taxReceipt() {
        return taxReceipt;
    }

    /** The receipt's number ({@code D2026-000001}), once the money arrived. */
    public Optional<String> receiptNumber() {
        return Optional.ofNullable(receiptNumber);
    }

    Optional<LocalDate> receiptIssuedOn() {
        return Optional.ofNullable(receiptIssuedOn);
    }

    /** How many Checkout Sessions were opened for it. */
    public int checkoutAttempt() {
        return checkoutAttempt;
    }

    /** Whether the donation awaits a card payment on a session of its own: pending, by card, without an order. */
    public boolean awaitsCardPayment() {
        return status == DonationStatus.PENDING && paymentMethod == PaymentMethod.CARD && orderId == null;
    }

    /**
     * The address of the Checkout Session where the donor can still pay at this instant (a
     * minute's margin before Stripe ends it); empty when none was opened or the latest ended.
     */
    public Optional<String> checkoutPayableAt(Instant at) {
        if (status != DonationStatus.PENDING || checkoutUrl == null || checkoutExpiresAt == null
                || !at.plusSeconds(60).isBefore(checkoutExpiresAt)) {
            return Optional.empty();
        }
        return Optional.of(checkoutUrl);
    }

    /** Until when the latest Checkout Session is open at Stripe; empty when none was opened or Stripe said it ended. */
    public Optional<Instant> checkoutOpenUntil() {
        return Optional.ofNullable(checkoutExpiresAt);
    }

    /** The latest Checkout Session's id, if one was opened. */
    public Optional<String> checkoutSessionId() {
        return Optional.ofNullable(checkoutSessionId);
    }

    /** Stripe's reference of the card payment that paid it (its PaymentIntent), once paid by card. */
    public Optional<String> paidReference() {
        return Optional.ofNullable(paidReference);
    }

    String pdfKey() {
        return pdfKey;
    }

    String pdfSha256() {
        return pdfSha256;
    }

    String tokenSha256() {
        return tokenSha256;
    }
}
