package org.openspacemakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewStatus;

/**
 * Once its revision is handed in, an offer changes only its price and breakdown; no offer is added
 * to the revision, until a reviewer sends it back for changes.
 */
class OfferTest {

    private static final UUID MAKER = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final PriceBreakdown FULL_KIT = new PriceBreakdown(1_000, 300, 700, 250, 250);
    private static final PriceBreakdown CHEAPER = new PriceBreakdown(1_000, 300, 190, 250, 250);
    private static final PriceBreakdown ASSEMBLY = new PriceBreakdown(0, 300, 800, 200, 200);

    @Test
    void aSubmittedRevisionsOfferChangesItsPriceButNotItsVatCategoryAndTheRevisionTakesNoNewOffer() {
        Revision revision = new Revision(UUID.randomUUID(), 1, "1.0", NOW);
        Offer offer = revision.offer(OfferKind.FULL_KIT, Money.euros(2_500), VatCategory.STANDARD, FULL_KIT);
        revision.reviewMovedTo(ReviewStatus.APPROVED);

        assertThatThrownBy(() -> revision.offer(OfferKind.ASSEMBLY_ONLY, Money.euros(1_500), VatCategory.STANDARD, ASSEMBLY))
                .isInstanceOfSatisfying(RevisionFrozen.class, e -> assertThat(e.key()).isEqualTo("conflict.offerAdded"));
        assertThatThrownBy(() -> offer.change(revision, Money.euros(1_990), VatCategory.REDUCED, CHEAPER, MAKER, NOW))
                .isInstanceOfSatisfying(RevisionFrozen.class, e -> assertThat(e.key()).isEqualTo("conflict.vatCategoryFrozen"));
        assertThat(offer.price()).as("nothing changed").isEqualTo(Money.euros(2_500));

        offer.change(revision, Money.euros(1_990), VatCategory.STANDARD, CHEAPER, MAKER, NOW);

        assertThat(offer.price()).isEqualTo(Money.euros(1_990));
        assertThat(offer.breakdown()).isEqualTo(CHEAPER);
    }

    @Test
    void aRevisionSentBackForChangesTakesNewOffersAndVatCategoriesAgain() {
        Revision revision = new Revision(UUID.randomUUID(), 1, "1.0", NOW);
        Offer offer = revision.offer(OfferKind.FULL_KIT, Money.euros(2_500), VatCategory.STANDARD, FULL_KIT);
        revision.reviewMovedTo(ReviewStatus.CHANGES_REQUESTED);

        offer.change(revision, Money.euros(2_500), VatCategory.REDUCED, FULL_KIT, MAKER, NOW);

        assertThat(offer.vatCategory()).isEqualTo(VatCategory.REDUCED);
        assertThat(revision.offer(OfferKind.ASSEMBLY_ONLY, Money.euros(1_500), VatCategory.STANDARD, ASSEMBLY).kind())
                .isEqualTo(OfferKind.ASSEMBLY_ONLY);
    }
}
