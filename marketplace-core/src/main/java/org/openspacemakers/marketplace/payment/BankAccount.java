package org.openspacemakers.marketplace.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The association's bank account that buyers transfer to ({@code marketplace.bank-transfer.*}:
 * {@code MARKETPLACE_BANK_HOLDER}, {@code MARKETPLACE_BANK_IBAN}, {@code MARKETPLACE_BANK_BIC}).
 * The IBAN is kept as configured, grouped by four for reading.
 */
@ConfigurationProperties("marketplace.bank-transfer")
public record BankAccount(String holder, String iban, String bic) {

    public BankAccount {
        holder = holder == null || holder.isBlank() ? "(account holder not configured)" : holder.strip();
        iban = iban == null || iban.isBlank() ? "(IBAN not configured)" : grouped(iban);
        bic = bic == null || bic.isBlank() ? "(BIC not configured)" : bic.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String grouped(String iban) {
        String compact = iban.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return String.join(" ", compact.split("(?<=\\G.{4})"));
    }
}
