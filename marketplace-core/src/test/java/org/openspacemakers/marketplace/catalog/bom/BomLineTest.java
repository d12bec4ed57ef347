package org.openspacemakers.marketplace.catalog.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BomLineTest {

    @Test
    void countsOnePartPerReference() {
        assertThat(line(List.of("C1", "C2", "C3"), 1).quantity()).isEqualTo(3);
    }

    @Test
    void refusesALineWithoutOrWithMalformedOrRepeatedReferences() {
        assertThatThrownBy(() -> line(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(List.of("R 1"), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(List.of("12"), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(List.of("R1", "r1"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> line(List.of("R1"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsTextInCleanForm() {
        BomLine line = new BomLine(List.of("R1"), "  10k\u200E ", "R_0603\n(hand solder)", null, "RC0603", "", "", false, 2);

        assertThat(line.value()).isEqualTo("10k");
        assertThat(line.footprint()).isEqualTo("R_0603 (hand solder)");
        assertThat(line.manufacturer()).isEmpty();
        assertThatThrownBy(() -> new BomLine(List.of("R1"), "10k\u0000", "", "", "", "", "", false, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsReferencesFromLaterChanges() {
        List<String> references = new ArrayList<>(List.of("R1"));
        BomLine line = line(references, 1);
        references.add("R2");

        assertThat(line.references()).containsExactly("R1");
    }

    @Test
    void aBomNamesEachReferenceOnceAndHasALine() {
        assertThatThrownBy(() -> new Bom(List.of(line(List.of("R1", "R2"), 2), line(List.of("R2"), 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reference R2 is on line 2 and again on line 3");
        assertThatThrownBy(() -> new Bom(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Bom(List.of(line(List.of("R1", "R2"), 2), line(List.of("C1"), 3))).referenceCount()).isEqualTo(3);
    }

    @Test
    void ordersReferencesTheWayPeopleReadThem() {
        List<String> references = new ArrayList<>(List.of("R10", "C10", "RN1", "C2", "R9", "C1", "c3", "LED1"));
        references.sort(NaturalOrder.INSTANCE);

        assertThat(references).containsExactly("C1", "C2", "c3", "C10", "LED1", "R9", "R10", "RN1");
    }

    private static BomLine line(List<String> references, int sourceLine) {
        return new BomLine(references, "10k", "R_0603", "Yageo", "RC0603FR-0710KL", "", "", false, sourceLine);
    }
}
