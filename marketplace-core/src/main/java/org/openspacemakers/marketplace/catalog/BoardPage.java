package org.openspacemakers.marketplace.catalog;

import java.util.List;
import java.util.Optional;

/** One page of listed boards, and the cursor of the next page when there is one. */
public record BoardPage(List<BoardSummary> items, Optional<String> nextCursor) {
}
