package org.openspacemakers.marketplace.payment;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Card payments through Stripe ({@code stripe.*}, from the environment: {@code STRIPE_SECRET_KEY},
 * {@code STRIPE_WEBHOOK_SECRET}, {@code STRIPE_API_BASE}). On only when both secrets are set; the
 * store then offers card payments beside the bank transfer. The secrets never appear in this
 * record's text, so a logged configuration shows whether they are set, never what they are.
 *
 * @param secretKey the API's secret key ({@code sk_test_...} in test mode, {@code sk_live_...} or a restricted {@code rk_...} key)
 * @param webhookSecret the webhook endpoint's signing secret ({@code whsec_...})
 * @param apiBase Stripe's API address (its own by default; a local fake for tests and demos)
 */
@ConfigurationProperties("stripe")
public record StripeSettings(String secretKey, String webhookSecret, URI apiBase) {

    static final URI STRIPE_API = URI.create("https://api.stripe.com");

    public StripeSettings {
        secretKey = secretKey == null ? "" : secretKey.strip();
        webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
        apiBase = apiBase == null || apiBase.toString().isBlank() ? STRIPE_API : apiBase;
    }

    /** Whether card payments are on: both secrets set. */
    public boolean enabled() {
        return !secretKey.isEmpty() && !webhookSecret.isEmpty();
    }

    @Override
    public String toString() {
        return "StripeSettings[secretKey=" + (secretKey.isEmpty() ? "unset" : "set") + ", webhookSecret="
                + (webhookSecret.isEmpty() ? "unset" : "set") + ", apiBase=" + apiBase + "]";
    }
}
