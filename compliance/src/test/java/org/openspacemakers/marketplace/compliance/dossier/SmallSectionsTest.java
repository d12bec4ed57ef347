package org.openspacemakers.marketplace.compliance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/** The WEEE, battery and SVHC sections: what each lacks, and the field it names when refusing. */
class SmallSectionsTest {

    @Test
    void weeeNeedsItsCategoriesAndTakeBackAndRefusesATakeBackTooLong() {
        WeeeSection weee = new WeeeSection();
        assertThat(weee.content()).isEqualTo(DossierContent.Weee.typed(true, "", ""));
        weee.replace(DossierContent.Weee.typed(false, "5", ""));
        assertThat(weee.gaps()).containsExactly(Refusal.of(RefusalCode.WEEE_INFO_INCOMPLETE, "take-back information"));
        assertThatThrownBy(() -> weee.replace(DossierContent.Weee.typed(false, "5", "x".repeat(5001))))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("weee.takeBack");
    }

    @Test
    void weeeCategoriesAreTheNumbersOfAnnexIiiAndAnOlderTextReadsByTheNumbersItNames() {
        assertThat(DossierContent.Weee.typed(true, "Category 5 (small equipment)", "").categories())
                .containsExactly(WeeeCategory.SMALL);
        assertThat(DossierContent.Weee.typed(true, " 6, 5 ", "").categoriesText()).isEqualTo("5, 6");
        for (String wrong : List.of("small equipment", "7", "5, 10")) {
            assertThatThrownBy(() -> DossierContent.Weee.typed(true, wrong, ""))
                    .isInstanceOf(DossierRejected.class)
                    .extracting(e -> ((DossierRejected) e).field()).isEqualTo("weee.categories");
        }
        WeeeSection weee = new WeeeSection();
        weee.replace(DossierContent.Weee.typed(true, "Category 6 (small IT equipment)", "take-back"));
        assertThat(weee.categories()).containsExactly(WeeeCategory.SMALL_IT);
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
