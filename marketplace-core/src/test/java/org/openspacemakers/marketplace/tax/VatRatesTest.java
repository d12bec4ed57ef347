package org.openspacemakers.marketplace.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.CountryCode;

/** The rates table: every member state in the shipped one, and a table with a mistake refused whole. */
class VatRatesTest {

    @Test
    void theShippedTableGivesBothRatesOfEveryMemberState() {
        VatRates rates = VatRulesTest.shippedRates();

        for (String member : CountryCode.EU_MEMBERS) {
            int standard = rates.basisPoints(CountryCode.of(member), VatCategory.STANDARD);
            int reduced = rates.basisPoints(CountryCode.of(member), VatCategory.REDUCED);
            assertThat(standard).as(member).isBetween(1500, 2800);
            assertThat(reduced).as(member).isBetween(500, standard);
        }
        assertThat(rates.basisPoints(CountryCode.of("FR"), VatCategory.STANDARD)).isEqualTo(2000);
        assertThat(rates.basisPoints(CountryCode.of("FI"), VatCategory.STANDARD)).isEqualTo(2550);
        assertThat(rates.basisPoints(CountryCode.of("DE"), VatCategory.REDUCED)).isEqualTo(700);
        assertThatThrownBy(() -> rates.basisPoints(CountryCode.of("CH"), VatCategory.STANDARD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableWithoutAMemberStateIsRefused() {
        assertThatThrownBy(() -> VatRates.parse(new StringReader("country,standard,reduced,note\nFR,20,5.5,\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DE");
    }

    @Test
    void aRateThatIsNotAPercentageIsRefusedWithItsLine() {
        String table = "# comment\ncountry,standard,reduced,note\nFR,20,5.555,\n";

        assertThatThrownBy(() -> VatRates.parse(new StringReader(table)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> VatRates.parse(new StringReader("country,standard,reduced,note\nFR,120,5,\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> VatRates.parse(new StringReader("country;standard\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
    }

    @Test
    void aRegisteredAssociationNeedsItsFrenchVatNumber() {
        assertThatThrownBy(() -> new VatSettings(VatRegime.VAT_REGISTERED, null, false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("marketplace.vat.number");
        assertThatThrownBy(() -> new VatSettings(VatRegime.VAT_REGISTERED, "DE123456789", false, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new VatSettings(VatRegime.VAT_REGISTERED, "fr 40 303 265 045", false, null).vatNumber())
                .contains("FR40303265045");
        assertThat(new VatSettings(null, "FR40303265045", false, null).vatNumber()).as("exempt by default").isEmpty();
    }
}
