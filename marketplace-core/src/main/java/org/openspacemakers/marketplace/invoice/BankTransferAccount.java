package org.openspacemakers.marketplace.invoice;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The association's bank account that buyers paying by bank transfer pay into
 * ({@code marketplace.bank-transfer.iban|bic|holder}), shown on orders awaiting a transfer and on
 * invoices. An IBAN whose check digits are wrong, or a BIC of the wrong form, stops the store at
 * start-up; without an IBAN the account is not configured.
 */
@ConfigurationProperties("marketplace.bank-transfer")
public record BankTransferAccount(String iban, String bic, String holder) {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public BankTransferAccount {
        iban = iban == null ? "" : iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        bic = bic == null ? "" : bic.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        holder = holder == null ? "" : holder.strip();
        if (!iban.isEmpty() && !validIban(iban)) {
            throw new IllegalArgumentException("marketplace.bank-transfer.iban is not an IBAN (its check digits are wrong)");
        }
        if (!bic.isEmpty() && !BIC.matcher(bic).matches()) {
            throw new IllegalArgumentException("marketplace.bank-transfer.bic is 8 or 11 letters and digits");
        }
    }

    /** Whether an IBAN is configured: without one, bank transfers cannot be offered. */
    public boolean configured() {
        return !iban.isEmpty();
    }

    /** The IBAN in groups of four, as people read and type it. */
    public String ibanForReading() {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public Optional<String> bicCode() {
        return bic.isEmpty() ? Optional.empty() : Optional.of(bic);
    }

    /** ISO 13616: the country and check digits moved to the end, letters as numbers, modulo 97 is 1. */
    static boolean validIban(String iban) {
        if (!IBAN.matcher(iban).matches()) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
