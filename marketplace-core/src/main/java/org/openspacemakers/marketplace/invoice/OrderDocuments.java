package org.openspacemakers.marketplace.invoice;

import java.util.List;
import java.util.Optional;

/** The numbers of an order's invoice (once paid) and of its credit notes, oldest first. */
public record OrderDocuments(Optional<String> invoiceNumber, List<String> creditNotes) {

    public OrderDocuments {
        creditNotes = List.copyOf(creditNotes);
    }
}
