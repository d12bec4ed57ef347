package org.openspacemakers.marketplace.books.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openspacemakers.marketplace.books.Books;
import org.openspacemakers.marketplace.books.Figures;
import org.openspacemakers.marketplace.books.OrderFigures;
import org.openspacemakers.marketplace.books.YearFigures;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The treasurer's dashboard (administrators): a year's revenue, costs, refunds, card fees and the
 * association's net contribution month by month and board by board, with a place for the
 * volunteers' minutes; and the year's export for the accountant ({@link BooksCsv}).
 */
@Controller
class BooksPages {

    private final Books books;
    private final MessageSource messages;

    BooksPages(Books books, MessageSource messages) {
        this.books = books;
        this.messages = messages;
    }

    @GetMapping("/admin/books")
    String dashboard(@RequestParam(required = false) String year, Model model, Locale locale,
            HttpServletResponse response) {
        int shown = ChosenYear.shown(year, books, messages, locale, model, response);
        YearFigures figures = books.year(shown);
        model.addAttribute("books", figures);
        model.addAttribute("years", ChosenYear.choices(books, shown));
        model.addAttribute("refundedInFull", figures.orders().stream().filter(OrderFigures::refundedInFull).count());
        Map<UUID, VolunteerMinutes> minutes = new HashMap<>();
        figures.boards().forEach(board -> figures.volunteerMinutes(board.boardId()).ifPresent(recorded ->
                minutes.put(board.boardId(), VolunteerMinutes.of(recorded, board.figures()))));
        model.addAttribute("volunteerMinutes", minutes);
        return "admin-books";
    }

    /**
     * The volunteers' time on a board's units, once recorded ({@code books.VolunteerTime}): minutes
     * per unit sold and per euro the board brought the association (net), one decimal; empty where
     * there is nothing to divide by.
     */
    record VolunteerMinutes(long minutes, String perUnit, String perEuro) {

        static VolunteerMinutes of(long minutes, Figures figures) {
            return new VolunteerMinutes(minutes,
                    figures.units() == 0 ? "" : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(figures.units()), 1,
                            RoundingMode.HALF_UP).toPlainString(),
                    figures.netContributionMinor() <= 0 ? "" : BigDecimal.valueOf(minutes * 100).divide(
                            BigDecimal.valueOf(figures.netContributionMinor()), 1, RoundingMode.HALF_UP).toPlainString());
        }
    }

    /** The year's paid orders, one a row; a year it cannot give answers 400 with the reason. */
    @GetMapping("/admin/books.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String year, Locale locale) {
        YearFigures figures;
        try {
            figures = books.year(ChosenYear.of(year, books));
        } catch (InvalidInput e) {
            InvalidInput.Problem problem = e.problems().get(0);
            return ResponseEntity.badRequest().header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                    .body(messages.getMessage(problem.key(), problem.arguments().toArray(), locale)
                            .getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, BooksCsv.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(BooksCsv.fileName(figures.year())).build().toString())
                .body(BooksCsv.of(figures));
    }
}
