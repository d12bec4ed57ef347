package org.openspacemakers.marketplace.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.SaleNotices;
import org.openspacemakers.marketplace.compliance.SuppliedPart;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.shipping.ShippingMethod;

/**
 * A buyer's request to place an order, under an idempotency key of their choosing: the same key
 * and request again give back the same order, never a second one.
 *
 * @param shippingMethod how to ship; null: the cheapest method to the destination
 * @param termsAccepted the buyer accepted the terms of sale (the checkout page requires it; the API does not)
 * @param assemblyServiceConsent for assembly-only lines, the buyer asked for the assembly to start within the
 *     withdrawal period and acknowledged losing the right to withdraw once it starts
 * @param donation a donation to the association the buyer adds, paid with the order but no part of
 *     its total; null or zero: none (the donation module's settings bound it, {@link DonationRule})
 */
public record PlaceOrder(UUID buyer, String idempotencyKey, List<Line> lines, CountryCode destination,
        BuyerType buyerType, ShippingAddress address, Set<String> acknowledgements, PaymentMethod paymentMethod,
        BuyingCompany company, ShippingMethod shippingMethod, boolean termsAccepted, boolean assemblyServiceConsent,
        Locale language, Money donation) {

    /** The languages the store writes to buyers in; another one is taken as English. */
    private static final Set<String> LANGUAGES = Set.of("en", "fr");

    /** The longest idempotency key accepted. */
    public static final int MAX_KEY_LENGTH = 100;

    /** A consumer's order (a professional names the company it buys for). */
    public PlaceOrder(UUID buyer, String idempotencyKey, List<Line> lines, CountryCode destination, BuyerType buyerType,
            ShippingAddress address, Set<String> acknowledgements, PaymentMethod paymentMethod) {
        this(buyer, idempotencyKey, lines, destination, buyerType, address, acknowledgements, paymentMethod, null);
    }

    /** An order shipped the cheapest way, without the checkout page's acceptances (as the API takes it without them). */
    public PlaceOrder(UUID buyer, String idempotencyKey, List<Line> lines, CountryCode destination, BuyerType buyerType,
            ShippingAddress address, Set<String> acknowledgements, PaymentMethod paymentMethod, BuyingCompany company) {
        this(buyer, idempotencyKey, lines, destination, buyerType, address, acknowledgements, paymentMethod, company,
                null, false, false, Locale.ENGLISH);
    }

    /** An order in this language, shipped the cheapest way, without the checkout page's acceptances. */
    public PlaceOrder(UUID buyer, String idempotencyKey, List<Line> lines, CountryCode destination, BuyerType buyerType,
            ShippingAddress address, Set<String> acknowledgements, PaymentMethod paymentMethod, BuyingCompany company,
            Locale language) {
        this(buyer, idempotencyKey, lines, destination, buyerType, address, acknowledgements, paymentMethod, company,
                null, false, false, language);
    }

    /** A checkout's order in English. */
    public PlaceOrder(UUID buyer, String idempotencyKey, List<Line> lines, CountryCode destination, BuyerType buyerType,
            ShippingAddress address, Set<String> acknowledgements, PaymentMethod paymentMethod, BuyingCompany company,
            ShippingMethod shippingMethod, boolean termsAccepted, boolean assemblyServiceConsent) {
        this(buyer, idempotencyKey, lines, destination, buyerType, address, acknowledgements, paymentMethod, company,
                shippingMethod, termsAccepted, assemblyServiceConsent, Locale.ENGLISH);
    }

    /** An order without a donation. */
    public PlaceOrder(UUID buyer, String idempotencyKey, List<Line> lines, CountryCode destination, BuyerType buyerType,
            ShippingAddress address, Set<String> acknowledgements, PaymentMethod paymentMethod, BuyingCompany company,
            ShippingMethod shippingMethod, boolean termsAccepted, boolean assemblyServiceConsent, Locale language) {
        this(buyer, idempotencyKey, lines, destination, buyerType, address, acknowledgements, paymentMethod, company,
                shippingMethod, termsAccepted, assemblyServiceConsent, language, null);
    }

    /** The same order with a donation added (null: none). */
    public PlaceOrder withDonation(Money amount) {
        return new PlaceOrder(buyer, idempotencyKey, lines, destination, buyerType, address, acknowledgements,
                paymentMethod, company, shippingMethod, termsAccepted, assemblyServiceConsent, language, amount);
    }

    public PlaceOrder {
        Objects.requireNonNull(buyer, "buyer");
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput("Idempotency-Key", "invalid.text", MAX_KEY_LENGTH);
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        lines = List.copyOf(lines);
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(buyerType, "buyerType");
        Objects.requireNonNull(address, "address");
        if (!destination.equals(address.country())) {
            throw new InvalidInput("destinationCountry", "invalid.destination");
        }
        acknowledgements = acknowledgements == null ? Set.of() : Set.copyOf(acknowledgements);
        if (!acknowledgements.stream().allMatch(SaleNotices::known)) {
            throw new InvalidInput("acknowledgements", "invalid.acknowledgement");
        }
        paymentMethod = paymentMethod == null ? PaymentMethod.BANK_TRANSFER : paymentMethod;
        if (buyerType == BuyerType.PROFESSIONAL && company == null) {
            throw new InvalidInput("company", "invalid.company");
        }
        company = buyerType == BuyerType.PROFESSIONAL ? company : null;
        language = language != null && LANGUAGES.contains(language.getLanguage())
                ? Locale.forLanguageTag(language.getLanguage()) : Locale.ENGLISH;
        if (donation != null && (donation.amountMinor() < 0 || !donation.currency().equals(Money.EUR))) {
            throw new InvalidInput("donation", "invalid.donation.amount.order");
        }
        donation = donation == null || donation.amountMinor() == 0 ? null : donation;
    }

    /**
     * One board ordered: an offer, how many and, for assembly-only, the parts the buyer declares
     * to supply (empty: the approved BOM's own parts).
     */
    public record Line(UUID offerId, int quantity, List<SuppliedPart> suppliedParts) {

        public Line(UUID offerId, int quantity) {
            this(offerId, quantity, List.of());
        }

        public Line {
            suppliedParts = suppliedParts == null ? List.of() : List.copyOf(suppliedParts);
            Objects.requireNonNull(offerId, "offerId");
            if (quantity < 1 || quantity > 100) {
                throw new IllegalArgumentException("a quantity is 1 to 100");
            }
        }
    }

    /** A digest of everything the request asks for, to tell a replay from a different request under the same key. */
    String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        lines.forEach(line -> {
            canonical.append(line.offerId()).append('x').append(line.quantity());
            line.suppliedParts().forEach(part -> canonical.append('/').append(part.reference()).append('=').append(part.mpn()));
            canonical.append(';');
        });
        canonical.append('|').append(destination).append('|').append(buyerType)
                .append('|').append(address.name()).append('\n').append(address.line1()).append('\n')
                .append(address.line2()).append('\n').append(address.postalCode()).append('\n')
                .append(address.city()).append('\n').append(address.country())
                .append('|').append(new TreeSet<>(acknowledgements)).append('|').append(paymentMethod);
        if (company != null) {
            canonical.append('|').append(company.name()).append('\n').append(company.vatNumber());
        }
        // Only when given, so that a request without them keeps the fingerprint it had before they existed.
        if (shippingMethod != null) {
            canonical.append("|shipping=").append(shippingMethod);
        }
        if (termsAccepted) {
            canonical.append("|terms");
        }
        if (assemblyServiceConsent) {
            canonical.append("|assemblyConsent");
        }
        if (donation != null) {
            canonical.append("|donation=").append(donation.amountMinor());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
