package org.openspacemakers.marketplace.system;

import java.text.ParseException;
import java.util.Locale;
import org.openspacemakers.marketplace.catalog.Money;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * How pages show and read amounts of money: {@code 149.00 EUR} in every template
 * ({@code ${{offer.price}}}), and a typed amount ({@code 149}, {@code 149,5}, {@code 149.00 EUR})
 * read as {@link Money#parseEuros} reads it. Spring Boot registers every {@code Formatter} bean with
 * Spring MVC's conversion service, which form binding and Thymeleaf's {@code ${{...}}} use.
 */
@Component
class MoneyFormatter implements Formatter<Money> {

    @Override
    public String print(Money money, Locale locale) {
        return money.decimal() + " " + money.currency().getCurrencyCode();
    }

    @Override
    public Money parse(String text, Locale locale) throws ParseException {
        String amount = text.strip().replaceFirst("(?i)\\s*(EUR|€)$", "");
        return Money.parseEuros(amount).orElseThrow(() -> new ParseException("not an amount in euros", 0));
    }
}
