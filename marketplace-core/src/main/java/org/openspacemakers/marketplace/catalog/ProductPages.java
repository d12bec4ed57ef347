package org.openspacemakers.marketplace.catalog;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openspacemakers.marketplace.catalog.text.SafeMarkdown;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleGate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model of the public product pages. Each board has a page version, raised by
 * {@link PageVersions} in the transaction of every change to what its page shows (the board, its
 * revisions and offers, its team, a review decision, the register); a node keeps the {@link ProductPage} it built for a
 * version and serves it while the version stays, so a page costs one statement (reading the
 * version, with the team's queue) on any node, and the first request after a change, on every
 * node, sees the change.
 * Nothing expires by time: what depends on the day (validity dates) is judged at each request.
 */
@Component
public class ProductPages {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final BoardQueries catalog;
    private final SaleGate gate;
    private final Dossiers dossiers;
    private final Register register;
    private final SafeMarkdown markdown = new SafeMarkdown();
    private final Map<String, ProductPage> pages = new ConcurrentHashMap<>();
    private final int kept;

    ProductPages(JdbcTemplate jdbc, PlatformTransactionManager transactions, BoardQueries catalog, SaleGate gate,
            Dossiers dossiers, Register register, @Value("${marketplace.product-pages.kept:2000}") int kept) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.catalog = catalog;
        this.gate = gate;
        this.dossiers = dossiers;
        this.register = register;
        this.kept = kept;
    }

    /**
     * A board's page as of its current version, its team's queue now, and the boards on the shelf of
     * each of its offers sold from stock now (no version follows either: orders change them).
     */
    public record Current(ProductPage page, int queuedBoards, Map<UUID, Integer> stock) {

        /** What the stock part of the page depends on, as a short text (empty when no offer is sold from stock). */
        public String stockKey() {
            return stock.toString();
        }
    }

    /**
     * The product page of the board with this slug, as of now, with its team's queue; empty when no
     * board has it. One statement, outside any transaction, while this node holds the page of the
     * current version.
     */
    public Optional<Current> page(String slug) {
        List<Now> now = jdbc.query("SELECT b.page_version, t.queued_boards, (SELECT GROUP_CONCAT(o.id, '=', o.stock)"
                        + " FROM revisions r JOIN offers o ON o.revision_id = r.id WHERE r.board_id = b.id AND o.stock IS NOT NULL)"
                        + " FROM boards b JOIN teams t ON t.id = b.team_id WHERE b.slug = ?",
                (row, i) -> new Now(row.getLong(1), row.getInt(2), shelves(row.getString(3))), slug);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        int queued = now.get(0).queued();
        Map<UUID, Integer> stock = now.get(0).stock();
        ProductPage held = pages.get(slug);
        if (held != null && held.version() == now.get(0).version()) {
            return Optional.of(new Current(held, queued, stock));
        }
        Optional<ProductPage> built = readOnly.execute(status -> build(slug));
        built.ifPresent(page -> {
            pages.merge(slug, page, (older, newer) -> newer.version() >= older.version() ? newer : older);
            forgetBeyondKept(slug);
        });
        return built.map(page -> new Current(page, queued, stock));
    }

    private record Now(long version, int queued, Map<UUID, Integer> stock) {
    }

    /** The shelves as the statement lists them ({@code id=boards}, comma separated; null when none). */
    private static Map<UUID, Integer> shelves(String listed) {
        if (listed == null || listed.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Integer> shelves = new TreeMap<>();
        for (String shelf : listed.split(",")) {
            int equals = shelf.indexOf('=');
            shelves.put(UUID.fromString(shelf.substring(0, equals)), Integer.parseInt(shelf.substring(equals + 1)));
        }
        return Collections.unmodifiableMap(shelves);
    }

    /**
     * Builds the page in one read-only transaction, which reads the version first: InnoDB's
     * consistent read then shows everything else as of that version.
     */
    private Optional<ProductPage> build(String slug) {
        List<Long> version = jdbc.queryForList("SELECT page_version FROM boards WHERE slug = ?", Long.class, slug);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        return catalog.board(slug).map(details -> {
            List<RevisionRef> shown = details.publicRevisions().stream()
                    .map(r -> RevisionRef.of(r.revision().id())).toList();
            return new ProductPage(version.get(0), details, markdown.toHtml(details.board().description()),
                    details.newestApproved().flatMap(r -> dossiers.conformity(RevisionRef.of(r.revision().id()))),
                    register.frenchEquipmentIdu(), register.weeeNumbersOnOffers(), gate.answers(shown));
        });
    }

    /** Past the number of pages a node keeps, forgets others than the one just built (the next request for one builds it again). */
    private void forgetBeyondKept(String built) {
        Iterator<String> held = pages.keySet().iterator();
        while (pages.size() > kept && held.hasNext()) {
            if (!held.next().equals(built)) {
                held.remove();
            }
        }
    }
}
