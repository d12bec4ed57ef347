package org.openspacemakers.marketplace.notification;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the delivery tests build: deliveries of their own (a node each) on the core's test
 * database, transports that record or fail, a clock the test moves, and mails to addresses of a
 * domain fresh for each test, as the outbox is shared with every other core test.
 */
final class Deliveries {

    static final MailSettings SETTINGS = new MailSettings("store@core-test.example", 5, Duration.ofMinutes(5),
            Duration.ofMinutes(2), 3, Duration.ofMinutes(1), Duration.ofHours(6), Locale.ENGLISH, "");

    private Deliveries() {
    }

    static MailDelivery node(String name, JdbcTemplate jdbc, MailTransport transport, Clock clock) {
        return node(name, jdbc, transport, clock, SETTINGS);
    }

    static MailDelivery node(String name, JdbcTemplate jdbc, MailTransport transport, Clock clock, MailSettings settings) {
        return new MailDelivery(jdbc, transport, settings, MailConfiguration.from(settings.from()), clock, name);
    }

    /**
     * Sends until nothing is due: the outbox holds other tests' messages too, which a batch may
     * reach first. Returns how many messages the node claimed.
     */
    static int drain(MailDelivery node) {
        int claimed = 0;
        for (int round = node.deliverDue(), rounds = 1; round > 0; round = node.deliverDue(), rounds++) {
            claimed += round;
            if (rounds > 10_000) {
                throw new IllegalStateException("the outbox never ran dry");
            }
        }
        return claimed;
    }

    /** A domain no other test writes to. */
    static String freshDomain() {
        return "d" + UUID.randomUUID().toString().substring(0, 8) + ".test.example";
    }

    /** Queues the mails, committed, and gives their ids in the outbox. */
    static List<UUID> queued(Mails mails, TransactionTemplate transaction, List<Mail> queued) {
        transaction.executeWithoutResult(status -> queued.forEach(mails::enqueue));
        return queued.stream().map(mail -> mails.byKey(mail.key()).orElseThrow().id()).toList();
    }

    static Mail mail(String domain, int n) {
        return Mail.text("test:" + domain + ":" + n, "buyer" + n + "@" + domain, Locale.ENGLISH, "Message " + n,
                "Body of message " + n);
    }

    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * A transport that keeps every message handed to it, from any thread, and fails those its
     * predicate picks (by recipient) with a refusal of the kind an SMTP server gives.
     */
    static class Recording implements MailTransport {

        final Queue<MimeMessage> sent = new ConcurrentLinkedQueue<>();
        private final Session session = Session.getInstance(new Properties());
        private final Predicate<String> fails;

        Recording() {
            this(recipient -> false);
        }

        Recording(Predicate<String> fails) {
            this.fails = fails;
        }

        @Override
        public MimeMessage newMessage() {
            return new MimeMessage(session);
        }

        @Override
        public void send(MimeMessage message) throws Exception {
            String recipient = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            if (fails.test(recipient)) {
                throw new jakarta.mail.MessagingException("451 4.3.0 " + recipient + " try again later");
            }
            sent.add(message);
        }

        /** How many times the message with this outbox id was sent. */
        long times(UUID id) {
            return sent.stream().filter(message -> id.toString().equals(outboxId(message))).count();
        }

        private static String outboxId(MimeMessage message) {
            try {
                return OutboxMessage.outboxId(message);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String describe() {
            return "a test's recording";
        }
    }
}
