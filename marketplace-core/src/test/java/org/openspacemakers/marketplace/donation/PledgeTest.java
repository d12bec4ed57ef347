package org.openspacemakers.marketplace.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/** A pledge checked against the settings: what a company that gives must say, and when it may say it. */
class PledgeTest {

    private static final DonationSettings TAX_RECEIPTS = new DonationSettings(null, null, null, true, "Objet",
            "Marie Curie", "Trésorière");
    private static final DonationSettings NO_TAX_RECEIPTS = new DonationSettings(null, null, null, false, null, null, null);

    @Test
    void aCompanyGivesItsLegalFormAndAValidSirenWhichIsKeptWithoutItsSpaces() {
        Pledge pledge = company(new DonorCompany(" SAS ", "732 829 320")).checked(TAX_RECEIPTS);

        assertThat(pledge.company()).isEqualTo(new DonorCompany("SAS", "732829320"));
        assertThat(pledge.company().hasSiren()).isTrue();
    }

    @Test
    void aCompanyWithoutItsFormOrWithANumberThatIsNoSirenIsRefusedNamingEachField() {
        assertThatThrownBy(() -> company(new DonorCompany("", "")).checked(TAX_RECEIPTS))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::key)
                        .containsExactlyInAnyOrder(Tuple.tuple("legalForm", "invalid.required"),
                                Tuple.tuple("companyId", "invalid.required")));
        for (String notASiren : new String[] {"732829321", "12345678", "1234567890", "FR40732829320", "73282932O"}) {
            assertThatThrownBy(() -> company(new DonorCompany("SAS", notASiren)).checked(TAX_RECEIPTS))
                    .as(notASiren)
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .extracting(InvalidInput.Problem::field, InvalidInput.Problem::key)
                            .containsExactly(Tuple.tuple("companyId", "invalid.siren")));
        }
        assertThatThrownBy(() -> company(new DonorCompany("S".repeat(61), "732829320")).checked(TAX_RECEIPTS))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("legalForm"));
    }

    @Test
    void aCompanyIsToldApartOnlyWhenReceiptsAreTaxReceipts() {
        assertThatThrownBy(() -> company(new DonorCompany("SAS", "732829320")).checked(NO_TAX_RECEIPTS))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("donorKind"));
    }

    @Test
    void aProfessionalsVatNumberGivesTheSirenWhenItIsFrenchAndIsKeptWholeOtherwise() {
        assertThat(DonorCompany.ofVatNumber("FR40732829320")).isEqualTo(new DonorCompany("", "732829320"));
        assertThat(DonorCompany.ofVatNumber("FRXX732829320").identifier()).isEqualTo("732829320");
        assertThat(DonorCompany.ofVatNumber("DE123456789")).isEqualTo(new DonorCompany("", "DE123456789"));
        assertThat(DonorCompany.ofVatNumber("DE123456789").hasSiren()).isFalse();
    }

    private static Pledge company(DonorCompany company) {
        return new Pledge(Money.euros(5_000), "Acme", "dons@acme.example", "1 rue de la Paix", null, "75002", "Paris", "FR",
                null, Locale.FRENCH, company);
    }
}
