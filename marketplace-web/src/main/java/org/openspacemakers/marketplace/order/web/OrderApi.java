package org.openspacemakers.marketplace.order.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.order.Placement;
import org.openspacemakers.marketplace.payment.PaymentInstructions;
import org.openspacemakers.marketplace.payment.Payments;
import org.openspacemakers.marketplace.payment.CardCheckouts;
import org.openspacemakers.marketplace.system.StoreAddress;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Placing and reading orders as JSON. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
class OrderApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Orders orders;
    private final Invoices invoices;
    private final Accounts accounts;
    private final Payments payments;
    private final CardCheckouts cardCheckouts;
    private final StoreAddress store;

    OrderApi(Orders orders, Invoices invoices, Accounts accounts, Payments payments, CardCheckouts cardCheckouts,
            StoreAddress store) {
        this.orders = orders;
        this.invoices = invoices;
        this.accounts = accounts;
        this.payments = payments;
        this.cardCheckouts = cardCheckouts;
        this.store = store;
    }

    @PostMapping
    @Operation(summary = "Place an order; the same Idempotency-Key and body again give back the same order; "
            + "a card order's answer carries checkoutUrl, Stripe's page where the buyer pays")
    ResponseEntity<OrderJson> place(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @RequestBody OrderRequest request, @AuthenticationPrincipal SignedInUser buyer, java.util.Locale locale) {
        // A buyer who signed up orders once their address is verified: 403 email-not-verified before.
        accounts.requireVerifiedEmail(buyer.id());
        Placement placement = orders.place(request.toPlaceOrder(buyer.id(), idempotencyKey,
                payments.enabled(PaymentMethod.CARD), locale));
        OrderJson body = OrderJson.of(placement.order());
        if (placement.order().paymentMethod() == PaymentMethod.CARD && placement.order().awaitsPayment()) {
            // Stripe is asked after the order is stored, outside its transaction. Should it fail, the
            // order stands (502): the same request, under the same key, finds it and asks again.
            body = body.withCheckoutUrl(cardCheckouts.open(placement.order(), store.base()).url());
        }
        return ResponseEntity.status(placement.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/orders/" + body.id()))
                .header(IDEMPOTENCY_KEY, idempotencyKey)
                .body(body);
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "An order, to its buyer, an administrator or a member of a team whose board is in it")
    OrderJson order(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser viewer) {
        return orders.findForViewer(orderId, viewer.id(), viewer.hasRole(Role.ADMIN))
                .map(order -> OrderJson.of(order, invoices.documentsOf(order.id())).withCheckoutUrl(
                        payments.instructions(order).map(PaymentInstructions::checkoutUrl).orElse(null)))
                .orElseThrow(NotFound::new);
    }
}
