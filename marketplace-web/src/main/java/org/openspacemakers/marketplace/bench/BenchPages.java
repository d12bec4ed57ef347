package org.openspacemakers.marketplace.bench;

import java.util.List;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The floor of {@code bench/run}: a board's name and summary from one query on the boards' unique
 * slug key, in a trivial template. It takes the same filters and security chain as the product
 * page, so the product page's figures can be read against what a page of this store answers at
 * best on the same machine. It reads the core's table directly on purpose, to measure the bare
 * cost of one query; no page of the store may do so. Only in the {@code bench} profile.
 */
@Controller
@Profile("bench")
class BenchPages {

    /** A board as the bench page shows it. */
    record BoardLine(String name, String summary) {
    }

    private final JdbcTemplate jdbc;

    BenchPages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/bench/boards/{slug}")
    String board(@PathVariable String slug, Model model) {
        List<BoardLine> boards = jdbc.query("SELECT name, summary FROM boards WHERE slug = ?",
                (row, index) -> new BoardLine(row.getString("name"), row.getString("summary")), slug);
        if (boards.isEmpty()) {
            throw new NotFound();
        }
        model.addAttribute("board", boards.get(0));
        return "bench-board";
    }
}
