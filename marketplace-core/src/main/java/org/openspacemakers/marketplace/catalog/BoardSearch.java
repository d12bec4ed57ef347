package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The storefront list as one SQL statement over the boards' listing columns: InnoDB FULLTEXT for
 * words, indexed filters, and keyset pagination (the cursor carries the last row's sort key), so
 * a page costs the same on the first page and the thousandth, at 100,000 boards.
 */
@Component
class BoardSearch {

    /** InnoDB's default smallest indexed word; shorter words cannot be searched. */
    private static final int MIN_WORD = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final EntityManager entityManager;

    BoardSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    BoardPage search(ListingQuery query) {
        BoardQueries.ListStatement built = statement(query);
        var statement = entityManager.createNativeQuery(built.sql());
        for (int i = 0; i < built.parameters().size(); i++) {
            statement.setParameter(i + 1, built.parameters().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = statement.getResultList();
        List<Object[]> page = rows.subList(0, Math.min(query.size(), rows.size()));
        List<BoardSummary> items = page.stream().map(BoardSearch::summary).toList();
        Optional<String> next = rows.size() > query.size()
                ? Optional.of(Cursor.after(page.get(page.size() - 1), query.sort()).encode())
                : Optional.empty();
        return new BoardPage(items, next);
    }

    /** The statement that serves the query, and its parameters in order; a cursor that does not fit is refused here. */
    static BoardQueries.ListStatement statement(ListingQuery query) {
        // Whether a board can be ordered is the product page's answer for each offer, as the index last
        // took it: some offer may go to the chosen country (for the kind of buyer it is sold to, the
        // only kind the gate tells apart), or with none chosen, to some country.
        List<Object> parameters = new ArrayList<>();
        String anywhere = "EXISTS (SELECT 1 FROM orderable_offers d WHERE d.board_id = b.id)";
        String orderable = query.orderableLabelFor().isPresent()
                ? "EXISTS (SELECT 1 FROM orderable_offers d WHERE d.board_id = b.id AND d.country = ?)" : "NULL";
        query.orderableLabelFor().ifPresent(country -> parameters.add(country.value()));
        StringBuilder sql = new StringBuilder("""
                SELECT b.slug, b.name, b.summary, b.licence, b.source_url, %s, b.min_price_minor, b.offer_kinds,
                       b.listed_at, %s, b.cover_thumbnail_key
                FROM boards b
                WHERE b.listed = TRUE""".formatted(orderable, anywhere));
        fullText(query.text()).ifPresent(words -> {
            sql.append(" AND MATCH(b.search_text) AGAINST (? IN BOOLEAN MODE)");
            parameters.add(words);
        });
        query.licence().ifPresent(licence -> {
            sql.append(" AND b.licence = ?");
            parameters.add(licence);
        });
        query.offerKind().ifPresent(kind -> {
            sql.append(" AND FIND_IN_SET(?, b.offer_kinds) > 0");
            parameters.add(kind.name());
        });
        query.minPriceMinor().ifPresent(min -> {
            sql.append(" AND b.min_price_minor >= ?");
            parameters.add(min);
        });
        query.maxPriceMinor().ifPresent(max -> {
            sql.append(" AND b.min_price_minor <= ?");
            parameters.add(max);
        });
        query.orderableTo().ifPresent(destination -> {
            sql.append(" AND EXISTS (SELECT 1 FROM orderable_offers o WHERE o.board_id = b.id AND o.country = ? AND o.buyer_type = ?)");
            parameters.add(destination.country().value());
            parameters.add(destination.buyerType().name());
        });
        query.cursor().map(cursor -> Cursor.decode(cursor, query.sort())).ifPresent(cursor -> {
            String column = sortColumn(query.sort());
            String after = descending(query.sort()) ? "<" : ">";
            sql.append(" AND (").append(column).append(' ').append(after).append(" ? OR (").append(column)
                    .append(" = ? AND b.slug ").append(after).append(" ?))");
            Object key = cursor.key(query.sort());
            parameters.add(key);
            parameters.add(key);
            parameters.add(cursor.slug());
        });
        String direction = descending(query.sort()) ? " DESC" : "";
        sql.append(" ORDER BY ").append(sortColumn(query.sort())).append(direction).append(", b.slug").append(direction)
                .append(" LIMIT ?");
        parameters.add(query.size() + 1);
        return new BoardQueries.ListStatement(sql.toString(), parameters);
    }

    /** The words as an InnoDB boolean query: every word required, each as a prefix. */
    static Optional<String> fullText(Optional<String> text) {
        return text.map(t -> WORD.matcher(t.toLowerCase(Locale.ROOT)).results()
                        .map(m -> m.group())
                        .filter(word -> word.length() >= MIN_WORD)
                        .distinct()
                        .limit(10)
                        .map(word -> "+" + word + "*")
                        .collect(Collectors.joining(" ")))
                .filter(words -> !words.isEmpty());
    }

    private static String sortColumn(ListingSort sort) {
        return switch (sort) {
            case NAME -> "b.name";
            case NEWEST -> "b.listed_at";
            case PRICE_ASC, PRICE_DESC -> "b.min_price_minor";
        };
    }

    private static boolean descending(ListingSort sort) {
        return sort == ListingSort.NEWEST || sort == ListingSort.PRICE_DESC;
    }

    private static BoardSummary summary(Object[] row) {
        Long minPrice = row[6] == null ? null : ((Number) row[6]).longValue();
        String kinds = (String) row[7];
        boolean anywhere = toBoolean(row[9]);
        return new BoardSummary((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                row[5] == null ? anywhere : toBoolean(row[5]), minPrice == null ? null : new Money(minPrice, Currency.getInstance("EUR")),
                kinds.isEmpty() ? List.of() : List.of(kinds.split(",")), anywhere, (String) row[10]);
    }

    private static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** Where a page ended: the last row's sort key and slug. */
    private record Cursor(ListingSort sort, String value, String slug) {

        static Cursor after(Object[] row, ListingSort sort) {
            String value = switch (sort) {
                case NAME -> (String) row[1];
                case NEWEST -> String.valueOf(instant(row[8]).toEpochMilli() * 1000 + instant(row[8]).getNano() / 1000 % 1000);
                case PRICE_ASC, PRICE_DESC -> String.valueOf(((Number) row[6]).longValue());
            };
            return new Cursor(sort, value, (String) row[0]);
        }

        Object key(ListingSort sort) {
            return switch (sort) {
                case NAME -> value;
                case NEWEST -> {
                    long micros = Long.parseLong(value);
                    yield Timestamp.from(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L));
                }
                case PRICE_ASC, PRICE_DESC -> Long.parseLong(value);
            };
        }

        String encode() {
            String raw = sort.name() + "\n" + value + "\n" + slug;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor, ListingSort expected) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
                if (parts.length != 3 || ListingSort.valueOf(parts[0]) != expected) {
                    throw new InvalidCursor();
                }
                Cursor decoded = new Cursor(expected, parts[1], Slug.of(parts[2]).value());
                decoded.key(expected);
                return decoded;
            } catch (IllegalArgumentException e) {
                throw new InvalidCursor();
            }
        }

        private static Instant instant(Object value) {
            if (value instanceof Timestamp timestamp) {
                return timestamp.toInstant();
            }
            if (value instanceof java.time.LocalDateTime local) {
                return local.toInstant(java.time.ZoneOffset.UTC);
            }
            return (Instant) value;
        }
    }
}
