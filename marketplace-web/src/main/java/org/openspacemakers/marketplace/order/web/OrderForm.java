package org.openspacemakers.marketplace.order.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.SaleNotices;
import org.openspacemakers.marketplace.donation.web.DonationChoice;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.order.PlaceOrder;
import org.openspacemakers.marketplace.shipping.ShippingMethod;

/**
 * The checkout page's form: the lines (from the cart, or the one offer bought at once), the buyer,
 * where and how to ship, the acknowledgements, and the acceptances the final button needs. A bean
 * rather than a record: Spring binds every field, then validates, and the page names every field
 * at fault at once. No field has a default a request could leave out and still order: the page
 * fills the form it shows ({@code OrderPages}).
 */
class OrderForm {

    @NotBlank
    @Size(max = 100)
    private String idempotencyKey;
    @Valid
    @NotEmpty
    @Size(max = 20)
    private List<LineField> lines = new ArrayList<>();
    @NotNull
    private BuyerType buyerType;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 200)
    private String line1;
    @Size(max = 200)
    private String line2;
    @NotBlank
    @Size(max = 20)
    private String postalCode;
    @NotBlank
    @Size(max = 100)
    private String city;
    @NotBlank
    private String country;

    /** A professional buyer's company and its EU VAT number (checked with VIES when ordering as a professional). */
    @Size(max = 200)
    private String companyName;
    @Size(max = 30)
    private String vatNumber;

    /** How to ship; none chosen: the cheapest way to the country. */
    private ShippingMethod shippingMethod;

    /** The buyer ticked the class A warning (shown only when a line is class A). */
    private boolean acknowledgeClassA;

    /** The buyer accepted the terms of sale: required to order. */
    private boolean termsAccepted;

    /** Assembly-only lines: the buyer asks for the service to start within the withdrawal period and loses the right then. */
    private boolean assemblyServiceConsent;

    /** The buyer asked to keep the shipping address in their address book once the order is placed. */
    private boolean saveAddress;

    /** The lines come from the cart, which the order then empties of what it ordered. */
    private boolean fromCart;

    /** How the buyer pays: by bank transfer unless they chose card (offered only when card payments are on). */
    private PaymentMethod paymentMethod;

    /**
     * The total the summary showed (minor units), sent back with the final button: an order whose
     * total is not that (none was shown yet, or another country, method or price) is not placed
     * but shown again.
     */
    private Long shownTotal;

    /**
     * A donation to the association added to the order ({@link DonationChoice}): none by default,
     * never another; one of the offered amounts, or {@code other} with {@link #otherDonation} typed.
     */
    @Size(max = 12)
    private String donation = DonationChoice.NONE;
    @Size(max = 12)
    private String otherDonation = "";

    /** The donation the form adds, empty for none or for what is not an amount. */
    Optional<Money> donationAmount() {
        return DonationChoice.none(donation, otherDonation) ? Optional.empty()
                : DonationChoice.amount(donation, otherDonation);
    }

    /** Whether the form adds a donation but says no amount, or two (an offered one chosen while another is typed). */
    boolean donationUnclear() {
        return !DonationChoice.none(donation, otherDonation)
                && (DonationChoice.twoAmounts(donation, otherDonation) || donationAmount().isEmpty());
    }

    OrderRequest toRequest() {
        return new OrderRequest(lines.stream().map(LineField::toRequest).toList(), country, buyerType,
                new OrderRequest.Address(name, line1, line2, postalCode, city, country),
                acknowledgeClassA ? List.of(SaleNotices.CLASS_A) : List.of(),
                paymentMethod == null ? PaymentMethod.BANK_TRANSFER : paymentMethod,
                // A professional who named neither a company nor a VAT number is told the company is required.
                buyerType == BuyerType.PROFESSIONAL && (hasText(companyName) || hasText(vatNumber))
                        ? new OrderRequest.Company(companyName, vatNumber) : null,
                shippingMethod, termsAccepted, assemblyServiceConsent,
                donationAmount().map(amount -> new OrderRequest.Donation(amount.amountMinor(),
                        amount.currency().getCurrencyCode())).orElse(null));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** The lines as an order takes them, leaving out those whose offer or quantity did not bind. */
    List<PlaceOrder.Line> orderLines() {
        return lines.stream().filter(Objects::nonNull)
                .filter(line -> line.getOfferId() != null && line.getQuantity() != null
                        && line.getQuantity() >= 1 && line.getQuantity() <= 100)
                .map(line -> new PlaceOrder.Line(line.getOfferId(), line.getQuantity()))
                .toList();
    }

    /** One line: an offer, how many, and for assembly-only the parts the buyer supplies. */
    public static class LineField {

        @NotNull
        private UUID offerId;
        @NotNull
        @Min(1)
        @Max(100)
        private Integer quantity;
        /**
         * Assembly-only: the part the buyer supplies for each placed BOM line, named by the line's
         * first reference, the approved BOM's MPN offered first.
         */
        @Valid
        @Size(max = 500)
        private List<PartField> parts = new ArrayList<>();

        public LineField() {
        }

        LineField(UUID offerId, int quantity, List<PartField> parts) {
            this.offerId = offerId;
            this.quantity = quantity;
            this.parts = new ArrayList<>(parts);
        }

        OrderRequest.Line toRequest() {
            List<OrderRequest.SuppliedPart> supplied = parts.stream()
                    .map(part -> new OrderRequest.SuppliedPart(part.getReference(), part.getMpn())).toList();
            return new OrderRequest.Line(offerId, quantity, supplied.isEmpty() ? null : supplied);
        }

        public UUID getOfferId() {
            return offerId;
        }

        public void setOfferId(UUID offerId) {
            this.offerId = offerId;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public List<PartField> getParts() {
            return parts;
        }

        public void setParts(List<PartField> parts) {
            this.parts = parts;
        }
    }

    /** One part an assembly-only buyer supplies: the BOM line's first reference, all its references, the MPN. */
    public static class PartField {

        @NotBlank
        @Size(max = 40)
        private String reference;
        @Size(max = 200)
        private String references;
        @NotBlank
        @Size(max = 100)
        private String mpn;

        public PartField() {
        }

        PartField(String reference, String references, String mpn) {
            this.reference = reference;
            this.references = references;
            this.mpn = mpn;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getReferences() {
            return references;
        }

        public void setReferences(String references) {
            this.references = references;
        }

        public String getMpn() {
            return mpn;
        }

        public void setMpn(String mpn) {
            this.mpn = mpn;
        }
    }

    public List<LineField> getLines() {
        return lines;
    }

    public void setLines(List<LineField> lines) {
        this.lines = lines;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    public boolean isAcknowledgeClassA() {
        return acknowledgeClassA;
    }

    public void setAcknowledgeClassA(boolean acknowledgeClassA) {
        this.acknowledgeClassA = acknowledgeClassA;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public BuyerType getBuyerType() {
        return buyerType;
    }

    public void setBuyerType(BuyerType buyerType) {
        this.buyerType = buyerType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    public ShippingMethod getShippingMethod() {
        return shippingMethod;
    }

    public void setShippingMethod(ShippingMethod shippingMethod) {
        this.shippingMethod = shippingMethod;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }

    public boolean isAssemblyServiceConsent() {
        return assemblyServiceConsent;
    }

    public void setAssemblyServiceConsent(boolean assemblyServiceConsent) {
        this.assemblyServiceConsent = assemblyServiceConsent;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public boolean isFromCart() {
        return fromCart;
    }

    public void setFromCart(boolean fromCart) {
        this.fromCart = fromCart;
    }

    public boolean isSaveAddress() {
        return saveAddress;
    }

    public void setSaveAddress(boolean saveAddress) {
        this.saveAddress = saveAddress;
    }

    public String getDonation() {
        return donation;
    }

    public void setDonation(String donation) {
        this.donation = donation;
    }

    public String getOtherDonation() {
        return otherDonation;
    }

    public void setOtherDonation(String otherDonation) {
        this.otherDonation = otherDonation;
    }

    public Long getShownTotal() {
        return shownTotal;
    }

    public void setShownTotal(Long shownTotal) {
        this.shownTotal = shownTotal;
    }
}
