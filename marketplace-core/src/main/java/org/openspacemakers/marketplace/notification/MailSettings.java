package org.openspacemakers.marketplace.notification;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox is delivered ({@code marketplace.mail.*}). The SMTP server itself is Spring's
 * ({@code spring.mail.host}, {@code SPRING_MAIL_HOST} and friends); without one, messages are
 * written as {@code .eml} files under {@code $MARKETPLACE_DATA_DIR/mail/}.
 *
 * @param from the sender's address; the association's ({@code marketplace.association.email}) when unset
 * @param batch how many messages a node claims at a time
 * @param claimFor how long a claim keeps other nodes off a message; a node sends a claimed message only
 *        while {@code sendTimeout} is left of it, so that nobody else can claim it in mid-send
 * @param sendTimeout the longest one SMTP exchange may take (the SMTP client's timeouts stay below it)
 * @param maxAttempts attempts after which a message is kept as FAILED and no longer tried
 * @param firstRetryAfter the wait after a first failure; it doubles with each further one, up to {@code maxRetryAfter}
 * @param teamLanguage the language of messages to teams (accounts keep no language yet)
 * @param publicUrl the store's address as buyers reach it ({@code MARKETPLACE_PUBLIC_URL}), for links; none when empty
 */
@ConfigurationProperties("marketplace.mail")
record MailSettings(String from, Integer batch, Duration claimFor, Duration sendTimeout, Integer maxAttempts,
        Duration firstRetryAfter, Duration maxRetryAfter, Locale teamLanguage, String publicUrl) {

    MailSettings {
        from = from == null || from.isBlank() ? "" : from.strip();
        batch = batch == null ? 20 : batch;
        claimFor = claimFor == null ? Duration.ofMinutes(5) : claimFor;
        sendTimeout = sendTimeout == null ? Duration.ofMinutes(2) : sendTimeout;
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
        firstRetryAfter = firstRetryAfter == null ? Duration.ofMinutes(1) : firstRetryAfter;
        maxRetryAfter = maxRetryAfter == null ? Duration.ofHours(6) : maxRetryAfter;
        teamLanguage = teamLanguage == null ? Locale.ENGLISH : teamLanguage;
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        if (batch < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("marketplace.mail.batch and marketplace.mail.max-attempts are at least 1");
        }
        if (sendTimeout.compareTo(claimFor) >= 0) {
            throw new IllegalArgumentException("marketplace.mail.claim-for (" + claimFor
                    + ") must be longer than marketplace.mail.send-timeout (" + sendTimeout + ")");
        }
    }

    /** The wait before the next attempt, after this many failed ones. */
    Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
