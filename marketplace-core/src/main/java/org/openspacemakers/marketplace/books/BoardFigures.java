package org.openspacemakers.marketplace.books;

import java.util.UUID;

/** A board's figures: units sold and the shares of its lines, less refunds, and the card fees they bore. */
public record BoardFigures(UUID boardId, String slug, String name, Figures figures) {

    BoardFigures plus(Figures more) {
        return new BoardFigures(boardId, slug, name, figures.plus(more));
    }
}
