package org.openspacemakers.marketplace.shipping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.refusal.InputChecks;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shipping module's API: what shipping costs to a country by each method, and the zones and
 * prices administrators keep. A destination no zone covers, or a method its zone does not price,
 * has no quote: an order cannot be shipped there that way.
 */
@Service
public class ShippingRates {

    /** A zone's code: capital letters, digits and hyphens, such as {@code FR} or {@code EU-EAST}. */
    private static final String CODE = "[A-Z0-9][A-Z0-9-]{0,19}";
    private static final int MAX_NAME = 100;
    /** More countries than exist: a list longer than this is not a list of countries. */
    private static final int MAX_COUNTRIES = 250;

    private final ShippingZoneRepository zones;
    private final TransactionTemplate writing;

    ShippingRates(ShippingZoneRepository zones, PlatformTransactionManager transactions) {
        this.zones = zones;
        this.writing = new TransactionTemplate(transactions);
    }

    /** What shipping to this country by this method costs; empty when the store does not ship there that way. */
    @Transactional(readOnly = true)
    public Optional<Money> quote(CountryCode destination, ShippingMethod method) {
        return zones.covering(destination.value()).flatMap(zone -> zone.rate(method));
    }

    /** Every way of shipping to this country, the cheapest first (then in the methods' order). */
    @Transactional(readOnly = true)
    public List<ShippingQuote> options(CountryCode destination) {
        return zones.covering(destination.value())
                .map(zone -> zone.rates().entrySet().stream()
                        .map(rate -> new ShippingQuote(rate.getKey(), rate.getValue()))
                        .sorted(Comparator.comparingLong((ShippingQuote quote) -> quote.amount().amountMinor())
                                .thenComparing(ShippingQuote::method))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The buyer's choice of shipping to this country: the method they chose, priced, or with none
     * chosen ({@code null}) the cheapest; empty when the chosen method (or, with none chosen, any
     * method) does not ship there.
     */
    @Transactional(readOnly = true)
    public Optional<ShippingQuote> choose(CountryCode destination, ShippingMethod method) {
        if (method == null) {
            return options(destination).stream().findFirst();
        }
        return quote(destination, method).map(amount -> new ShippingQuote(method, amount));
    }

    /** Every zone with its countries and prices, by code. */
    @Transactional(readOnly = true)
    public List<ShippingZone> zones() {
        return zones.findAllByOrderByCode();
    }

    /**
     * Creates the zone with this code, or renames an existing one and makes it cover exactly these
     * countries (ISO 3166-1 alpha-2, any case). A country another zone covers is refused, naming
     * both; so is every field at fault, and nothing changes.
     */
    public ShippingZone saveZone(String code, String name, Collection<String> countries) {
        InputChecks checks = new InputChecks();
        String zoneCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        checks.check(zoneCode.matches(CODE), "code", "invalid.shipping.zoneCode");
        String zoneName = checks.text("name", name, MAX_NAME);
        Set<String> covered = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        (countries == null ? List.<String>of() : countries).forEach(country -> {
            String upper = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
            if (CountryCode.isValid(upper)) {
                covered.add(upper);
            } else {
                unknown.add(upper);
            }
        });
        if (checks.check(unknown.isEmpty(), "countries", "invalid.shipping.countries", unknown)) {
            checks.check(!covered.isEmpty() && covered.size() <= MAX_COUNTRIES, "countries", "invalid.countries");
        }
        checks.done();
        try {
            return writing.execute(status -> {
                List<ShippingZone> all = zones.findAll();
                for (ShippingZone other : all) {
                    List<String> taken = covered.stream().filter(other::covers).toList();
                    if (!other.code().equals(zoneCode) && !taken.isEmpty()) {
                        throw new InvalidInput("countries", "invalid.shipping.countryInZone", taken, other.code());
                    }
                }
                ShippingZone zone = all.stream().filter(found -> found.code().equals(zoneCode)).findFirst()
                        .orElseGet(() -> new ShippingZone(zoneCode, zoneName, covered));
                zone.rename(zoneName);
                zone.cover(covered);
                return zones.saveAndFlush(zone);
            });
        } catch (DataIntegrityViolationException | ConcurrencyFailureException changedMeanwhile) {
            // Another administrator gave one of these countries to another zone, or created or changed this zone, meanwhile.
            throw new InvalidInput("countries", "invalid.shipping.changedMeanwhile");
        }
    }

    /** Sets the zone's price for the method (0 ships free); an unknown zone is refused, naming {@code zone}. */
    @Transactional
    public void price(String zoneCode, ShippingMethod method, Money amount) {
        InputChecks checks = new InputChecks();
        Optional<ShippingZone> zone = zone(zoneCode);
        checks.check(zone.isPresent(), "zone", "invalid.shipping.zone");
        checks.required("method", method);
        if (checks.required("amount", amount) != null) {
            checks.check(amount.currency().equals(Money.EUR), "amount", "invalid.currency");
        }
        checks.done();
        zone.get().price(method, amount);
    }

    /** Stops offering the method in the zone. */
    @Transactional
    public void stopPricing(String zoneCode, ShippingMethod method) {
        ShippingZone zone = zone(zoneCode).orElseThrow(() -> new InvalidInput("zone", "invalid.shipping.zone"));
        zone.stopPricing(method);
    }

    /** Removes the zone, its countries and prices: the store no longer ships to its countries. */
    @Transactional
    public void deleteZone(String zoneCode) {
        zones.delete(zone(zoneCode).orElseThrow(() -> new InvalidInput("zone", "invalid.shipping.zone")));
    }

    private Optional<ShippingZone> zone(String code) {
        return code == null ? Optional.empty() : zones.findByCode(code.strip().toUpperCase(Locale.ROOT));
    }
}
