package org.openspacemakers.marketplace.invoice;

import java.time.Instant;
import java.time.LocalDate;

/** A number taken in a series, with the moment and the (Paris) day of issue it was taken for. */
public record Numbered(String number, int year, long sequence, Instant issuedAt, LocalDate issueDate) {
}
