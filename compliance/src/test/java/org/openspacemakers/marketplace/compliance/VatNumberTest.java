package org.openspacemakers.marketplace.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An EU VAT number is taken only in its member state's format, as typed by people. */
class VatNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"FR40303265045", "fr 40 303 265 045", "DE123456789", "ATU12345678", "BE0123456789",
        "NL123456789B01", "EL123456789", "IE1234567WA", "ES X1234567L", "SE123456789001", "IT12345678901",
        "PL-123-456-78-90"})
    void takesEachMemberStatesFormat(String typed) {
        assertThat(VatNumber.parse(typed)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "FR", "FR4030326504", "DE12345678", "ATX12345678", "BE2123456789", "NL123456789X01",
        "US123456789", "CH123456789", "GB123456789", "SE123456789012", "123456789", "FR40303265045FR40303265045"})
    void refusesAnythingElse(String typed) {
        assertThat(VatNumber.parse(typed)).isEmpty();
    }

    @Test
    void greeceIsEl() {
        assertThat(VatNumber.parse("GR123456789")).contains(new VatNumber("EL", "123456789"));
        assertThat(VatNumber.parse("fr 40 303 265 045").orElseThrow()).hasToString("FR40303265045");
    }
}
