package org.openspacemakers.marketplace.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The RoHS exemptions a dossier may claim (Directive 2011/65/EU, Annexes III and IV), kept as data in
 * {@code rohs/exemptions.csv} with its sources in the README next to it. A part's exemption is chosen
 * from this table, so a typo cannot invent one, and how long it holds is the law's for the dossier's
 * RoHS category, not a date the team types.
 */
public final class RohsExemptions {

    private static final Map<String, Exemption> BY_KEY = load("/rohs/exemptions.csv");

    private RohsExemptions() {
    }

    /**
     * One exemption of the table.
     *
     * @param code       as a dossier states it: the annex's number ({@code 7(c)-I}; Annex IV's {@code IV-1})
     * @param validities how long it holds, by category; a category in none is not covered
     * @param source     the act that sets the dates
     */
    public record Exemption(String code, String annex, List<Validity> validities, String source, String scopeEn,
            String scopeFr) {

        /** How long it holds for products of that RoHS category; empty when it does not cover them. */
        public Optional<Validity> validity(int category) {
            return validities.stream().filter(v -> v.categories().contains(category)).findFirst();
        }

        /** The annex's wording, in French for a French reader and in English otherwise. */
        public String scope(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? scopeFr : scopeEn;
        }
    }

    /**
     * How long an exemption holds for some categories.
     *
     * @param lastDay the last day it holds; {@code null} while a renewal applied for in time awaits the
     *                Commission's decision (art. 5(5)): it holds until then, with no day known
     */
    public record Validity(Set<Integer> categories, LocalDate lastDay) {

        public Validity {
            categories = Set.copyOf(categories);
        }

        /** The last day, unless it holds until a pending decision. */
        public Optional<LocalDate> expiry() {
            return Optional.ofNullable(lastDay);
        }
    }

    /** Every exemption of the table, in its order. */
    public static List<Exemption> all() {
        return List.copyOf(BY_KEY.values());
    }

    /** The exemption a dossier names, written with any case or spacing; empty when the table has none. */
    public static Optional<Exemption> find(String code) {
        return Optional.ofNullable(BY_KEY.get(key(code)));
    }

    /**
     * The last day an exemption named in a dossier holds for its category; empty when it names none,
     * when the category is not stated, when the table does not have it for that category (a gap of its
     * own), or when it holds until a pending decision.
     */
    public static Optional<LocalDate> lastDay(String code, Integer category) {
        if (category == null) {
            return Optional.empty();
        }
        return find(code).flatMap(exemption -> exemption.validity(category)).flatMap(Validity::expiry);
    }

    private static String key(String code) {
        return code == null ? "" : code.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Reads the table; a line it cannot read stops the store from starting, naming the line. */
    private static Map<String, Exemption> load(String resource) {
        Map<String, Exemption> exemptions = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(RohsExemptions.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                Exemption exemption = parse(line, resource + ":" + number);
                if (exemptions.putIfAbsent(key(exemption.code()), exemption) != null) {
                    throw new IllegalStateException(resource + ":" + number + ": " + exemption.code() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exemptions;
    }

    private static Exemption parse(String line, String where) {
        String[] fields = line.split(";", -1);
        if (fields.length != 6 || fields[0].isBlank() || !List.of("III", "IV").contains(fields[1])
                || fields[4].isBlank() || fields[5].isBlank()) {
            throw new IllegalStateException(where + ": expected code;annex;expires;source;scope_en;scope_fr");
        }
        List<Validity> validities = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String group : fields[2].strip().split("\\s+")) {
            String[] parts = group.split(":");
            if (parts.length != 2) {
                throw new IllegalStateException(where + ": expected CATEGORIES:LAST-DAY, not " + group);
            }
            Set<Integer> categories = categories(parts[0], where);
            if (categories.stream().anyMatch(c -> !seen.add(c))) {
                throw new IllegalStateException(where + ": a category in two groups");
            }
            validities.add(new Validity(categories, parts[1].equals("pending") ? null : LocalDate.parse(parts[1])));
        }
        return new Exemption(fields[0].strip(), fields[1], List.copyOf(validities), fields[3].strip(), fields[4].strip(),
                fields[5].strip());
    }

    private static Set<Integer> categories(String list, String where) {
        Set<Integer> categories = new TreeSet<>();
        for (String item : list.split(",")) {
            String[] range = item.split("-");
            int from = Integer.parseInt(range[0]);
            int to = Integer.parseInt(range[range.length - 1]);
            if (range.length > 2 || from < 1 || to > 11 || from > to) {
                throw new IllegalStateException(where + ": not RoHS categories: " + list);
            }
            for (int c = from; c <= to; c++) {
                categories.add(c);
            }
        }
        return categories;
    }
}
