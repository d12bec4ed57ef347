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
    private final Map<String, Shelves> shelves = new ConcurrentHashMap<>();
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
     * A board's page as of its current version, its team's queue now (which no version follows:
     * orders change it), and the boards on the shelf of each of its offers sold from stock as of
     * the board's stock version (raised by every change of a shelf, orders' included).
     */
    public record Current(ProductPage page, int queuedBoards, Map<UUID, Integer> stock, long stockVersion, Sales sales) {
    }

    /**
     * What the board's sales brought so far, as the books count them (paid orders less refunds):
     * units sold and the association's share. Read with the page's version, by primary key, in the
     * same statement; kept by the books after each payment and refund ({@code board_sales}).
     */
    public record Sales(long unitsSold, Money association) {

        public static final Sales NONE = new Sales(0, Money.euros(0));
    }

    /**
     * The product page of the board with this slug, as of now, with its team's queue; empty when no
     * board has it. One statement, outside any transaction, while this node holds the page of the
     * current version.
     */
    public Optional<Current> page(String slug) {
        // The shelves' version by primary key: a subquery over the board's offers here cost each
        // request about half as much again as the statement without it (parsed and planned each time).
        // The board's sales too, by primary key (board_sales, kept by the books).
        List<Now> now = jdbc.query("SELECT b.page_version, t.queued_boards, b.id, COALESCE(s.version, 0),"
                        + " COALESCE(bs.units_sold, 0), COALESCE(bs.association_minor, 0) FROM boards b"
                        + " JOIN teams t ON t.id = b.team_id LEFT JOIN board_stock_versions s ON s.board_id = b.id"
                        + " LEFT JOIN board_sales bs ON bs.board_id = b.id WHERE b.slug = ?",
                (row, i) -> new Now(row.getLong(1), row.getInt(2), row.getString(3), row.getLong(4),
                        new Sales(row.getLong(5), Money.euros(row.getLong(6)))), slug);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        int queued = now.get(0).queued();
        long stockVersion = now.get(0).stockVersion();
        Sales sales = now.get(0).sales();
        Map<UUID, Integer> stock = shelves(slug, now.get(0).boardId(), stockVersion);
        ProductPage held = pages.get(slug);
        if (held != null && held.version() == now.get(0).version()) {
            return Optional.of(new Current(held, queued, stock, stockVersion, sales));
        }
        Optional<ProductPage> built = readOnly.execute(status -> build(slug, false));
        built.ifPresent(page -> {
            pages.merge(slug, page, (older, newer) -> newer.version() >= older.version() ? newer : older);
            forgetBeyondKept(slug);
        });
        return built.map(page -> new Current(page, queued, stock, stockVersion, sales));
    }

    /**
     * The page of the board with this slug as its team sees it before buyers do: built now, drafts
     * included, with its team's queue and shelves as they stand; never kept (a preview is no page
     * of buyers'), so it costs the building's statements each time. Not found unless this person is
     * of the board's team.
     */
    public Current preview(UUID person, String slug) {
        return readOnly.execute(status -> {
            ProductPage page = build(slug, true).filter(built -> built.details().team().hasMember(person))
                    .orElseThrow(NotTeamMember::new);
            Map<UUID, Integer> stock = new TreeMap<>();
            page.details().revisions().forEach(r -> r.offers()
                    .forEach(offer -> offer.stock().ifPresent(boards -> stock.put(offer.id(), boards))));
            return new Current(page, page.details().team().queuedBoards(), Collections.unmodifiableMap(stock), 0, Sales.NONE);
        });
    }

    private record Now(long version, int queued, String boardId, long stockVersion, Sales sales) {
    }

    /** A board's shelves as read at a stock version (read after it: never older than it). */
    private record Shelves(long version, Map<UUID, Integer> stock) {
    }

    /**
     * The board's shelves as of this stock version: none while no shelf of it ever changed (0),
     * those this node holds for the same version, else read again (one statement).
     */
    private Map<UUID, Integer> shelves(String slug, String boardId, long stockVersion) {
        if (stockVersion == 0) {
            return Map.of();
        }
        Shelves held = shelves.get(slug);
        if (held != null && held.version() == stockVersion) {
            return held.stock();
        }
        Map<UUID, Integer> read = new TreeMap<>();
        jdbc.query("SELECT o.id, o.stock FROM revisions r JOIN offers o ON o.revision_id = r.id"
                        + " WHERE r.board_id = ? AND o.stock IS NOT NULL",
                row -> {
                    read.put(UUID.fromString(row.getString(1)), row.getInt(2));
                }, boardId);
        Map<UUID, Integer> stock = Collections.unmodifiableMap(read);
        shelves.merge(slug, new Shelves(stockVersion, stock), (older, newer) -> newer.version() >= older.version() ? newer : older);
        return stock;
    }

    /**
     * Builds the page (or its preview) in one read-only transaction, which reads the version first:
     * InnoDB's consistent read then shows everything else as of that version.
     */
    private Optional<ProductPage> build(String slug, boolean preview) {
        List<Long> version = jdbc.queryForList("SELECT page_version FROM boards WHERE slug = ?", Long.class, slug);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        return catalog.board(slug).map(details -> {
            List<RevisionRef> shown = details.shownRevisions(preview).stream()
                    .map(r -> RevisionRef.of(r.revision().id())).toList();
            return new ProductPage(version.get(0), details, markdown.toHtml(details.board().description()),
                    details.newestApproved().flatMap(r -> dossiers.conformity(RevisionRef.of(r.revision().id()))),
                    register.frenchEquipmentIdu(), register.weeeNumbersOnOffers(), gate.answers(shown), preview);
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
        shelves.keySet().removeIf(slug -> !pages.containsKey(slug));
    }
}
