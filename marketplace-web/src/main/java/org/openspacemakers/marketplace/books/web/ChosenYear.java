package org.openspacemakers.marketplace.books.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.books.Books;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * The year a page or the API is asked for: none given is the current one; anything else must be a
 * year the books can be asked for, else {@link InvalidInput} on {@code year} (named so by the API,
 * shown next to the year's field by the pages).
 */
final class ChosenYear {

    private ChosenYear() {
    }

    static int of(String typed, Books books) {
        if (typed == null || typed.isBlank()) {
            return books.currentYear();
        }
        Optional<Integer> year = typed.strip().matches("\\d{4}") ? Optional.of(Integer.parseInt(typed.strip())) : Optional.empty();
        if (year.isEmpty() || year.get() < Books.FIRST_YEAR || year.get() > books.currentYear()) {
            throw new InvalidInput("year", "invalid.books.year", String.valueOf(Books.FIRST_YEAR),
                    String.valueOf(books.currentYear()));
        }
        return year.get();
    }

    /**
     * The year a page shows: the one asked for, else (a year it cannot show) the current one, with
     * the reason for the year's field in the model ({@code yearProblem}) and the answer's status 400.
     */
    static int shown(String typed, Books books, MessageSource messages, Locale locale, Model model,
            HttpServletResponse response) {
        try {
            return of(typed, books);
        } catch (InvalidInput e) {
            InvalidInput.Problem problem = e.problems().get(0);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("yearProblem", messages.getMessage(problem.key(), problem.arguments().toArray(), locale));
            return books.currentYear();
        }
    }

    /** The years to choose from: those with paid orders and the current one, and the one shown if it is none of them. */
    static List<Integer> choices(Books books, int shown) {
        List<Integer> years = books.years();
        if (years.contains(shown)) {
            return years;
        }
        return Stream.concat(years.stream(), Stream.of(shown)).sorted(Comparator.reverseOrder()).toList();
    }
}
