package org.openspacemakers.marketplace.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Stripe's API faked on a local port (WireMock): the tests never reach the network. The store's
 * context is given the fake's address and test secrets ({@link Initializer}); the fake answers as
 * Stripe does for what the store asks (a session per idempotency key, a payment with its charge
 * and fee, a refund per idempotency key, no refunds or sessions listed unless a test says so), and
 * signs webhook events as Stripe would, with the endpoint's secret.
 */
public final class FakeStripe {

    public static final String SECRET_KEY = "sk_test_fake_for_tests_only";
    public static final String WEBHOOK_SECRET = "whsec_test_fake_for_tests_only";
    /** Stripe's fee for every payment, in cents, as the fake's balance transactions give it. */
    public static final long FEE = 85;

    private static WireMockServer server;

    private FakeStripe() {
    }

    /** The fake, started once for every test context that uses it, with Stripe's usual answers. */
    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                    .globalTemplating(true));
            server.start();
            usualAnswers(server);
        }
        return server;
    }

    /** Gives every full test's store the fake's address and test secrets: card payments are on. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> stripe = new LinkedHashMap<>();
            stripe.put("stripe.secret-key", SECRET_KEY);
            stripe.put("stripe.webhook-secret", WEBHOOK_SECRET);
            stripe.put("stripe.api-base", server().baseUrl());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fake-stripe", stripe));
        }
    }

    private static void usualAnswers(WireMockServer fake) {
        fake.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).atPriority(10).willReturn(json("""
                {"id": "cs_test_{{request.headers.[Idempotency-Key]}}", "object": "checkout.session",
                 "url": "https://checkout.stripe.com/c/pay/cs_test_{{request.headers.[Idempotency-Key]}}",
                 "status": "open", "payment_status": "unpaid", "mode": "payment", "currency": "eur",
                 {{formData request.body 'form' urlDecode=true}}"client_reference_id": "{{form.client_reference_id}}",
                 "expires_at": {{form.expires_at}} }""")));
        fake.stubFor(post(urlPathMatching("/v1/checkout/sessions/[^/]+/expire")).atPriority(10).willReturn(json("""
                {"id": "{{request.pathSegments.[3]}}", "object": "checkout.session", "status": "expired",
                 "payment_status": "unpaid", "mode": "payment" }""")));
        fake.stubFor(get(urlPathMatching("/v1/payment_intents/[^/]+")).atPriority(10).willReturn(json("""
                {"id": "{{request.pathSegments.[2]}}", "object": "payment_intent", "status": "succeeded",
                 "latest_charge": {"id": "ch_{{request.pathSegments.[2]}}", "object": "charge",
                   "payment_intent": "{{request.pathSegments.[2]}}",
                   "balance_transaction": {"id": "txn_{{request.pathSegments.[2]}}", "object": "balance_transaction",
                     "fee": %d, "net": 0, "currency": "eur" } } }""".formatted(FEE))));
        fake.stubFor(post(urlPathEqualTo("/v1/refunds")).atPriority(10).willReturn(json("""
                {{formData request.body 'form' urlDecode=true}}{"id": "re_{{request.headers.[Idempotency-Key]}}",
                 "object": "refund", "amount": {{form.amount}}, "currency": "eur", "status": "succeeded",
                 "payment_intent": "{{form.payment_intent}}", "charge": "ch_{{form.payment_intent}}" }""")));
        fake.stubFor(get(urlPathEqualTo("/v1/refunds")).atPriority(10).willReturn(json(emptyList("/v1/refunds"))));
        fake.stubFor(get(urlPathEqualTo("/v1/checkout/sessions")).atPriority(10)
                .willReturn(json(emptyList("/v1/checkout/sessions"))));
    }

    private static String emptyList(String url) {
        return "{\"object\": \"list\", \"data\": [], \"has_more\": false, \"url\": \"" + url + "\"}";
    }

    /** A JSON answer of 200, as Stripe's. */
    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A list answer of these objects. */
    public static String list(String url, String... objects) {
        return "{\"object\": \"list\", \"data\": [" + String.join(",", objects) + "], \"has_more\": false, \"url\": \""
                + url + "\"}";
    }

    /** Stubs a call for one test, ahead of the usual answers; the stub, for the test to remove. */
    public static com.github.tomakehurst.wiremock.stubbing.StubMapping stub(MappingBuilder mapping) {
        return server().stubFor(mapping.atPriority(1));
    }

    /** The requests the store made to this path, oldest first. */
    public static List<LoggedRequest> requests(String method, String path) {
        return server().getAllServeEvents().stream().map(event -> event.getRequest())
                .filter(request -> request.getMethod().getName().equals(method) && request.getUrl().split("\\?")[0].equals(path))
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    /** A form-encoded body's fields, decoded (Stripe's API takes forms: {@code line_items[0][quantity]=1}). */
    public static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    // ---- Webhook events, as Stripe sends them ---------------------------------------------------

    /** An event of this type about this object, with a new id, in the API version stripe-java is pinned to. */
    public static String event(String type, String object, Clock clock) {
        return event("evt_" + UUID.randomUUID().toString().replace("-", ""), type, object, clock);
    }

    public static String event(String id, String type, String object, Clock clock) {
        return """
                {"id": "%s", "object": "event", "api_version": "%s", "created": %d, "livemode": false,
                 "pending_webhooks": 1, "type": "%s", "data": {"object": %s}}""".formatted(id, Stripe.API_VERSION,
                clock.instant().getEpochSecond(), type, object);
    }

    /** A Checkout Session as Stripe's events carry it. */
    public static String session(String id, UUID orderId, long amountTotal, String currency, String status,
            String paymentStatus, String paymentIntent) {
        return """
                {"id": "%s", "object": "checkout.session", "mode": "payment", "amount_total": %d, "currency": "%s",
                 "client_reference_id": %s, "metadata": {%s}, "payment_intent": %s, "payment_status": "%s",
                 "status": "%s"}""".formatted(id, amountTotal, currency, orderId == null ? "null" : "\"" + orderId + "\"",
                orderId == null ? "" : "\"order_id\": \"" + orderId + "\"",
                paymentIntent == null ? "null" : "\"" + paymentIntent + "\"", paymentStatus, status);
    }

    /** A charge as {@code charge.refunded} carries it. */
    public static String charge(String paymentIntent, long amount, long amountRefunded) {
        return """
                {"id": "ch_%s", "object": "charge", "amount": %d, "amount_refunded": %d, "currency": "eur",
                 "payment_intent": "%s", "refunded": %s}""".formatted(paymentIntent, amount, amountRefunded, paymentIntent,
                amount == amountRefunded);
    }

    /** A refund as Stripe lists it. */
    public static String refund(String id, String paymentIntent, long amount) {
        return """
                {"id": "%s", "object": "refund", "amount": %d, "currency": "eur", "status": "succeeded",
                 "payment_intent": "%s", "charge": "ch_%s"}""".formatted(id, amount, paymentIntent, paymentIntent);
    }

    /** The {@code Stripe-Signature} header Stripe would send with this body at this instant. */
    public static String signature(String payload, long epochSecond, String secret) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, secret, epochSecond);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signature(String payload, Clock clock) {
        return signature(payload, clock.instant().getEpochSecond(), WEBHOOK_SECRET);
    }
}
