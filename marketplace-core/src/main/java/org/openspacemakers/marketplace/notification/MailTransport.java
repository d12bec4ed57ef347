package org.openspacemakers.marketplace.notification;

import jakarta.mail.internet.MimeMessage;

/**
 * Where composed messages go: an SMTP server ({@link SmtpTransport}) or a folder of {@code .eml}
 * files ({@link EmlFolder}). Called outside any database transaction.
 */
interface MailTransport {

    /** An empty message, from the session this transport sends with. */
    MimeMessage newMessage();

    /** Hands the message on; returns once it is accepted, or throws. */
    void send(MimeMessage message) throws Exception;

    /** What this transport is, for the start-up log line: no secret. */
    String describe();
}
