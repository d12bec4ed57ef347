package org.openspacemakers.marketplace.order.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.VatVerification;
import org.openspacemakers.marketplace.invoice.OrderDocuments;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderLine;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.tax.VatTreatment;
import org.openspacemakers.marketplace.shipping.ShippingMethod;

/**
 * An order as the API shows it. {@code invoiceNumber} stays null until the order is paid;
 * {@code creditNotes} are the numbers of its credit notes. Prices and totals are VAT included:
 * {@code vatTotal} is the VAT within the total, {@code vatMentions} the legal mentions its lines
 * call for (docs/invoices.md). {@code total} includes {@code shipping}; {@code shippingMethod} is null for orders placed before
 * shipping was charged, {@code termsAcceptedAt} and {@code assemblyServiceConsentAt} when the buyer
 * did not give them. {@code checkoutUrl}: for a card order awaiting payment, Stripe's page where the
 * buyer pays (null otherwise, and for a bank transfer). {@code donation}: the donation the buyer added
 * (null when none), no part of {@code total}; {@code amountDue}: what the buyer pays, the total plus
 * the donation.
 */
record OrderJson(UUID id, OrderStatus status, String destinationCountry, BuyerType buyerType,
        PaymentMethod paymentMethod, Money total, List<LineJson> lines, AddressJson shippingAddress,
        Instant placedAt, String invoiceNumber, List<AcknowledgementJson> acknowledgements, CompanyJson company,
        String paymentReference, Instant reservedUntil, Instant paidAt, Money refunded, ShipmentJson shipment,
        List<StepJson> history, Money vatTotal, List<VatTreatment> vatMentions, List<String> creditNotes,
        Money shipping, ShippingMethod shippingMethod, Instant termsAcceptedAt, Instant assemblyServiceConsentAt,
        String checkoutUrl, Money donation, Money amountDue) {

    /** How the boards left, and (assembly-only) what was left of the buyer's parts and sent back with them. */
    record ShipmentJson(String carrier, String trackingNumber, Instant shippedAt, String leftoverParts) {
    }

    /**
     * A step of the order's life: the status it moved to (or an event within it, such as
     * {@code RESERVATION_EXPIRED} or {@code WITHDRAWN}), when, and the reason given.
     */
    record StepJson(OrderStatus status, String event, Instant at, String note) {
    }

    /**
     * {@code suppliedParts}: for an assembly-only line, what the workshop receives from the buyer.
     * {@code vatRate} in percent ({@code 20.00}), {@code vat} the VAT within {@code lineTotal},
     * {@code vatTreatment} how VAT applies.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record LineJson(UUID offerId, String board, String revision, OfferKind kind, int quantity, Money unitPrice,
            Money lineTotal, List<PartJson> suppliedParts, BigDecimal vatRate, Money vat, VatTreatment vatTreatment) {
    }

    record PartJson(String reference, String mpn) {
    }

    /** A professional buyer's company, and what VIES last answered about its VAT number, and when. */
    record CompanyJson(String name, String vatNumber, VatVerification.Outcome vatCheck, Instant vatCheckedAt) {
    }

    /** A warning acknowledged when ordering, with the version of the text the buyer read. */
    record AcknowledgementJson(String code, String textVersion) {
    }

    record AddressJson(String name, String line1, String line2, String postalCode, String city, String country) {
    }

    static OrderJson of(Order order) {
        return of(order, new OrderDocuments(Optional.empty(), List.of()));
    }

    static OrderJson of(Order order, OrderDocuments documents) {
        var address = order.shippingAddress();
        return new OrderJson(order.id(), order.status(), order.destination().value(), order.buyerType(),
                order.paymentMethod(), order.total(),
                IntStream.range(0, order.lines().size()).mapToObj(i -> {
                    OrderLine line = order.lines().get(i);
                    return new LineJson(line.offerId(), line.boardSlug(), line.revisionLabel(), line.kind(), line.quantity(),
                            order.unitPrice(line), order.unitPrice(line).times(line.quantity()),
                            order.suppliedParts(i).stream().map(part -> new PartJson(part.reference(), part.mpn())).toList(),
                            BigDecimal.valueOf(line.vatRateBasisPoints(), 2), order.vat(line), line.vatTreatment());
                }).toList(),
                new AddressJson(address.name(), address.line1(), address.line2(), address.postalCode(), address.city(),
                        address.country().value()),
                order.placedAt(), documents.invoiceNumber().orElse(null), order.acknowledgements().stream()
                        .map(given -> new AcknowledgementJson(given.code(), given.textVersion())).toList(),
                order.professional().map(company -> new CompanyJson(company.companyName(), company.vatNumber(),
                        company.vatCheck(), company.checkedAt())).orElse(null),
                order.paymentReference(), order.reserved() ? order.reservationExpiresAt().orElse(null) : null,
                order.payment().map(payment -> payment.at()).orElse(null), order.refunded(),
                order.shipment().map(shipment -> new ShipmentJson(shipment.carrier(), shipment.trackingNumber(),
                        shipment.at(), order.leftoverParts().orElse(null))).orElse(null),
                order.steps().stream().map(step -> new StepJson(step.status(), step.event(), step.at(), step.note())).toList(),
                order.vatTotal(), order.lines().stream().map(OrderLine::vatTreatment).distinct()
                        .filter(treatment -> treatment.mention().isPresent()).toList(),
                documents.creditNotes(),
                order.shipping(), order.shippingMethod().orElse(null), order.termsAcceptedAt().orElse(null),
                order.assemblyConsentAt().orElse(null), null, order.hasDonation() ? order.donation() : null,
                order.amountDue());
    }

    /** The same order, with the page where its buyer pays by card. */
    OrderJson withCheckoutUrl(String url) {
        return new OrderJson(id, status, destinationCountry, buyerType, paymentMethod, total, lines, shippingAddress,
                placedAt, invoiceNumber, acknowledgements, company, paymentReference, reservedUntil, paidAt, refunded,
                shipment, history, vatTotal, vatMentions, creditNotes, shipping, shippingMethod, termsAcceptedAt,
                assemblyServiceConsentAt, url, donation, amountDue);
    }
}
