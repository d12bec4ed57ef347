package org.openspacemakers.marketplace.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What a team writes about a board; it checks itself so that a board is never half described. */
public record BoardText(String name, String summary, String description, OpenHardwareLicence licence,
        String sourceUrl, Optional<OshwaUid> oshwaUid, Set<String> tags) {

    /** The longest description accepted, in characters of Markdown. */
    public static final int MAX_DESCRIPTION = 20_000;
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9+.-]{0,39}");

    public BoardText {
        name = text(name, "name", 200);
        summary = text(summary, "summary", 1000);
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new ListingRejected("description", "invalid.tooLong", MAX_DESCRIPTION);
        }
        if (licence == null) {
            throw new ListingRejected("licence", "invalid.licence.required");
        }
        sourceUrl = httpsUrl(sourceUrl);
        oshwaUid = oshwaUid == null ? Optional.empty() : oshwaUid;
        Set<String> normalised = new TreeSet<>();
        for (String tag : tags == null ? Set.<String>of() : tags) {
            String t = tag.strip().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(t).matches()) {
                throw new ListingRejected("tags", "invalid.tag", tag);
            }
            normalised.add(t);
        }
        if (normalised.size() > 20) {
            throw new ListingRejected("tags", "invalid.tags", 20);
        }
        tags = Set.copyOf(normalised);
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new ListingRejected(field, "invalid.text", max);
        }
        return value.strip();
    }

    private static String httpsUrl(String value) {
        try {
            URI uri = new URI(value == null ? "" : value.strip());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || value.length() > 500) {
                throw new ListingRejected("sourceUrl", "invalid.sourceUrl");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new ListingRejected("sourceUrl", "invalid.sourceUrl");
        }
    }
}
