package org.openspacemakers.marketplace.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What shipping costs comes from the zones administrators keep: a country's zone prices each
 * method, an uncovered country or an unpriced method has no quote, and a country belongs to one
 * zone at most, which the database decides when two administrators race. Each test uses
 * countries of its own (France is {@code FranceOpenForSale}'s).
 */
@CoreTest
class ShippingRatesTest {

    @Autowired
    ShippingRates rates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void quotesTheZonesPriceForACoveredCountryAndNothingElse() {
        String zone = zoneCode();
        rates.saveZone(zone, "Nordics", List.of("dk", " SE ", "FI"));
        rates.price(zone, ShippingMethod.STANDARD, Money.euros(1_490));

        assertThat(rates.quote(CountryCode.of("SE"), ShippingMethod.STANDARD)).contains(Money.euros(1_490));
        assertThat(rates.quote(CountryCode.of("DK"), ShippingMethod.STANDARD)).contains(Money.euros(1_490));
        assertThat(rates.quote(CountryCode.of("SE"), ShippingMethod.TRACKED)).as("a method the zone does not price").isEmpty();
        assertThat(rates.quote(CountryCode.of("NO"), ShippingMethod.STANDARD)).as("a country no zone covers").isEmpty();
        assertThat(rates.choose(CountryCode.of("NO"), null)).isEmpty();
    }

    @Test
    void withNoMethodChosenTheCheapestShipsAndOptionsComeCheapestFirst() {
        String zone = zoneCode();
        rates.saveZone(zone, "Baltics", List.of("EE", "LV", "LT"));
        rates.price(zone, ShippingMethod.TRACKED, Money.euros(990));
        rates.price(zone, ShippingMethod.STANDARD, Money.euros(1_290));

        assertThat(rates.options(CountryCode.of("LV"))).containsExactly(
                new ShippingQuote(ShippingMethod.TRACKED, Money.euros(990)),
                new ShippingQuote(ShippingMethod.STANDARD, Money.euros(1_290)));
        assertThat(rates.choose(CountryCode.of("LV"), null)).contains(new ShippingQuote(ShippingMethod.TRACKED, Money.euros(990)));
        assertThat(rates.choose(CountryCode.of("LV"), ShippingMethod.STANDARD))
                .contains(new ShippingQuote(ShippingMethod.STANDARD, Money.euros(1_290)));

        rates.price(zone, ShippingMethod.STANDARD, Money.euros(0));
        assertThat(rates.choose(CountryCode.of("LV"), null)).as("a price changed, and free shipping is a price")
                .contains(new ShippingQuote(ShippingMethod.STANDARD, Money.euros(0)));
        rates.stopPricing(zone, ShippingMethod.STANDARD);
        assertThat(rates.options(CountryCode.of("LV"))).extracting(ShippingQuote::method).containsExactly(ShippingMethod.TRACKED);
    }

    @Test
    void savingAZoneAgainRenamesItAndMakesItCoverExactlyTheNewCountries() {
        String zone = zoneCode();
        rates.saveZone(zone, "Iberia", List.of("ES", "PT"));
        rates.price(zone, ShippingMethod.STANDARD, Money.euros(1_100));

        rates.saveZone(zone.toLowerCase(java.util.Locale.ROOT), "Portugal", List.of("PT"));

        assertThat(rates.zones()).filteredOn(found -> found.code().equals(zone)).singleElement().satisfies(found -> {
            assertThat(found.name()).isEqualTo("Portugal");
            assertThat(found.countries()).containsExactly("PT");
            assertThat(found.rate(ShippingMethod.STANDARD)).as("its prices stay").contains(Money.euros(1_100));
        });
        assertThat(rates.quote(CountryCode.of("ES"), ShippingMethod.STANDARD)).isEmpty();
        rates.deleteZone(zone);
        assertThat(rates.quote(CountryCode.of("PT"), ShippingMethod.STANDARD)).isEmpty();
        assertThat(rates.zones()).extracting(ShippingZone::code).doesNotContain(zone);
    }

    @Test
    void aCountryOfAnotherZoneIsRefusedNamingBothAndNothingChanges() {
        String first = zoneCode();
        String second = zoneCode();
        rates.saveZone(first, "Benelux", List.of("BE", "NL", "LU"));
        int rowsBefore = rows();

        assertThatThrownBy(() -> rates.saveZone(second, "Low countries", List.of("NL", "DE")))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("countries");
                    assertThat(refused.problems().get(0).arguments()).containsExactly(List.of("NL"), first);
                });
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(rates.quote(CountryCode.of("DE"), ShippingMethod.STANDARD)).isEmpty();
    }

    @Test
    void everyFieldAtFaultIsNamedAndNothingIsStored() {
        int rowsBefore = rows();

        assertThatThrownBy(() -> rates.saveZone("not a code!", " ", List.of("XX", "FRA")))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("code", "name", "countries"));
        assertThatThrownBy(() -> rates.saveZone(zoneCode(), "Nowhere", List.of()))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("countries"));
        assertThatThrownBy(() -> rates.price("NO-SUCH-ZONE", ShippingMethod.STANDARD, Money.euros(100)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("zone"));
        assertThatThrownBy(() -> rates.price("FR", null, null))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("method", "amount"));
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void whenTwoAdministratorsGiveOneCountryToTwoZonesAtOnceOneZoneHasIt() throws Exception {
        List<String> codes = List.of(zoneCode(), zoneCode(), zoneCode(), zoneCode());
        List<Callable<ShippingZone>> saves = codes.stream()
                .<Callable<ShippingZone>>map(code -> () -> rates.saveZone(code, "Malta " + code, List.of("MT")))
                .toList();

        List<Race.Outcome<ShippingZone>> outcomes = Race.run(saves);

        assertThat(outcomes).as(Race.describe(outcomes)).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(InvalidInput.class));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shipping_zone_countries WHERE country = 'MT'", Integer.class))
                .isEqualTo(1);
    }

    private static String zoneCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private int rows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM shipping_zones) + (SELECT COUNT(*) FROM shipping_zone_countries)"
                + " + (SELECT COUNT(*) FROM shipping_rates)", Integer.class);
    }
}
