package org.openspacemakers.marketplace.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mail.javamail.MimeMessageHelper;

/** A message of the outbox as a node claimed it, and the MIME message it becomes. */
record OutboxMessage(UUID id, String recipient, String language, String subject, String text, String html,
        Instant createdAt, int attempts) {

    private static final Pattern OUTBOX_MESSAGE_ID = Pattern.compile("<([0-9a-f-]{36})@[^>]*>");

    /**
     * The message, ready to send: UTF-8, plain text (with its HTML alternative if any), dated when
     * it was queued. Its Message-ID is made from the outbox's id, so a message sent twice (a node
     * stopped between the SMTP server's acceptance and the outbox's mark) is the same message to
     * the recipient's mail client.
     */
    MimeMessage compose(MimeMessage message, InternetAddress from) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, html != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(recipient);
        helper.setSubject(subject);
        if (html == null) {
            helper.setText(text);
        } else {
            helper.setText(text, html);
        }
        helper.setSentDate(Date.from(createdAt));
        message.setHeader("Content-Language", language);
        // RFC 3834: sent by the store itself, so auto-responders stay quiet.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        message.setHeader("Message-ID", "<" + id + "@" + domainOf(from) + ">");
        return message;
    }

    /** The outbox id a composed message carries in its Message-ID, or null. */
    static String outboxId(MimeMessage message) throws MessagingException {
        String messageId = message.getMessageID();
        if (messageId == null) {
            return null;
        }
        Matcher matcher = OUTBOX_MESSAGE_ID.matcher(messageId);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static String domainOf(InternetAddress from) {
        String address = from.getAddress();
        int at = address.lastIndexOf('@');
        return at < 0 ? "marketplace.invalid" : address.substring(at + 1);
    }
}
