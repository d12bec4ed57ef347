package org.openspacemakers.marketplace.order;

import java.util.Objects;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/** The company a professional buyer orders for: its name and its EU VAT number, checked with VIES. */
public record BuyingCompany(String name, VatNumber vatNumber) {

    /** The longest company name kept. */
    public static final int MAX_NAME_LENGTH = 200;

    public BuyingCompany {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInput("company.name", "invalid.text", MAX_NAME_LENGTH);
        }
        Objects.requireNonNull(vatNumber, "vatNumber");
    }
}
