package org.openspacemakers.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where mail goes, as the store's configuration decides: to the SMTP server Spring Mail is given
 * ({@code spring.mail.host}), here GreenMail; with none, into {@code .eml} files under
 * {@code $MARKETPLACE_DATA_DIR/mail/}. The store's mail configuration runs in a small context of
 * its own beside Boot's mail auto-configuration, on the core's test database.
 */
@CoreTest
class MailTransportsTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Mails mails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path dataDir;

    private ApplicationContextRunner store() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
                .withUserConfiguration(MailConfiguration.class)
                .withBean(JdbcTemplate.class, () -> jdbc)
                .withBean(Clock.class, () -> Clock.offset(Clock.systemUTC(), java.time.Duration.ofSeconds(2)))
                .withPropertyValues("marketplace.data-dir=" + dataDir, "marketplace.association.email=contact@association.example");
    }

    @Test
    void sendsThroughTheSmtpServerSpringMailIsGiven() throws Exception {
        String domain = Deliveries.freshDomain();
        Mail mail = Mail.text("test:" + domain, "ada@" + domain, Locale.FRENCH, "Commande reçue", "Merci, à bientôt !");
        Deliveries.queued(mails, new TransactionTemplate(transactions), List.of(mail));

        store().withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort())
                .run(context -> {
                    assertThat(context.getBean(MailTransport.class)).isInstanceOf(SmtpTransport.class);
                    Deliveries.drain(context.getBean(MailDelivery.class));
                });

        List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equals(mail.recipient())).toList();
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("Commande reçue");
        assertThat(message.getFrom()[0].toString()).isEqualTo("contact@association.example");
        assertThat(((String) message.getContent()).strip()).isEqualTo("Merci, à bientôt !");
        assertThat(message.getHeader("Content-Language")).containsExactly("fr");
        assertThat(message.getMessageID()).startsWith("<" + mails.byKey(mail.key()).orElseThrow().id() + "@");
        assertThat(mails.byKey(mail.key()).orElseThrow().status()).isEqualTo(Mails.Status.SENT);
    }

    @Test
    void withoutAServerEachMessageIsWrittenAsAnEmlFileInTheDataFolder() throws Exception {
        String domain = Deliveries.freshDomain();
        Mail mail = Mail.text("test:" + domain, "ada@" + domain, Locale.ENGLISH, "Order received", "Thank you.\nSee you soon.");
        UUID id = Deliveries.queued(mails, new TransactionTemplate(transactions), List.of(mail)).get(0);

        store().withPropertyValues("marketplace.mail.from=Open Space Makers <shop@association.example>").run(context -> {
            assertThat(context.getBean(MailTransport.class)).isInstanceOf(EmlFolder.class);
            Deliveries.drain(context.getBean(MailDelivery.class));
        });

        Path file = dataDir.resolve("mail").resolve(id + ".eml");
        assertThat(file).exists();
        try (Stream<Path> files = Files.list(dataDir.resolve("mail"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("whole files only, each named by its outbox id")
                    .allMatch(name -> name.matches("[0-9a-f-]{36}\\.eml"));
        }
        MimeMessage message;
        try (InputStream in = Files.newInputStream(file)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(recipient(message)).isEqualTo(mail.recipient());
        assertThat(message.getFrom()[0].toString()).isEqualTo("Open Space Makers <shop@association.example>");
        assertThat(message.getSubject()).isEqualTo("Order received");
        assertThat(((String) message.getContent()).replace("\r\n", "\n").strip()).isEqualTo("Thank you.\nSee you soon.");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mails.byKey(mail.key()).orElseThrow().status()).isEqualTo(Mails.Status.SENT);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
