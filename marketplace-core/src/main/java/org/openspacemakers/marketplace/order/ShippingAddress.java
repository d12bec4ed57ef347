package org.openspacemakers.marketplace.order;

import java.util.Objects;
import org.openspacemakers.marketplace.compliance.CountryCode;

/** Where the boards are shipped. {@code line2} may be empty. */
public record ShippingAddress(String name, String line1, String line2, String postalCode, String city,
        CountryCode country) {

    public ShippingAddress {
        name = required(name, "name");
        line1 = required(line1, "line1");
        line2 = line2 == null ? "" : line2.strip();
        postalCode = required(postalCode, "postalCode");
        city = required(city, "city");
        Objects.requireNonNull(country, "country");
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
