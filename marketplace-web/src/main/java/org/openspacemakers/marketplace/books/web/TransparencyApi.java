package org.openspacemakers.marketplace.books.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.openspacemakers.marketplace.books.Books;
import org.openspacemakers.marketplace.books.YearFigures;
import org.openspacemakers.marketplace.catalog.Money;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The association's books of a year as JSON, for anyone: what the transparency page shows. */
@RestController
@RequestMapping("/api/v1/transparency")
@Tag(name = "Transparency")
class TransparencyApi {

    private final Books books;

    TransparencyApi(Books books) {
        this.books = books;
    }

    record TransparencyJson(int year, Money budgetTarget, Money fundedBySales, Money donations, long ordersPaid,
            List<BoardJson> boards) {
    }

    record BoardJson(String slug, long unitsSold, Money associationShare) {
    }

    @GetMapping
    @Operation(summary = "What a year's sales (paid orders less refunds) and donations brought the association, board by board")
    TransparencyJson year(@RequestParam(required = false) String year) {
        YearFigures figures = books.year(ChosenYear.of(year, books));
        return new TransparencyJson(figures.year(), figures.budgetTarget(), figures.fundedBySales(), figures.donations(),
                figures.total().orders(), figures.boards().stream()
                        .filter(board -> board.figures().units() > 0)
                        .map(board -> new BoardJson(board.slug(), board.figures().units(), board.figures().association()))
                        .toList());
    }
}
