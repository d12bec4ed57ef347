package org.openspacemakers.marketplace.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Conformity;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleAnswers;
import org.openspacemakers.marketplace.compliance.SaleEligibility;
import org.openspacemakers.marketplace.compliance.SaleRequest;

/**
 * What a board's product page shows, as of one page version ({@link ProductPages}): the board,
 * team, revisions, offers and BOMs; the description made safe; the conformity statements of the
 * newest approved revision; the French IDU; and the gate's inputs for the public revisions, so
 * that whether an offer may go to a country is answered in memory, for the day of the request.
 * Shared by the requests of a node: nothing in it changes after it is built.
 */
public record ProductPage(long version, BoardDetails details, String descriptionHtml, Optional<Conformity> conformity,
        Optional<String> frenchEquipmentIdu, SaleAnswers answers) {

    /** The gate's answers for these offers of the page, in their order, at that instant. */
    public List<SaleEligibility> eligibilities(List<Offer> offers, CountryCode destination, BuyerType buyerType,
            Instant at) {
        return answers.checkAll(offers.stream()
                .map(offer -> new SaleRequest(RevisionRef.of(offer.revisionId()), offer.kind(), destination, buyerType,
                        Set.of(), at))
                .toList());
    }
}
