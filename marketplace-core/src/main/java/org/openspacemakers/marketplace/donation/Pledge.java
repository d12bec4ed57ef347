package org.openspacemakers.marketplace.donation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/**
 * A donation as the donor gives it: the amount, their name and e-mail, their postal address (asked
 * only when the receipt is a tax receipt, which must name it), the donor's account if they are
 * signed in, the language they read and, when a company gives, the company (its name is the
 * donor's name). {@link #checked} names every field at fault at once.
 *
 * @param amount  null when the donor chose none or typed something that is not an amount
 * @param userId  null for a donor not signed in
 * @param company null when a person gives
 */
public record Pledge(Money amount, String name, String email, String line1, String line2, String postalCode,
        String city, String country, UUID userId, Locale language, DonorCompany company) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_LINE = 200;
    public static final int MAX_POSTAL_CODE = 20;
    public static final int MAX_CITY = 100;

    public Pledge {
        name = stripped(name);
        email = stripped(email);
        line1 = stripped(line1);
        line2 = stripped(line2);
        postalCode = stripped(postalCode);
        city = stripped(city);
        country = stripped(country).toUpperCase(Locale.ROOT);
        language = language == null ? Locale.ENGLISH : language;
    }

    /** A person's pledge. */
    public Pledge(Money amount, String name, String email, String line1, String line2, String postalCode, String city,
            String country, UUID userId, Locale language) {
        this(amount, name, email, line1, line2, postalCode, city, country, userId, language, null);
    }

    /**
     * The pledge if the association can take it: an amount within the settings' bounds, a name, an
     * e-mail address and, when receipts are tax receipts, a whole postal address and, for a
     * company, its legal form and SIREN number (a company is told apart only on a tax receipt).
     *
     * @throws InvalidInput naming every field at fault ({@code amount}, {@code name}, {@code email},
     *                      {@code line1}, {@code line2}, {@code postalCode}, {@code city}, {@code country},
     *                      {@code donorKind}, {@code legalForm}, {@code companyId})
     */
    Pledge checked(DonationSettings settings) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (amount == null || !settings.accepts(amount)) {
            problems.add(InvalidInput.Problem.of("amount", "invalid.donation.amount", settings.smallest().decimal(),
                    settings.largest().decimal()));
        }
        text(name, "name", MAX_NAME, true, problems);
        if (email.isEmpty()) {
            problems.add(InvalidInput.Problem.of("email", "invalid.required"));
        } else if (email.length() > MAX_EMAIL || !email.matches("[^\\s@\\p{Cc}]+@[^\\s@\\p{Cc}]+\\.[^\\s@\\p{Cc}]+")) {
            problems.add(InvalidInput.Problem.of("email", "invalid.email"));
        }
        boolean address = settings.taxReceipts();
        text(line1, "line1", MAX_LINE, address, problems);
        text(line2, "line2", MAX_LINE, false, problems);
        text(postalCode, "postalCode", MAX_POSTAL_CODE, address, problems);
        text(city, "city", MAX_CITY, address, problems);
        if (address && country.isEmpty()) {
            problems.add(InvalidInput.Problem.of("country", "invalid.required"));
        } else if (!country.isEmpty() && !CountryCode.isValid(country)) {
            problems.add(InvalidInput.Problem.of("country", "invalid.country"));
        }
        if (company != null && !address) {
            problems.add(InvalidInput.Problem.of("donorKind", "invalid.value"));
        } else if (company != null) {
            text(company.legalForm(), "legalForm", DonorCompany.MAX_LEGAL_FORM, true, problems);
            if (company.identifier().isEmpty()) {
                problems.add(InvalidInput.Problem.of("companyId", "invalid.required"));
            } else if (!company.hasSiren()) {
                problems.add(InvalidInput.Problem.of("companyId", "invalid.siren"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return this;
    }

    private static void text(String value, String field, int longest, boolean required, List<InvalidInput.Problem> problems) {
        if (required && value.isEmpty()) {
            problems.add(InvalidInput.Problem.of(field, "invalid.required"));
        } else if (value.length() > longest) {
            problems.add(InvalidInput.Problem.of(field, "invalid.tooLong", longest));
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(InvalidInput.Problem.of(field, "invalid.value"));
        }
    }

    private static String stripped(String value) {
        return value == null ? "" : value.strip();
    }
}
