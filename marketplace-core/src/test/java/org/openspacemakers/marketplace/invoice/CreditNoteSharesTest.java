package org.openspacemakers.marketplace.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.invoice.CreditedSoFar.Amounts;
import org.openspacemakers.marketplace.invoice.CreditedSoFar.Rate;
import org.openspacemakers.marketplace.tax.VatTreatment;

/** How a refund is shared between an invoice's VAT rates: in proportion, to the cent, never past what is left. */
class CreditNoteSharesTest {

    private static final Rate STANDARD = new Rate(VatTreatment.HOME_RATE, 2000);
    private static final Rate REDUCED = new Rate(VatTreatment.HOME_RATE, 550);

    @Test
    void aPartialRefundIsSharedInProportionByTheLargestRemainders() {
        Map<Rate, Amounts> left = new LinkedHashMap<>();
        left.put(STANDARD, new Amounts(12_000, 2_000));
        left.put(REDUCED, new Amounts(1_055, 55));

        List<DocumentLine> lines = Invoices.shared(left, 6_000, 13_055);

        assertThat(lines).extracting(DocumentLine::unitPriceMinor).as("5515.1 and 484.9 of 6000").containsExactly(5_515L, 485L);
        assertThat(lines).extracting(DocumentLine::vatMinor).as("the VAT contained in each share").containsExactly(919L, 25L);
        assertThat(lines).extracting(DocumentLine::vatRateBasisPoints).containsExactly(2000, 550);
    }

    @Test
    void theLastRefundCreditsExactlyWhatIsLeftOfEachRateVatIncluded() {
        Map<Rate, Amounts> left = new LinkedHashMap<>();
        left.put(STANDARD, new Amounts(12_000 - 5_515, 2_000 - 919));
        left.put(REDUCED, new Amounts(1_055 - 485, 55 - 25));

        List<DocumentLine> lines = Invoices.shared(left, 7_055, 7_055);

        assertThat(lines).extracting(DocumentLine::unitPriceMinor).containsExactly(6_485L, 570L);
        assertThat(lines).extracting(DocumentLine::vatMinor).as("the invoice's VAT, credited to the cent").containsExactly(1_081L, 30L);
    }

    @Test
    void aCentIsNeverGivenToARateWithNothingLeftToLose() {
        Map<Rate, Amounts> left = new LinkedHashMap<>();
        left.put(STANDARD, new Amounts(1, 0));
        left.put(REDUCED, new Amounts(2, 0));
        left.put(new Rate(VatTreatment.FRANCHISE, 0), new Amounts(2, 0));

        List<DocumentLine> lines = Invoices.shared(left, 4, 5);

        assertThat(lines.stream().mapToLong(DocumentLine::totalMinor).sum()).isEqualTo(4);
        assertThat(lines).allSatisfy(line -> assertThat(line.unitPriceMinor()).isLessThanOrEqualTo(2));
    }
}
