package org.openspacemakers.marketplace.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.openspacemakers.marketplace.catalog.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the store's e-mails ({@code notification/mails*.properties}, English and French),
 * kept apart from the pages' messages, with amounts and dates written as each language writes them.
 * A language other than French reads English.
 */
@Component
class MailTexts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final String association;

    MailTexts(@Value("${marketplace.association.name:Open Space Makers}") String association) {
        messages.setBasename("notification/mails");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        this.association = association;
    }

    String text(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, language);
    }

    /**
     * A subject line: one line (what a team typed, such as a board's name, may not break it) of at
     * most {@link Mail#MAX_SUBJECT_LENGTH} characters.
     */
    String subject(String code, Locale language, Object... arguments) {
        String line = text(code, language, arguments).replaceAll("\\p{Cc}+", " ").strip();
        return line.length() > Mail.MAX_SUBJECT_LENGTH ? line.substring(0, Mail.MAX_SUBJECT_LENGTH - 3) + "..." : line;
    }

    /** The closing lines: the signature delimiter and the association's name. */
    String signature(Locale language) {
        return text("signature", language, association);
    }

    String money(Money amount, Locale language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language);
        format.setCurrency(amount.currency());
        format.setMinimumFractionDigits(amount.currency().getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(amount.amountMinor(), amount.currency().getDefaultFractionDigits()));
    }

    String date(Instant instant, Locale language) {
        return date(LocalDate.ofInstant(instant, ZoneOffset.UTC), language);
    }

    String date(LocalDate day, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(day);
    }
}
