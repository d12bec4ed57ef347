package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.openspacemakers.marketplace.compliance.VatVerification;
import org.openspacemakers.marketplace.compliance.VatVerification.Outcome;

/**
 * The VIES client against a local HTTP server that answers as VIES's REST service does: a clear
 * answer is taken, anything else (an error, a member state down, a time-out) is "unavailable",
 * never valid nor invalid.
 */
class VatNumbersTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final VatNumber NUMBER = VatNumber.parse("FR40303265045").orElseThrow();

    private HttpServer vies;
    private final AtomicReference<String> received = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = "{}";
    private volatile boolean stall;

    @BeforeEach
    void startVies() throws IOException {
        vies = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        vies.createContext("/check-vat-number", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (stall) {
                // Answers nothing until the client has given up (the exchange is closed when the server stops).
                return;
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        vies.start();
    }

    @AfterEach
    void stopVies() {
        vies.stop(0);
    }

    @Test
    void aValidNumberIsConfirmedWithItsRegisteredNameAndTheTimeOfTheAnswer() {
        answer = """
                {"countryCode":"FR","vatNumber":"40303265045","valid":true,"name":"SA ODIGO","userError":"VALID"}""";

        VatVerification verification = check();

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.registeredName()).isEqualTo("SA ODIGO");
        assertThat(verification.checkedAt()).isEqualTo(NOW);
        assertThat(received.get()).contains("\"countryCode\":\"FR\"").contains("\"vatNumber\":\"40303265045\"");
    }

    @Test
    void aNumberViesDoesNotKnowIsInvalid() {
        answer = "{\"valid\":false,\"userError\":\"INVALID\"}";

        assertThat(check().outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void aMemberStateDownAServerErrorOrNoAnswerInTimeIsUnavailable() {
        answer = "{\"valid\":false,\"userError\":\"MS_UNAVAILABLE\"}";
        assertThat(check().outcome()).isEqualTo(Outcome.UNAVAILABLE);

        status = 500;
        answer = "<html>error</html>";
        assertThat(check().outcome()).isEqualTo(Outcome.UNAVAILABLE);

        status = 200;
        answer = "not json";
        assertThat(check().outcome()).isEqualTo(Outcome.UNAVAILABLE);

        stall = true;
        assertThat(check().outcome()).isEqualTo(Outcome.UNAVAILABLE);
    }

    @Test
    void withoutAnAddressTheStandInAnswersAndNeverLeavesTheMachine() {
        VatNumbers numbers = new VatNumbers();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var standIn = numbers.vatNumberCheck("", Duration.ofSeconds(1), clock);

        assertThat(standIn.check(NUMBER).outcome()).isEqualTo(Outcome.VALID);
        assertThat(standIn.check(VatNumber.parse("DE123450000").orElseThrow()).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(standIn.check(VatNumber.parse("DE123459999").orElseThrow()).outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(received.get()).isNull();
    }

    private VatVerification check() {
        URI url = URI.create("http://127.0.0.1:" + vies.getAddress().getPort() + "/check-vat-number");
        return new VatNumbers().vatNumberCheck(url.toString(), Duration.ofMillis(500), Clock.fixed(NOW, ZoneOffset.UTC))
                .check(NUMBER);
    }
}
