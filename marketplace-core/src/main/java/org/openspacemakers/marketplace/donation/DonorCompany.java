package org.openspacemakers.marketplace.donation;

import java.util.Locale;

/**
 * The company a donation comes from, when a company gives (CGI article 238 bis, whose receipt
 * names it): its legal form when known, and its SIREN number or, for a company of another member
 * state that gave with its order, its VAT number. Its name is the donation's donor name.
 */
public record DonorCompany(String legalForm, String identifier) {

    public static final int MAX_LEGAL_FORM = 60;
    public static final int MAX_IDENTIFIER = 20;

    public DonorCompany {
        legalForm = legalForm == null ? "" : legalForm.strip();
        identifier = identifier == null ? "" : identifier.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** The company of a professional's order: its SIREN when its VAT number is French (FR, a key, the SIREN), else that number. */
    static DonorCompany ofVatNumber(String vatNumber) {
        DonorCompany company = new DonorCompany("", vatNumber);
        String number = company.identifier();
        return number.matches("FR[0-9A-Z]{2}\\d{9}") ? new DonorCompany("", number.substring(4)) : company;
    }

    /** Whether the identifier is a SIREN number (nine digits, the last one a Luhn check digit) rather than a VAT number. */
    public boolean hasSiren() {
        return isSiren(identifier);
    }

    static boolean isSiren(String value) {
        if (value == null || !value.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = value.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
