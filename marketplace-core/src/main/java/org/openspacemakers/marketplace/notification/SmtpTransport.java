package org.openspacemakers.marketplace.notification;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through Spring Mail's SMTP sender, configured by {@code spring.mail.*}. */
final class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String server;

    SmtpTransport(JavaMailSender sender, String server) {
        this.sender = sender;
        this.server = server;
    }

    @Override
    public MimeMessage newMessage() {
        return sender.createMimeMessage();
    }

    /** Spring's sender keeps a Message-ID set before (the outbox's), as {@link EmlFolder} does. */
    @Override
    public void send(MimeMessage message) {
        sender.send(message);
    }

    @Override
    public String describe() {
        return "SMTP server " + server;
    }
}
