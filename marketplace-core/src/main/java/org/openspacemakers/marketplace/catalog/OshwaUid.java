package org.openspacemakers.marketplace.catalog;

import java.util.regex.Pattern;

/** An OSHWA open-source hardware certification UID: two country letters and six digits, like FR000012. */
public record OshwaUid(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[0-9]{6}");

    public OshwaUid {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ListingRejected("oshwaUid", "invalid.oshwaUid");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }
}
