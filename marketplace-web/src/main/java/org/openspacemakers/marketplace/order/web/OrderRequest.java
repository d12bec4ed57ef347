package org.openspacemakers.marketplace.order.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.openspacemakers.marketplace.order.BuyingCompany;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.order.PlaceOrder;
import org.openspacemakers.marketplace.order.ShippingAddress;
import org.openspacemakers.marketplace.refusal.InputChecks;
import org.openspacemakers.marketplace.shipping.ShippingMethod;

/**
 * The body of {@code POST /api/v1/orders}; it checks itself and becomes a {@link PlaceOrder}.
 * {@code shippingMethod} left out ships the cheapest way to the destination; {@code termsAccepted}
 * and {@code assemblyServiceConsent} are optional so that clients written before them keep working:
 * left out (or false), the order keeps no acceptance of the terms and no consent to start an
 * assembly service within the withdrawal period. {@code donation}, optional, adds a donation to the
 * association, paid with the order but no part of its total (docs/donations.md).
 */
record OrderRequest(
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Line> lines,
        @NotBlank String destinationCountry,
        @NotNull BuyerType buyerType,
        @NotNull @Valid Address shippingAddress,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> acknowledgements,
        PaymentMethod paymentMethod,
        @Valid Company company,
        ShippingMethod shippingMethod,
        Boolean termsAccepted,
        Boolean assemblyServiceConsent,
        @Valid Donation donation) {

    /** An order without a donation (the checkout page's and older clients' way). */
    OrderRequest(List<Line> lines, String destinationCountry, BuyerType buyerType, Address shippingAddress,
            List<String> acknowledgements, PaymentMethod paymentMethod, Company company, ShippingMethod shippingMethod,
            Boolean termsAccepted, Boolean assemblyServiceConsent) {
        this(lines, destinationCountry, buyerType, shippingAddress, acknowledgements, paymentMethod, company,
                shippingMethod, termsAccepted, assemblyServiceConsent, null);
    }

    /** A donation as money is written in the contract; its bounds are the donation page's. */
    record Donation(@NotNull @Min(0) @Max(100_000_000) Long amountMinor, @NotBlank @Size(max = 3) String currency) {
    }

    record Line(@NotNull UUID offerId, @NotNull @Min(1) @Max(100) Integer quantity,
            @Size(max = 500) List<@NotNull @Valid SuppliedPart> suppliedParts) {
    }

    /** A part an assembly-only buyer declares to supply, checked against the approved BOM and its alternates. */
    record SuppliedPart(@NotBlank @Size(max = 40) String reference, @NotBlank @Size(max = 100) String mpn) {
    }

    /** The company a professional buyer orders for; its VAT number is checked with VIES. */
    record Company(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 30) String vatNumber) {
    }

    record Address(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2, @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Size(max = 100) String city, @NotBlank String country) {
    }

    /**
     * The checks Bean Validation cannot make here: real country codes and a payment method that is
     * switched on; the order itself checks the rest (its key, a destination equal to the address's
     * country).
     */
    PlaceOrder toPlaceOrder(UUID buyer, String idempotencyKey, boolean cardPaymentsEnabled, java.util.Locale language) {
        InputChecks checks = new InputChecks();
        checks.check(CountryCode.isValid(destinationCountry), "destinationCountry", "invalid.country");
        checks.check(CountryCode.isValid(shippingAddress.country()), "shippingAddress.country", "invalid.country");
        checks.check(paymentMethod != PaymentMethod.CARD || cardPaymentsEnabled, "paymentMethod", "invalid.cardPaymentsOff");
        checks.check(buyerType != BuyerType.PROFESSIONAL || company != null, "company", "invalid.company");
        Optional<VatNumber> vatNumber = Optional.ofNullable(company).flatMap(given -> VatNumber.parse(given.vatNumber()));
        checks.check(company == null || vatNumber.isPresent(), "company.vatNumber", "invalid.vatNumber");
        checks.check(donation == null || "EUR".equals(donation.currency()), "donation.currency", "invalid.currency");
        checks.done();
        return new PlaceOrder(buyer, idempotencyKey,
                lines.stream().map(line -> new PlaceOrder.Line(line.offerId(), line.quantity(),
                        line.suppliedParts() == null ? List.of() : line.suppliedParts().stream()
                                .map(part -> new org.openspacemakers.marketplace.compliance.SuppliedPart(part.reference(),
                                        part.mpn()))
                                .toList())).toList(),
                CountryCode.of(destinationCountry), buyerType,
                new ShippingAddress(shippingAddress.name(), shippingAddress.line1(), shippingAddress.line2(),
                        shippingAddress.postalCode(), shippingAddress.city(), CountryCode.of(shippingAddress.country())),
                acknowledgements == null ? null : new HashSet<>(acknowledgements), paymentMethod,
                buyerType == BuyerType.PROFESSIONAL ? new BuyingCompany(company.name(), vatNumber.orElseThrow()) : null,
                shippingMethod, Boolean.TRUE.equals(termsAccepted), Boolean.TRUE.equals(assemblyServiceConsent),
                language, donation == null ? null : new Money(donation.amountMinor(), Money.EUR));
    }
}
