package org.openspacemakers.marketplace.notification;

import java.util.Locale;
import java.util.Objects;

/**
 * A message the store sends: to one address, in one language, plain text (and HTML if given).
 * The key names the fact it tells ({@code order:<id>:PAID}): a message whose key is already in the
 * outbox is not queued again. The store writes these itself, so a malformed one is a programming
 * error ({@link IllegalArgumentException}), never a client's.
 *
 * @param html an HTML alternative to the text, or null
 */
public record Mail(String key, String recipient, Locale language, String subject, String text, String html) {

    public static final int MAX_KEY_LENGTH = 200;
    public static final int MAX_SUBJECT_LENGTH = 300;
    public static final int MAX_BODY_LENGTH = 200_000;

    public Mail {
        if (key == null || !key.matches("[\\x21-\\x7e]{1," + MAX_KEY_LENGTH + "}")) {
            throw new IllegalArgumentException("a mail's key is 1 to " + MAX_KEY_LENGTH + " printable ASCII characters");
        }
        recipient = address(recipient);
        Objects.requireNonNull(language, "language");
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH
                || subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a mail's subject is one line of 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (text == null || text.isBlank() || text.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("a mail's text is 1 to " + MAX_BODY_LENGTH + " characters");
        }
        if (html != null && (html.isBlank() || html.length() > MAX_BODY_LENGTH)) {
            throw new IllegalArgumentException("a mail's HTML is absent or 1 to " + MAX_BODY_LENGTH + " characters");
        }
    }

    /** A plain-text message. */
    public static Mail text(String key, String recipient, Locale language, String subject, String text) {
        return new Mail(key, recipient, language, subject, text, null);
    }

    /**
     * One address, checked loosely: an account's address the SMTP server then refuses still gets
     * its message queued, and kept as FAILED where an administrator sees it, rather than the change
     * it tells about refused.
     */
    private static String address(String recipient) {
        if (recipient == null || !recipient.strip().matches("[^\\s@\\p{Cc}]+@[^\\s@\\p{Cc}]+") || recipient.strip().length() > 254) {
            throw new IllegalArgumentException("a mail goes to one address of at most 254 characters");
        }
        return recipient.strip();
    }
}
