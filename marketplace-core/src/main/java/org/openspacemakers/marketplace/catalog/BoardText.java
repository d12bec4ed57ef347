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
            throw new ListingRejected("description", "the description has at most " + MAX_DESCRIPTION + " characters");
        }
        if (licence == null) {
            throw new ListingRejected("licence", "a licence is required");
        }
        sourceUrl = httpsUrl(sourceUrl);
        oshwaUid = oshwaUid == null ? Optional.empty() : oshwaUid;
        Set<String> normalised = new TreeSet<>();
        for (String tag : tags == null ? Set.<String>of() : tags) {
            String t = tag.strip().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(t).matches()) {
                throw new ListingRejected("tags", "a tag is 1 to 40 lower-case letters, digits, '+', '.' or '-': " + tag);
            }
            normalised.add(t);
        }
        if (normalised.size() > 20) {
            throw new ListingRejected("tags", "a board has at most 20 tags");
        }
        tags = Set.copyOf(normalised);
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new ListingRejected(field, "the " + field + " has 1 to " + max + " characters");
        }
        return value.strip();
    }

    private static String httpsUrl(String value) {
        try {
            URI uri = new URI(value == null ? "" : value.strip());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || value.length() > 500) {
                throw new ListingRejected("sourceUrl", "the source URL is an https:// address of the design's repository");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new ListingRejected("sourceUrl", "the source URL is an https:// address of the design's repository");
        }
    }
}
