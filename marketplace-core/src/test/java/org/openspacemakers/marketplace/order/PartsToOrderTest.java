package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.BomEntry;

/**
 * The parts an assembly-only buyer supplies, placed on the frozen BOM, and how many of each the
 * parts file asks for: what each supplied part covers, and the spares of small passives.
 */
class PartsToOrderTest {

    private static final List<BomEntry> BOM = List.of(
            new BomEntry(List.of("R1", "R2", "R3"), "10k", "R_0603", 3, "Yageo", "RC0603FR-0710KL", "", "", false),
            new BomEntry(List.of("C1"), "100n", "C_0402", 1, "Murata", "GRM155R71C104KA88D", "", "", false),
            new BomEntry(List.of("FB1", "L1"), "600R", "0603", 2, "Murata", "BLM18AG601SN1D", "", "", false),
            new BomEntry(List.of("U1"), "MAX31856", "SSOP-14", 1, "Analog Devices", "MAX31856MUD+T", "", "", false),
            new BomEntry(List.of("J9"), "DNP", "PinHeader", 1, "", "", "", "", true));

    @Test
    void aPartDeclaredForOneReferenceStandsForItsWholeBomLineAndAnotherNamedReferenceKeepsItsOwn() {
        List<PartToSupply> parts = PartToSupply.forLine(0, 2, List.of(
                new SuppliedPartRecord(0, "R1", "ERJ-3EKF1002V"),
                new SuppliedPartRecord(0, "R3", "RC0603FR-0710KL"),
                new SuppliedPartRecord(0, "U1", "MAX31856MUD+T")), BOM);

        assertThat(parts).extracting(PartToSupply::referenceText, PartToSupply::perBoard, PartToSupply::needed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R1 R2", 2, 4), org.assertj.core.groups.Tuple.tuple("R3", 1, 2),
                        org.assertj.core.groups.Tuple.tuple("U1", 1, 2));
        assertThat(parts.get(0).manufacturer()).as("an alternate's maker is not the BOM's").isEmpty();
        assertThat(parts.get(1).manufacturer()).isEqualTo("Yageo");
        assertThat(parts.get(0).accepted()).containsExactly("RC0603FR-0710KL", "ERJ-3EKF1002V");
        assertThat(parts.get(0).accepts(" erj-3ekf1002v ")).isTrue();
        assertThat(parts.get(2).description()).isEqualTo("MAX31856 SSOP-14");
    }

    @Test
    void smallPassivesGetTenPercentSparesRoundedUpAndAtLeastOne() {
        PartsSettings settings = new PartsSettings(null, null);
        List<PartToSupply> parts = PartToSupply.forLine(0, 9, List.of(
                new SuppliedPartRecord(0, "R1 R2 R3", "RC0603FR-0710KL"),
                new SuppliedPartRecord(0, "C1", "GRM155R71C104KA88D"),
                new SuppliedPartRecord(0, "FB1 L1", "BLM18AG601SN1D"),
                new SuppliedPartRecord(0, "U1", "MAX31856MUD+T")), BOM);

        assertThat(parts).extracting(settings::toOrder).containsExactly(27 + 3, 9 + 1, 18 + 2, 9);
        assertThat(new PartsSettings(BigDecimal.ZERO, null).toOrder(parts.get(0))).isEqualTo(27);
        assertThat(new PartsSettings(new BigDecimal("0.25"), List.of("u")).toOrder(parts.get(3))).isEqualTo(9 + 3);
        assertThat(settings.smallPassive(new PartToSupply(0, 0, List.of("RV1"), "", "x", "", 1, 1, List.of()))).isFalse();
        assertThatThrownBy(() -> new PartsSettings(new BigDecimal("1.5"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartsSettings(null, List.of("R1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serialPrefixesAreReadableAndBounded() {
        assertThat(SerialNumbers.prefix("thermocouple-card", "1.0")).isEqualTo("THERMOCOUPLE-1.0");
        assertThat(SerialNumbers.prefix("padauk-programmer", "rev B/2")).isEqualTo("PADAUK-REV_B_2");
        assertThat(SerialNumbers.prefix("averyveryverylongboardname", "x".repeat(40))).hasSize(12 + 1 + 20);
    }
}
