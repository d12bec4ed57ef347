package org.openspacemakers.marketplace.compliance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/** The WEEE, battery and SVHC sections: what each lacks, and the field it names when refusing. */
class SmallSectionsTest {

    @Test
    void weeeNeedsItsCategoriesAndTakeBackAndRefusesATakeBackTooLong() {
        WeeeSection weee = new WeeeSection();
        assertThat(weee.content()).isEqualTo(new DossierContent.Weee(true, "", ""));
        weee.replace(new DossierContent.Weee(false, "5", ""));
        assertThat(weee.gaps()).containsExactly(Refusal.of(RefusalCode.WEEE_INFO_INCOMPLETE, "take-back information"));
        assertThatThrownBy(() -> weee.replace(new DossierContent.Weee(false, "5", "x".repeat(5001))))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("weee.takeBack");
    }

    @Test
    void aBatteryIsDescribedOnlyWhenThereIsOne() {
        BatterySection battery = new BatterySection();
        battery.replace(new DossierContent.Battery(false, "", false));
        assertThat(battery.gaps()).isEmpty();
        battery.replace(new DossierContent.Battery(true, "", true));
        assertThat(battery.gaps()).containsExactly(Refusal.of(RefusalCode.BATTERY_INFO_INCOMPLETE, "battery description"));
        assertThatThrownBy(() -> battery.replace(new DossierContent.Battery(true, "x".repeat(501), true)))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("battery.description");
    }

    @Test
    void aSubstanceOfVeryHighConcernIsDisclosedOnlyWhenPresent() {
        SvhcSection svhc = new SvhcSection();
        svhc.replace(new DossierContent.Svhc(false, ""));
        assertThat(svhc.gaps()).isEmpty();
        svhc.replace(new DossierContent.Svhc(true, ""));
        assertThat(svhc.gaps()).containsExactly(Refusal.of(RefusalCode.SVHC_DISCLOSURE_MISSING, "SVHC disclosure"));
        assertThatThrownBy(() -> svhc.replace(new DossierContent.Svhc(true, "x".repeat(5001))))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("svhc.disclosure");
    }
}
