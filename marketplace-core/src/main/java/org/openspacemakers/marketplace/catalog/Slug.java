package org.openspacemakers.marketplace.catalog;

import java.util.regex.Pattern;

/** A URL-safe name: lower-case letters, digits and single hyphens, 2 to 80 characters. */
public record Slug(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        if (value == null || value.length() < 2 || value.length() > 80 || !FORMAT.matcher(value).matches()) {
            throw new ListingRejected("slug", "invalid.slug", value);
        }
    }

    public static Slug of(String value) {
        return new Slug(value);
    }
}
