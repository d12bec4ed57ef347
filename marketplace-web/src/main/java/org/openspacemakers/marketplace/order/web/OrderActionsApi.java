package org.openspacemakers.marketplace.order.web;

import static org.openspacemakers.marketplace.order.web.OrderViewers.actor;
import static org.openspacemakers.marketplace.order.web.OrderViewers.visible;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderStep;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.payment.Payments;
import org.springframework.web.bind.annotation.RequestHeader;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The moves of an order's life through the API: an administrator confirms a bank transfer, holds,
 * releases, refunds; the buyer cancels or withdraws; the team fulfils. Each answers 200 with the
 * order's new state, 409 {@code INVALID_STATE} for a move its status does not allow, 404 for an
 * order this person may not see, 403 for an administrator's move by someone else.
 */
@RestController
@RequestMapping("/api/v1/orders/{orderId}")
@Tag(name = "Orders")
class OrderActionsApi {

    private final Orders orders;
    private final Invoices invoices;
    private final Payments payments;

    OrderActionsApi(Orders orders, Invoices invoices, Payments payments) {
        this.orders = orders;
        this.invoices = invoices;
        this.payments = payments;
    }

    /** A reason given with a move. */
    record ReasonRequest(@Size(max = OrderStep.MAX_NOTE_LENGTH) String reason) {
    }

    /** A required reason (a hold). */
    record RequiredReasonRequest(@NotBlank @Size(max = OrderStep.MAX_NOTE_LENGTH) String reason) {
    }

    /** Money paid back, with its reason. */
    record RefundRequest(@NotNull Money amount, @NotBlank @Size(max = OrderStep.MAX_NOTE_LENGTH) String reason) {
    }

    /** The carrier and tracking number of a shipment, and (assembly-only) the buyer's leftover parts sent back with it. */
    record ShipmentRequest(@NotBlank @Size(max = 100) String carrier, @NotBlank @Size(max = 100) String trackingNumber,
            @Size(max = Order.MAX_LEFTOVER_LENGTH) String leftoverParts) {
    }

    @PostMapping("/bank-transfer/confirm")
    @Operation(summary = "Administrators: the order's bank transfer arrived; the order is paid (or ON_HOLD if the gate now refuses a line)")
    OrderJson confirmBankTransfer(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user) {
        return json(orders.confirmBankTransfer(visible(orders, orderId, user), actor(user)));
    }

    @PostMapping("/hold")
    @Operation(summary = "Administrators: stop the order, with the reason the buyer is told")
    OrderJson hold(@PathVariable UUID orderId, @Valid @RequestBody RequiredReasonRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        return json(orders.hold(visible(orders, orderId, user), request.reason(), actor(user)));
    }

    @PostMapping("/release")
    @Operation(summary = "Administrators: let an order on hold go on, once the gate allows it again (409 with reasons otherwise)")
    OrderJson release(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user) {
        return json(orders.release(visible(orders, orderId, user), actor(user)));
    }

    @PostMapping("/refund")
    @Operation(summary = "Administrators: pay money back, whole or partial, with a credit note: a card payment through "
            + "Stripe (an optional Idempotency-Key makes a repeated request refund once), a bank transfer as sent back by hand")
    OrderJson refund(@PathVariable UUID orderId, @Valid @RequestBody RefundRequest request,
            @RequestHeader(name = OrderApi.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @AuthenticationPrincipal SignedInUser user) {
        return json(payments.refund(visible(orders, orderId, user), request.amount(), request.reason(),
                idempotencyKey, actor(user)));
    }

    @PostMapping("/cancel")
    @Operation(summary = "The buyer or an administrator: cancel an order whose assembly has not started")
    OrderJson cancel(@PathVariable UUID orderId, @Valid @RequestBody(required = false) ReasonRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        Order cancelled = orders.cancel(visible(orders, orderId, user), request == null ? "" : request.reason(), actor(user));
        payments.cancelled(cancelled);
        return json(cancelled);
    }

    @PostMapping("/withdrawal")
    @Operation(summary = "A consumer withdraws from a purchase of full kits within 14 days of delivery")
    OrderJson withdraw(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user) {
        return json(orders.withdraw(visible(orders, orderId, user), actor(user)));
    }

    @PostMapping("/parts-received")
    @Operation(summary = "The team: the assembly-only buyer's parts arrived")
    OrderJson partsReceived(@PathVariable UUID orderId, @Valid @RequestBody(required = false) ReasonRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        return json(orders.receiveParts(visible(orders, orderId, user), request == null ? "" : request.reason(), actor(user)));
    }

    @PostMapping("/assembly/start")
    @Operation(summary = "The team starts the assembly")
    OrderJson startAssembly(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user) {
        return json(orders.startAssembly(visible(orders, orderId, user), actor(user)));
    }

    @PostMapping("/tested")
    @Operation(summary = "The team: every unit passed its functional test")
    OrderJson tested(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user) {
        return json(orders.markTested(visible(orders, orderId, user), actor(user)));
    }

    @PostMapping("/shipment")
    @Operation(summary = "The team hands the boards to the carrier (the gate is asked once more: ON_HOLD if it refuses)")
    OrderJson ship(@PathVariable UUID orderId, @Valid @RequestBody ShipmentRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        return json(orders.ship(visible(orders, orderId, user), request.carrier(), request.trackingNumber(),
                request.leftoverParts() == null ? "" : request.leftoverParts(), actor(user)));
    }

    @PostMapping("/delivered")
    @Operation(summary = "The team or an administrator: the boards reached the buyer")
    OrderJson delivered(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user) {
        return json(orders.deliver(visible(orders, orderId, user), actor(user)));
    }



    /** The order's new state, with its invoice and credit notes (a payment or a refund may just have issued one). */
    private OrderJson json(Order order) {
        return OrderJson.of(order, invoices.documentsOf(order.id()));
    }
}
