package org.openspacemakers.marketplace.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RohsExemptionsTest {

    @Test
    void anExemptionIsFoundWhateverItsCaseAndSpacingAndHoldsPerCategory() {
        RohsExemptions.Exemption glass = RohsExemptions.find(" 7(C)-i").orElseThrow();
        assertThat(glass.code()).isEqualTo("7(c)-I");
        assertThat(glass.annex()).isEqualTo("III");
        assertThat(glass.scope(Locale.ENGLISH)).contains("glass or ceramic other than dielectric ceramic in capacitors");
        assertThat(glass.scope(Locale.FRENCH)).startsWith("Composants électriques et électroniques");
        assertThat(RohsExemptions.lastDay("7(c)-I", 9)).contains(LocalDate.parse("2027-06-30"));

        assertThat(RohsExemptions.lastDay("6(b)-I", 3)).contains(LocalDate.parse("2026-12-11"));
        assertThat(RohsExemptions.lastDay("6(b)-I", 11)).contains(LocalDate.parse("2027-06-11"));
        assertThat(RohsExemptions.find("6(b)-I").orElseThrow().validity(8)).as("not covered").isEmpty();
        assertThat(RohsExemptions.lastDay("6(b)-I", null)).isEmpty();
    }

    @Test
    void anExemptionAwaitingItsRenewalDecisionHasNoLastDay() {
        RohsExemptions.Validity pending = RohsExemptions.find("15(a)").orElseThrow().validity(3).orElseThrow();
        assertThat(pending.expiry()).isEmpty();
        assertThat(RohsExemptions.lastDay("15(a)", 3)).isEmpty();
    }

    @Test
    void aCodeOutsideTheTableIsNoExemption() {
        assertThat(RohsExemptions.find("7(c)-III")).isEmpty();
        assertThat(RohsExemptions.find("")).isEmpty();
        assertThat(RohsExemptions.all()).extracting(RohsExemptions.Exemption::code)
                .contains("6(a)", "6(a)-I", "6(b)", "6(c)", "7(a)", "7(c)-I", "7(c)-II", "15", "15(a)")
                .doesNotHaveDuplicates();
    }
}
