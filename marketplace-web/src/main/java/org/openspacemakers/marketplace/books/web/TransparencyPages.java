package org.openspacemakers.marketplace.books.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.openspacemakers.marketplace.books.Books;
import org.openspacemakers.marketplace.books.YearFigures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public transparency page, for anyone and without a session: what a year's sales brought the
 * association, the teams and the suppliers, donations, the budget target as a progress bar and the
 * months as a bar chart (inline SVG drawn here, {@link Charts}), and the boards sold.
 */
@Controller
class TransparencyPages {

    private final Books books;
    private final MessageSource messages;

    TransparencyPages(Books books, MessageSource messages) {
        this.books = books;
        this.messages = messages;
    }

    @GetMapping("/transparency")
    String transparency(@RequestParam(required = false) String year, Model model, Locale locale,
            HttpServletResponse response) {
        int shown = ChosenYear.shown(year, books, messages, locale, model, response);
        YearFigures figures = books.year(shown);
        model.addAttribute("books", figures);
        model.addAttribute("years", ChosenYear.choices(books, shown));
        model.addAttribute("boards", figures.boards().stream().filter(board -> board.figures().units() > 0).toList());
        model.addAttribute("bars", Charts.months(figures, locale));
        model.addAttribute("progressWidth", Charts.progressWidth(figures));
        model.addAttribute("chart", new Chart(Charts.WIDTH, Charts.HEIGHT, Charts.baseline(), Charts.PROGRESS_WIDTH));
        return "transparency";
    }

    /** The charts' fixed sizes, in SVG user units. */
    record Chart(int width, int height, int baseline, int progressWidth) {
    }
}
