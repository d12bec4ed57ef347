package org.openspacemakers.marketplace.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/**
 * An address as typed, checked field by field with the limits of an order's shipping address
 * ({@code line2} may be empty); every field at fault is named at once.
 */
public record AddressFields(String name, String line1, String line2, String postalCode, String city, String country) {

    public static final int MAX_NAME = 200;
    public static final int MAX_LINE = 200;
    public static final int MAX_POSTAL_CODE = 20;
    public static final int MAX_CITY = 100;

    public AddressFields {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        name = text(name, "name", MAX_NAME, true, problems);
        line1 = text(line1, "line1", MAX_LINE, true, problems);
        line2 = text(line2, "line2", MAX_LINE, false, problems);
        postalCode = text(postalCode, "postalCode", MAX_POSTAL_CODE, true, problems);
        city = text(city, "city", MAX_CITY, true, problems);
        country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (country.isEmpty()) {
            problems.add(InvalidInput.Problem.of("country", "invalid.required"));
        } else if (!CountryCode.isValid(country)) {
            problems.add(InvalidInput.Problem.of("country", "invalid.country"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static String text(String value, String field, int longest, boolean required, List<InvalidInput.Problem> problems) {
        String typed = value == null ? "" : value.strip();
        if (required && typed.isEmpty()) {
            problems.add(InvalidInput.Problem.of(field, "invalid.required"));
        } else if (typed.length() > longest) {
            problems.add(InvalidInput.Problem.of(field, "invalid.tooLong", longest));
        } else if (typed.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(InvalidInput.Problem.of(field, "invalid.value"));
        }
        return typed;
    }
}
