package org.openspacemakers.marketplace.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.openspacemakers.marketplace.compliance.VatNumberCheck;
import org.openspacemakers.marketplace.compliance.VatVerification;
import org.openspacemakers.marketplace.compliance.VatVerification.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How VAT numbers are checked: with VIES's REST service when {@code marketplace.vies.url} is set
 * (production), else with a stand-in that never leaves the machine (tests, the demo).
 */
@Configuration(proxyBeanMethods = false)
class VatNumbers {

    @Bean
    VatNumberCheck vatNumberCheck(@Value("${marketplace.vies.url:}") String url,
            @Value("${marketplace.vies.timeout:PT10S}") Duration timeout, Clock clock) {
        return url.isBlank() ? new StandIn(clock) : new Vies(URI.create(url), timeout, clock);
    }

    /**
     * The stand-in for VIES: every number of the right format is valid, except those whose
     * national part ends in {@code 0000} (not valid) or {@code 9999} (VIES unavailable), so that
     * the demo and the tests can show each answer.
     */
    static final class StandIn implements VatNumberCheck {

        private final Clock clock;

        StandIn(Clock clock) {
            this.clock = clock;
        }

        @Override
        public VatVerification check(VatNumber number) {
            Outcome outcome = number.number().endsWith("0000") ? Outcome.INVALID
                    : number.number().endsWith("9999") ? Outcome.UNAVAILABLE : Outcome.VALID;
            return new VatVerification(number, outcome, clock.instant(), outcome == Outcome.VALID ? "STAND-IN" : "");
        }
    }

    /**
     * A client of VIES's REST service ({@code POST check-vat-number} with the member state's prefix
     * and the number). Anything but a clear answer (a time-out, a server error, a member state's
     * service down, too many requests) is {@link Outcome#UNAVAILABLE}: the order waits and is asked
     * about again, never failed or passed on an outage.
     */
    static final class Vies implements VatNumberCheck {

        private static final Logger LOG = LoggerFactory.getLogger(Vies.class);
        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final URI url;
        private final Duration timeout;
        private final Clock clock;
        private final HttpClient http;

        Vies(URI url, Duration timeout, Clock clock) {
            this.url = url;
            this.timeout = timeout;
            this.clock = clock;
            this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        }

        @Override
        public VatVerification check(VatNumber number) {
            String body = JSON.createObjectNode().put("countryCode", number.prefix()).put("vatNumber", number.number())
                    .toString();
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    LOG.warn("VIES answered HTTP {}: the VAT number will be checked again", response.statusCode());
                    return answer(number, Outcome.UNAVAILABLE, "");
                }
                JsonNode answer = JSON.readTree(response.body());
                String error = answer.path("userError").asString("");
                if (answer.path("valid").asBoolean(false)) {
                    return answer(number, Outcome.VALID, answer.path("name").asString(""));
                }
                return error.isEmpty() || error.equals("INVALID") || error.equals("INVALID_INPUT")
                        ? answer(number, Outcome.INVALID, "") : unavailable(number, error);
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("VIES could not be asked ({}): the VAT number will be checked again", e.getClass().getSimpleName());
                return answer(number, Outcome.UNAVAILABLE, "");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer(number, Outcome.UNAVAILABLE, "");
            }
        }

        private VatVerification unavailable(VatNumber number, String error) {
            LOG.warn("VIES could not answer ({}): the VAT number will be checked again", LogText.of(error));
            return answer(number, Outcome.UNAVAILABLE, "");
        }

        private VatVerification answer(VatNumber number, Outcome outcome, String name) {
            return new VatVerification(number, outcome, clock.instant(), name);
        }
    }
}
