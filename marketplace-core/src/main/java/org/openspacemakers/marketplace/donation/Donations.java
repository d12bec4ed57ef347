package org.openspacemakers.marketplace.donation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.invoice.DocumentFile;
import org.openspacemakers.marketplace.invoice.Numbered;
import org.openspacemakers.marketplace.invoice.Numbering;
import org.openspacemakers.marketplace.invoice.Seller;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderPayment;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.order.ShippingAddress;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.storage.FileStorage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The donations module's API (docs/donations.md). A donation is pledged (the donor is told how to
 * pay, and given a link of their own to follow it), then received when an administrator sees the
 * money arrive: its receipt then takes the next number of the year's series of donation receipts
 * ({@link Numbering.Series#DONATION_RECEIPT}, the invoices' gapless counters, a series apart) and is
 * frozen as a PDF. Never any VAT: a donation is not a sale.
 */
@Service
public class Donations {

    /** The most donations the administrators' list shows, newest first. */
    public static final int LISTED = 200;

    /**
     * How long a donation whose money never came keeps its donor: a transfer weeks late still finds
     * its donation; after that the pledge is history, and only its amount and dates stay.
     */
    public static final Duration UNRECEIVED_KEPT = Duration.ofDays(90);

    private static final String PDF = "application/pdf";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final DonationRepository donations;
    private final Numbering numbering;
    private final DonationSettings settings;
    private final Seller seller;
    private final FileStorage storage;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final ApplicationEventPublisher events;

    Donations(DonationRepository donations, Numbering numbering, DonationSettings settings, Seller seller, FileStorage storage,
            JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.donations = donations;
        this.numbering = numbering;
        this.settings = settings;
        this.seller = seller;
        this.storage = storage;
        this.jdbc = jdbc;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        if (settings.taxReceipts() && seller.postalAddress().startsWith("(")) {
            throw new IllegalStateException("marketplace.donations.tax-receipts=true needs marketplace.association.postal-address: "
                    + "a tax receipt names the beneficiary's address");
        }
    }

    /** A donation just pledged, with the token of the donor's link (given once, kept only as its SHA-256). */
    public record Pledged(Donation donation, String token) {
    }

    /** What was received in a month: the sum and how many donations. */
    public record MonthTotal(YearMonth month, Money total, long count) {
    }

    public DonationSettings settings() {
        return settings;
    }

    /** What a card payment did to the donation it names ({@link #receiveByCard}). */
    public enum PaidByCard {
        /** It paid the donation: received, its receipt issued. */
        RECEIVED,
        /** Its amount or currency is not the donation's: the donation still awaits its money. */
        AMOUNT_DIFFERS,
        /** The donation awaited no card payment (received already, called off, or to be paid by transfer). */
        NOT_AWAITED,
        /** No such donation. */
        UNKNOWN
    }

    /**
     * A donation without an order, awaiting the donor's bank transfer.
     *
     * @throws InvalidInput naming every field at fault; nothing is stored then
     */
    @Transactional
    public Pledged pledge(Pledge pledge) {
        return pledge(pledge, PaymentMethod.BANK_TRANSFER);
    }

    /**
     * A donation without an order, awaiting the donor's bank transfer or card payment (whether
     * cards are on is the caller's to check: the card payment is opened after, outside this
     * transaction).
     *
     * @throws InvalidInput naming every field at fault; nothing is stored then
     */
    @Transactional
    public Pledged pledge(Pledge pledge, PaymentMethod method) {
        Pledge checked = pledge.checked(settings);
        String token = token();
        Donation donation = new Donation(checked, reference(), sha256(token), method, null,
                settings.taxReceipts(), clock.instant());
        Donation stored = donations.saveAndFlush(donation);
        events.publishEvent(new DonationPledged(stored.id(), token));
        return new Pledged(stored, token);
    }

    /**
     * The money of the donation arrived on {@code receivedOn} (today when null): its receipt is
     * numbered, made and kept, and {@link DonationReceived} told, in one transaction. The donation's
     * row is locked first, so two administrators confirming it at once issue one receipt; the
     * series is taken next, so receipts are numbered in the order they are issued, without gaps.
     *
     * @throws NotFound                 when there is no such donation
     * @throws InvalidInput             naming {@code receivedOn} for a day in the future or before the pledge
     * @throws DonationTransitionRefused when the donation is not awaiting its money, or is a donation
     *                                  without an order paid by card (Stripe's word receives those)
     */
    @Transactional
    public Donation receive(UUID donationId, LocalDate receivedOn, UUID actor) {
        Donation donation = donations.lockById(donationId).orElseThrow(NotFound::new);
        LocalDate today = clock.instant().atZone(Numbering.ZONE).toLocalDate();
        LocalDate day = receivedOn == null ? today : receivedOn;
        if (day.isAfter(today) || day.isBefore(donation.pledgedAt().atZone(Numbering.ZONE).toLocalDate())) {
            throw new InvalidInput("receivedOn", "invalid.donation.receivedOn");
        }
        if (donation.status() != DonationStatus.PENDING) {
            throw new DonationTransitionRefused("receive");
        }
        if (donation.awaitsCardPayment()) {
            throw new DonationTransitionRefused("receiveCard");
        }
        Numbered number = numbering.next(Numbering.Series.DONATION_RECEIPT);
        donation.receive(number, day, actor, token());
        return issue(donation);
    }

    /**
     * Stripe took {@code paid} by card ({@code paymentReference}, its PaymentIntent) for the donation
     * without an order that its Checkout Session named, at {@code paidAt}: when that is the
     * donation's amount and it awaits a card payment, it is received as {@link #receive} does (its
     * row locked first: two payments or two deliveries at once issue one receipt), on the day the
     * money was taken (in Paris). Otherwise nothing changes, and the answer says why.
     */
    @Transactional
    public PaidByCard receiveByCard(UUID donationId, Money paid, String paymentReference, Instant paidAt) {
        Optional<Donation> locked = donations.lockById(donationId);
        if (locked.isEmpty()) {
            return PaidByCard.UNKNOWN;
        }
        Donation donation = locked.get();
        if (!donation.awaitsCardPayment()) {
            return PaidByCard.NOT_AWAITED;
        }
        if (!paid.equals(donation.amount())) {
            return PaidByCard.AMOUNT_DIFFERS;
        }
        LocalDate today = clock.instant().atZone(Numbering.ZONE).toLocalDate();
        LocalDate pledged = donation.pledgedAt().atZone(Numbering.ZONE).toLocalDate();
        LocalDate day = paidAt.atZone(Numbering.ZONE).toLocalDate();
        // Stripe's clock and the store's may differ by a little: the day stays within the donation's life.
        day = day.isAfter(today) ? today : day.isBefore(pledged) ? pledged : day;
        donation.receiveByCard(numbering.next(Numbering.Series.DONATION_RECEIPT), day, paymentReference, token());
        issue(donation);
        return PaidByCard.RECEIVED;
    }

    /**
     * Keeps the Checkout Session opened as the donation's {@code attempt}-th, and answers the
     * donation as it then stands: when another request kept this attempt first (Stripe gave both the
     * same session, by the attempt's idempotency key), nothing changes.
     *
     * @throws NotFound                 when there is no such donation
     * @throws DonationTransitionRefused when it no longer awaits a card payment
     */
    @Transactional
    public Donation checkoutOpened(UUID donationId, int attempt, String sessionId, String url, Instant expiresAt) {
        Donation donation = donations.lockById(donationId).orElseThrow(NotFound::new);
        if (donation.checkoutAttempt() >= attempt) {
            return donation;
        }
        donation.checkoutOpened(attempt, sessionId, url, expiresAt);
        return donations.saveAndFlush(donation);
    }

    /** Stripe ended the donation's session unpaid: the donor's next try opens another. Returns whether it was its latest. */
    @Transactional
    public boolean checkoutEnded(UUID donationId, String sessionId) {
        Optional<Donation> donation = donations.lockById(donationId);
        if (donation.isEmpty() || !donation.get().checkoutEnded(sessionId)) {
            return false;
        }
        donations.saveAndFlush(donation.get());
        return true;
    }

    private Donation issue(Donation donation) {
        donation.attach(storage.store(DonationReceiptPdf.render(DonationReceiptPdf.of(donation, seller, settings)), PDF));
        return donations.saveAndFlush(donation);
    }

    /**
     * The donation a buyer added to their order, now that the order is paid (in the payment's
     * transaction): it is received on the payment's day, with its receipt numbered and issued, as
     * {@link #receive} does for a transfer. The donor is the buyer: the company a professional
     * ordered for (known by its VAT number, or the SIREN within a French one; its legal form is not
     * asked at checkout), else the name the order ships to, with the order's address and the
     * account's e-mail. Nothing happens for an order without a donation, or whose donation is already
     * recorded (the same payment told twice).
     */
    @Transactional
    public Optional<Donation> receiveWithOrder(Order order, String buyerEmail) {
        if (!order.hasDonation() || order.payment().isEmpty() || donations.findByOrderId(order.id()).isPresent()) {
            return Optional.empty();
        }
        OrderPayment payment = order.payment().get();
        ShippingAddress address = order.shippingAddress();
        Optional<Order.Professional> company = order.professional();
        String donor = company.map(Order.Professional::companyName).orElse(address.name());
        Pledge pledge = new Pledge(order.donation(), donor, buyerEmail == null ? "" : buyerEmail, address.line1(),
                address.line2(), address.postalCode(), address.city(), address.country().value(), order.buyerId(),
                order.language(), company.map(professional -> DonorCompany.ofVatNumber(professional.vatNumber())).orElse(null));
        Donation donation = new Donation(pledge, reference(), sha256(token()), order.paymentMethod(), order.id(),
                settings.taxReceipts(), order.placedAt());
        Numbered number = numbering.next(Numbering.Series.DONATION_RECEIPT);
        donation.receive(number, payment.at().atZone(Numbering.ZONE).toLocalDate(), payment.confirmedBy(), token());
        return Optional.of(issue(donation));
    }

    /** The donation paid with this order, if the buyer added one and the order was paid. */
    @Transactional(readOnly = true)
    public Optional<Donation> ofOrder(UUID orderId) {
        return donations.findByOrderId(orderId);
    }

    /**
     * Calls off a donation whose money never came.
     *
     * @throws NotFound                 when there is no such donation
     * @throws DonationTransitionRefused when it is no longer awaiting its money
     */
    @Transactional
    public Donation cancel(UUID donationId) {
        Donation donation = donations.lockById(donationId).orElseThrow(NotFound::new);
        donation.cancel(clock.instant());
        return donations.saveAndFlush(donation);
    }

    /** The donation the donor's link names; empty for any other string. */
    @Transactional(readOnly = true)
    public Optional<Donation> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return donations.findByToken(sha256(token));
    }

    @Transactional(readOnly = true)
    public Optional<Donation> byId(UUID donationId) {
        return donations.findById(donationId);
    }

    /** The receipt the donor's link reaches, once issued. */
    public Optional<DocumentFile> receipt(String token) {
        return reading.execute(status -> byToken(token)).flatMap(this::receiptOf);
    }

    /**
     * The receipt of a donation, to the person who gave it while signed in and to the
     * administrators; empty for anyone else.
     */
    public Optional<DocumentFile> receipt(UUID donationId, UUID viewer, boolean administrator) {
        return reading.execute(status -> donations.findById(donationId))
                .filter(donation -> administrator || donation.userId().filter(viewer::equals).isPresent())
                .flatMap(this::receiptOf);
    }

    private Optional<DocumentFile> receiptOf(Donation donation) {
        if (donation.pdfKey() == null) {
            return Optional.empty();
        }
        byte[] content = storage.read(donation.pdfKey())
                .orElseThrow(() -> new IllegalStateException("an issued receipt's PDF is missing"));
        if (!HexFormat.of().formatHex(digest(content)).equals(donation.pdfSha256())) {
            throw new IllegalStateException("an issued receipt's PDF does not match its digest");
        }
        return Optional.of(new DocumentFile("recu-don-" + donation.receiptNumber().orElseThrow() + ".pdf", content));
    }

    /** The donations given while signed in as this person, newest first. */
    @Transactional(readOnly = true)
    public List<Donation> givenBy(UUID userId) {
        return donations.findByUserIdOrderByPledgedAtDesc(userId);
    }

    /**
     * The person's account is being erased, in the caller's transaction: their donations whose
     * money never came forget them (one pending is called off); received ones stay whole, as
     * accounting records (docs/donations.md). Returns how many forgot them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetDonor(UUID userId) {
        int forgotten = 0;
        for (Donation donation : donations.findByUserIdOrderByPledgedAtDesc(userId)) {
            if (donation.forgetDonor(clock.instant())) {
                donations.save(donation);
                forgotten++;
            }
        }
        return forgotten;
    }

    /**
     * Forgets the donor of the donations pledged more than {@link #UNRECEIVED_KEPT} ago whose money
     * never came (one still pending is called off first), at most {@value #LISTED} a call, each
     * under its row's lock: a payment recorded at that instant comes first or waits, and a donation
     * it received stays whole. Returns how many forgot their donor.
     */
    @Transactional
    public int forgetUnreceived() {
        Instant now = clock.instant();
        int forgotten = 0;
        for (UUID id : donations.findIdsToForget(DonationStatus.RECEIVED, now.minus(UNRECEIVED_KEPT),
                PageRequest.of(0, LISTED))) {
            Optional<Donation> locked = donations.lockById(id);
            if (locked.isPresent() && locked.get().forgetDonor(now)) {
                donations.save(locked.get());
                forgotten++;
            }
        }
        return forgotten;
    }

    /** The newest {@value #LISTED} donations, for the administrators. */
    @Transactional(readOnly = true)
    public List<Donation> latest() {
        return donations.findAllByOrderByPledgedAtDesc(PageRequest.of(0, LISTED));
    }

    /**
     * The donations received in each month of the year (by the day the money arrived, in Paris),
     * January to December, months without any included at zero: the books' and the transparency
     * page's figures.
     */
    @Transactional(readOnly = true)
    public List<MonthTotal> receivedIn(Year year) {
        long[] totals = new long[12];
        long[] counts = new long[12];
        jdbc.query("""
                SELECT MONTH(received_on) AS month, SUM(amount_minor) AS total, COUNT(*) AS donations
                FROM donations WHERE status = 'RECEIVED' AND received_on BETWEEN ? AND ?
                GROUP BY MONTH(received_on)""", row -> {
            int month = row.getInt("month") - 1;
            totals[month] = row.getLong("total");
            counts[month] = row.getLong("donations");
        }, year.atDay(1), year.atMonth(Month.DECEMBER).atEndOfMonth());
        List<MonthTotal> months = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            months.add(new MonthTotal(year.atMonth(month + 1), Money.euros(totals[month]), counts[month]));
        }
        return months;
    }

    private String reference() {
        while (true) {
            StringBuilder reference = new StringBuilder("DON-");
            for (int i = 0; i < 5; i++) {
                reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            if (!donations.existsByReference(reference.toString())) {
                return reference.toString();
            }
        }
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        return HexFormat.of().formatHex(digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
