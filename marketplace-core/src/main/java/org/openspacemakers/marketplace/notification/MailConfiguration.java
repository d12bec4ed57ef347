package org.openspacemakers.marketplace.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Where mail goes: through Spring Mail's SMTP sender when {@code spring.mail.host} is set (Boot then
 * provides a {@link JavaMailSender}), else into {@code $MARKETPLACE_DATA_DIR/mail/} as {@code .eml}
 * files; and the delivery job, from {@code marketplace.mail.from} (by default the association's address).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, @Value("${marketplace.data-dir:./data}") Path dataDir) {
        JavaMailSender sender = smtp.getIfAvailable();
        MailTransport transport = sender == null ? new EmlFolder(dataDir.resolve("mail"))
                : new SmtpTransport(sender, sender instanceof JavaMailSenderImpl impl ? impl.getHost() + ":" + impl.getPort() : "(JNDI)");
        log.info("E-mail goes to {}", transport.describe());
        return transport;
    }

    @Bean
    MailDelivery mailDelivery(JdbcTemplate jdbc, MailTransport transport, MailSettings settings, Clock clock,
            @Value("${marketplace.association.email:}") String associationEmail) {
        return new MailDelivery(jdbc, transport, settings, from(settings.from().isEmpty() ? associationEmail : settings.from()),
                clock, ManagementFactory.getRuntimeMXBean().getName());
    }

    /** The sender's address, checked at start-up: a store that cannot say who it writes as does not start. */
    static InternetAddress from(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalStateException("Set marketplace.mail.from (MARKETPLACE_MAIL_FROM) or marketplace.association.email:"
                    + " the address the store's e-mail comes from");
        }
        try {
            InternetAddress from = new InternetAddress(address.strip(), true);
            from.validate();
            return from;
        } catch (AddressException e) {
            throw new IllegalStateException("marketplace.mail.from is not a valid e-mail address", e);
        }
    }
}
