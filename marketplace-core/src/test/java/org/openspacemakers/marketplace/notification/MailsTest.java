package org.openspacemakers.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox is written in the caller's transaction: a message exists exactly when the change it tells about committed. */
@CoreTest
class MailsTest {

    @Autowired
    Mails mails;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aMessageQueuedInATransactionThatRollsBackLeavesNothing() {
        Mail mail = Deliveries.mail(Deliveries.freshDomain(), 1);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(mails.enqueue(mail)).isTrue();
            assertThat(mails.byKey(mail.key())).as("seen inside its transaction").isPresent();
            status.setRollbackOnly();
        });

        assertThat(mails.byKey(mail.key())).isEmpty();
    }

    @Test
    void aMessageQueuedInATransactionThatCommitsWaitsToBeSent() {
        Mail mail = Deliveries.mail(Deliveries.freshDomain(), 1);

        new TransactionTemplate(transactions).executeWithoutResult(status -> mails.enqueue(mail));

        Mails.QueuedMail queued = mails.byKey(mail.key()).orElseThrow();
        assertThat(queued.status()).isEqualTo(Mails.Status.PENDING);
        assertThat(queued.recipient()).isEqualTo(mail.recipient());
        assertThat(queued.subject()).isEqualTo(mail.subject());
        assertThat(queued.text()).isEqualTo(mail.text());
        assertThat(queued.attempts()).isZero();
    }

    @Test
    void refusesToQueueOutsideATransaction() {
        assertThatThrownBy(() -> mails.enqueue(Deliveries.mail(Deliveries.freshDomain(), 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theSameFactIsQueuedOnce() {
        String domain = Deliveries.freshDomain();
        Mail first = Deliveries.mail(domain, 1);
        Mail again = Mail.text(first.key(), "someone-else@" + domain, Locale.FRENCH, "Autre", "Autre texte");
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> assertThat(mails.enqueue(first)).isTrue());
        transaction.executeWithoutResult(status -> assertThat(mails.enqueue(again)).isFalse());

        assertThat(mails.byKey(first.key()).orElseThrow().recipient()).isEqualTo(first.recipient());
    }

    @Test
    void aSubjectIsOneLine() {
        assertThatThrownBy(() -> Mail.text("test:subject", "a@b.example", Locale.ENGLISH, "Hello\r\nBcc: x@y.example", "text"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
