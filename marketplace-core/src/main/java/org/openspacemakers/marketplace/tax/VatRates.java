package org.openspacemakers.marketplace.tax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.CountryCode;

/**
 * The VAT rates by country and {@link VatCategory}, read from a table (by default
 * {@code tax/vat-rates.csv}, which names its sources): lines {@code country,standard,reduced,note}
 * with rates in percent ({@code 20}, {@code 5.5}), {@code #} comments, one header line. The table
 * must give both rates of every EU member state; a table that does not is refused when read.
 */
public final class VatRates {

    private static final String HEADER = "country,standard,reduced,note";

    private final Map<String, Map<VatCategory, Integer>> byCountry;

    private VatRates(Map<String, Map<VatCategory, Integer>> byCountry) {
        this.byCountry = byCountry;
    }

    /** Reads a table; {@link IllegalArgumentException} naming the line for anything it cannot take. */
    public static VatRates parse(Reader table) {
        Map<String, Map<VatCategory, Integer>> rates = new TreeMap<>();
        boolean header = false;
        int lineNo = 0;
        try (BufferedReader lines = new BufferedReader(table)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNo++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!text.equals(HEADER)) {
                        throw new IllegalArgumentException("VAT rates, line " + lineNo + ": the header is " + HEADER);
                    }
                    header = true;
                    continue;
                }
                String[] cells = text.split(",", 4);
                if (cells.length < 3 || !CountryCode.isValid(cells[0].strip())) {
                    throw new IllegalArgumentException("VAT rates, line " + lineNo + ": country,standard,reduced expected");
                }
                String country = cells[0].strip();
                if (rates.containsKey(country)) {
                    throw new IllegalArgumentException("VAT rates, line " + lineNo + ": " + country + " twice");
                }
                Map<VatCategory, Integer> rate = new EnumMap<>(VatCategory.class);
                rate.put(VatCategory.STANDARD, basisPoints(cells[1], lineNo));
                rate.put(VatCategory.REDUCED, basisPoints(cells[2], lineNo));
                rates.put(country, rate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> missing = new TreeSet<>(CountryCode.EU_MEMBERS);
        missing.removeAll(rates.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("VAT rates: no rates for " + missing);
        }
        return new VatRates(rates);
    }

    private static int basisPoints(String percent, int lineNo) {
        try {
            BigDecimal value = new BigDecimal(percent.strip());
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2) {
                throw new NumberFormatException();
            }
            return value.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("VAT rates, line " + lineNo + ": a rate is a percentage with up to two decimals");
        }
    }

    /** The rate of the category in the country, in basis points; {@link IllegalArgumentException} for a country not in the table. */
    public int basisPoints(CountryCode country, VatCategory category) {
        Map<VatCategory, Integer> rates = byCountry.get(country.value());
        if (rates == null) {
            throw new IllegalArgumentException("no VAT rates for " + country);
        }
        return rates.get(category);
    }
}
