package org.openspacemakers.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.coretest.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending the outbox after commit, on several nodes at once, on the real database: each message
 * is sent once, a failure is tried again later and never lost, and a message another node is
 * sending is left to it. Each test's deliveries are nodes of their own; since the outbox is shared
 * with the other core tests, each looks only at its own messages.
 */
@CoreTest
class MailDeliveryTest {

    @Autowired
    Mails mails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** A little after the messages were queued: MariaDB may keep their time rounded up to the second. */
    private Deliveries.MovingClock clock() {
        return new Deliveries.MovingClock(Instant.now().plusSeconds(2));
    }

    @Test
    void twoNodesSendingAtOnceSendEachMessageOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String domain = Deliveries.freshDomain();
            List<UUID> ids = Deliveries.queued(mails, new TransactionTemplate(transactions),
                    IntStream.range(0, 40).mapToObj(n -> Deliveries.mail(domain, n)).toList());
            Deliveries.Recording transport = new Deliveries.Recording();
            Deliveries.MovingClock clock = clock();
            MailDelivery first = Deliveries.node("node-a", jdbc, transport, clock);
            MailDelivery second = Deliveries.node("node-b", jdbc, transport, clock);

            List<Race.Outcome<Integer>> outcomes = Race.run(List.of(() -> Deliveries.drain(first), () -> Deliveries.drain(second)));

            assertThat(outcomes).as(Race.describe(outcomes)).allMatch(Race.Outcome::succeeded);
            assertThat(ids).as("each message sent exactly once").allSatisfy(id -> assertThat(transport.times(id)).isEqualTo(1));
            assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo("SENT"));
        }
    }

    @Test
    void aFailedSendIsTriedAgainAfterItsWaitAndNotLost() {
        String domain = Deliveries.freshDomain();
        UUID id = Deliveries.queued(mails, new TransactionTemplate(transactions), List.of(Deliveries.mail(domain, 1))).get(0);
        Deliveries.MovingClock clock = clock();
        Deliveries.Recording down = new Deliveries.Recording(recipient -> recipient.endsWith("@" + domain));
        Deliveries.Recording up = new Deliveries.Recording();

        Deliveries.drain(Deliveries.node("node-a", jdbc, down, clock));

        Mails.QueuedMail failed = mails.byKey("test:" + domain + ":1").orElseThrow();
        assertThat(failed.status()).isEqualTo(Mails.Status.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("MessagingException (SMTP 451)").doesNotContain(domain);

        Deliveries.drain(Deliveries.node("node-b", jdbc, up, clock));
        assertThat(up.times(id)).as("not before its wait").isZero();

        clock.advance(Deliveries.SETTINGS.firstRetryAfter());
        Deliveries.drain(Deliveries.node("node-b", jdbc, up, clock));

        assertThat(up.times(id)).isEqualTo(1);
        Mails.QueuedMail sent = mails.byKey("test:" + domain + ":1").orElseThrow();
        assertThat(sent.status()).isEqualTo(Mails.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    void afterTheLastAttemptAMessageIsKeptAsFailedAndNoLongerTried() {
        String domain = Deliveries.freshDomain();
        UUID id = Deliveries.queued(mails, new TransactionTemplate(transactions), List.of(Deliveries.mail(domain, 1))).get(0);
        Deliveries.MovingClock clock = clock();
        Deliveries.Recording down = new Deliveries.Recording(recipient -> recipient.endsWith("@" + domain));
        MailDelivery node = Deliveries.node("node-a", jdbc, down, clock);

        for (int attempt = 1; attempt <= Deliveries.SETTINGS.maxAttempts(); attempt++) {
            Deliveries.drain(node);
            clock.advance(Deliveries.SETTINGS.maxRetryAfter());
        }
        Deliveries.Recording up = new Deliveries.Recording();
        Deliveries.drain(Deliveries.node("node-b", jdbc, up, clock));

        assertThat(up.times(id)).isZero();
        Mails.QueuedMail kept = mails.byKey("test:" + domain + ":1").orElseThrow();
        assertThat(kept.status()).isEqualTo(Mails.Status.FAILED);
        assertThat(kept.attempts()).isEqualTo(Deliveries.SETTINGS.maxAttempts());
        assertThat(mails.failed()).extracting(Mails.QueuedMail::id).contains(id);
    }

    /**
     * While a node sends a message, its claim keeps the others off it; a node that stopped in
     * mid-send leaves a claim that runs out, and then another node sends the message.
     */
    @Test
    void aMessageAnotherNodeIsSendingIsLeftToItUntilItsClaimRunsOut() throws Exception {
        String domain = Deliveries.freshDomain();
        UUID id = Deliveries.queued(mails, new TransactionTemplate(transactions), List.of(Deliveries.mail(domain, 1))).get(0);
        Deliveries.MovingClock clock = clock();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Deliveries.Recording stalling = new Deliveries.Recording() {
            @Override
            public void send(MimeMessage message) throws Exception {
                if (message.getAllRecipients()[0].toString().endsWith("@" + domain)) {
                    sending.countDown();
                    stopped.await(60, TimeUnit.SECONDS);
                    throw new IllegalStateException("the node stopped");
                }
                super.send(message);
            }
        };
        CompletableFuture<Integer> stuck = CompletableFuture.supplyAsync(
                () -> Deliveries.drain(Deliveries.node("node-a", jdbc, stalling, clock)));
        try {
            assertThat(sending.await(60, TimeUnit.SECONDS)).isTrue();
            Deliveries.Recording other = new Deliveries.Recording();

            Deliveries.drain(Deliveries.node("node-b", jdbc, other, clock));
            assertThat(other.times(id)).as("claimed by node-a").isZero();

            Deliveries.MovingClock later = new Deliveries.MovingClock(clock.instant().plus(Deliveries.SETTINGS.claimFor()));
            Deliveries.drain(Deliveries.node("node-b", jdbc, other, later));
            assertThat(other.times(id)).as("node-a's claim ran out").isEqualTo(1);
            assertThat(status(id)).isEqualTo("SENT");
        } finally {
            stopped.countDown();
            stuck.handle((claimed, failure) -> null).get(60, TimeUnit.SECONDS);
        }
        assertThat(status(id)).as("node-a's late failure changes nothing").isEqualTo("SENT");
    }

    /**
     * A business transaction that queues several messages (a payment's alert to each administrator)
     * while a node claims: the claim may wait for the first message's row, never the other way
     * round, and it sends what was committed once the transaction ends. At REPEATABLE READ the
     * claim's gap locks held the second message while it waited for the first: a deadlock, which
     * the database settled by rolling one back, sometimes the payment.
     */
    @Test
    void aClaimWaitingForAMessageStillBeingQueuedNeverHoldsUpTheTransactionQueueingIt() throws Exception {
        String domain = Deliveries.freshDomain();
        UUID committed = Deliveries.queued(mails, new TransactionTemplate(transactions),
                List.of(Deliveries.mail(domain, 0))).get(0);
        Deliveries.Recording transport = new Deliveries.Recording();
        MailDelivery node = Deliveries.node("node-a", jdbc, transport, clock());
        List<CompletableFuture<Integer>> claiming = new ArrayList<>();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            mails.enqueue(Deliveries.mail(domain, 1));
            claiming.add(CompletableFuture.supplyAsync(() -> Deliveries.drain(node)));
            LockWaits.awaitRunningOrDone(jdbc, "update mail_outbox set claimed_by", claiming.get(0));
            mails.enqueue(Deliveries.mail(domain, 2));
        });

        assertThat(claiming.get(0).get(60, TimeUnit.SECONDS)).as("the claim was not given up").isPositive();
        assertThat(transport.times(committed)).as("what was committed is sent").isEqualTo(1);
        Deliveries.drain(node);
        assertThat(List.of(0, 1, 2)).as("every message sent once").allSatisfy(n -> assertThat(
                transport.times(mails.byKey("test:" + domain + ":" + n).orElseThrow().id())).isEqualTo(1));
    }

    @Test
    void neverSendsInsideATransaction() {
        MailDelivery node = Deliveries.node("node-a", jdbc, new Deliveries.Recording(), clock());

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> node.deliverDue()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theWaitDoublesUpToItsBound() {
        MailSettings settings = new MailSettings("a@b.example", 5, Duration.ofMinutes(5), Duration.ofMinutes(2), 20,
                Duration.ofMinutes(1), Duration.ofMinutes(10), Locale.ENGLISH, "");

        assertThat(List.of(1, 2, 3, 4, 5, 12).stream().map(settings::retryAfter).toList()).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(10), Duration.ofMinutes(10));
    }

    private String status(UUID id) {
        return jdbc.queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, id.toString());
    }
}
