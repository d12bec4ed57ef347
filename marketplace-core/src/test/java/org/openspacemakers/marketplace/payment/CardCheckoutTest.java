package org.openspacemakers.marketplace.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;

/** A checkout session's moves: each ends it once, a delayed payment's failure ends a completed one too. */
class CardCheckoutTest {

    private static final Instant OPENED = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void anOpenSessionIsPayableUntilAMinuteBeforeItEnds() {
        CardCheckout checkout = opened();

        assertThat(checkout.payableAt(OPENED.plusSeconds(30 * 60))).isTrue();
        assertThat(checkout.payableAt(OPENED.plusSeconds(59 * 60 + 1))).isFalse();
    }

    @Test
    void completingExpiringOrFailingEndsItOnceAndThenItIsNoLongerPayable() {
        CardCheckout completed = opened();
        CardCheckout expired = opened();

        assertThat(completed.complete()).isTrue();
        assertThat(completed.complete()).isFalse();
        assertThat(completed.expire()).as("a completed session does not expire").isFalse();
        assertThat(completed.status()).isEqualTo(CheckoutStatus.COMPLETE);
        assertThat(completed.payableAt(OPENED)).isFalse();
        assertThat(expired.expire()).isTrue();
        assertThat(expired.complete()).isFalse();
        assertThat(expired.status()).isEqualTo(CheckoutStatus.EXPIRED);
    }

    @Test
    void aDelayedPaymentsFailureEndsASessionCompletedWhileItWaited() {
        CardCheckout waiting = opened();
        waiting.complete();

        assertThat(waiting.fail()).isTrue();
        assertThat(waiting.fail()).isFalse();
        assertThat(waiting.status()).isEqualTo(CheckoutStatus.FAILED);
    }

    @Test
    void secretsNeverShowInTheSettingsText() {
        StripeSettings settings = new StripeSettings("sk_test_secret", "whsec_secret", null);

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.toString()).doesNotContain("sk_test_secret", "whsec_secret").contains("api.stripe.com");
        assertThat(new StripeSettings("sk_test_secret", " ", null).enabled()).as("both secrets are needed").isFalse();
    }

    private static CardCheckout opened() {
        return new CardCheckout("cs_test_1", UUID.randomUUID(), 1, "https://checkout.stripe.com/c/pay/cs_test_1",
                Money.euros(2_500), OPENED, OPENED.plusSeconds(3600));
    }
}
