package org.openspacemakers.marketplace.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.openspacemakers.marketplace.payment.StripeEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook: the body read as it came (the signature covers its exact bytes), checked and
 * kept before the answer, applied after it ({@link StripeEvents}). 200 for an event kept, delivered
 * before, or of a type the store ignores; 400 for a bad or stale signature, nothing kept. Stripe
 * calls it without credentials: its signature is its credential.
 */
@RestController
@Tag(name = "Payments")
class StripeWebhookApi {

    static final String PATH = "/api/v1/payments/stripe/webhook";

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookApi.class);

    private final StripeEvents events;

    StripeWebhookApi(StripeEvents events) {
        this.events = events;
    }

    @PostMapping(PATH)
    @Operation(summary = "Stripe: signed events (Stripe-Signature); 400 on a bad or stale signature, 200 for an event already received")
    Map<String, String> receive(@RequestBody(required = false) String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        StripeEvents.Received received = events.receive(payload == null ? "" : payload, signature);
        log.debug("Stripe event {}", received);
        return Map.of("received", received.name());
    }
}
