package org.openspacemakers.marketplace.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/** An approval as a reviewer asks it: checked field by field, every fault named at once. */
class ApprovalTest {

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        Approval asked = new Approval(List.of("FR", "US", "XX"), List.of(), Arrays.asList(OfferKind.FULL_KIT, null), null, " ");
        assertThatThrownBy(() -> asked.scope(Set.of(OfferKind.FULL_KIT))).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.problems()).extracting(InvalidInput.Problem::field, InvalidInput.Problem::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("countries[1]", "invalid.euCountry"),
                                org.assertj.core.groups.Tuple.tuple("countries[2]", "invalid.country"),
                                org.assertj.core.groups.Tuple.tuple("buyerTypes", "invalid.buyerTypes"),
                                org.assertj.core.groups.Tuple.tuple("offerKinds", "invalid.choice"),
                                org.assertj.core.groups.Tuple.tuple("reason", "invalid.reason")));
    }

    @Test
    void withNoOfferKindNamedItCoversEveryKindTheRevisionIsOffered() {
        Approval asked = new Approval(List.of("FR", "DE"), List.of(BuyerType.CONSUMER), List.of(), null, "complete");
        assertThat(asked.scope(Set.of(OfferKind.ASSEMBLY_ONLY)))
                .isEqualTo(new ApprovalScope(Set.of(OfferKind.ASSEMBLY_ONLY), Set.of(CountryCode.of("FR"), CountryCode.of("DE")),
                        Set.of(BuyerType.CONSUMER)));
        assertThat(asked.scope(Set.of()).offerKinds()).as("not offered yet: every kind").isEqualTo(EnumSet.allOf(OfferKind.class));
        assertThat(new Approval(List.of("FR"), List.of(BuyerType.PROFESSIONAL), List.of(OfferKind.FULL_KIT), null, "ok")
                .scope(EnumSet.allOf(OfferKind.class)).offerKinds()).containsExactly(OfferKind.FULL_KIT);
    }
}
