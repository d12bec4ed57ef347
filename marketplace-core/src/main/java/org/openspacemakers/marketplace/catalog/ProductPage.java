package org.openspacemakers.marketplace.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Conformity;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleAnswers;
import org.openspacemakers.marketplace.compliance.SaleOutlook;

/**
 * What a board's product page shows, as of one page version ({@link ProductPages}): the board,
 * team, revisions, offers and BOMs; the description made safe; the conformity statements of the
 * newest approved revision; the French IDU; the WEEE numbers offers to their country must show
 * (Germany's, by country code); and the gate's inputs for the public revisions, so
 * that whether an offer may go to a country is answered in memory, for the day of the request.
 * Shared by the requests of a node: nothing in it changes after it is built.
 * <p>
 * A {@code preview} is the page its team sees before buyers do ({@link ProductPages#preview}): the
 * same page, with the draft revisions too; never kept, never shown to anyone else.
 */
public record ProductPage(long version, BoardDetails details, String descriptionHtml, Optional<Conformity> conformity,
        Optional<String> frenchEquipmentIdu, Map<String, String> weeeNumbersOnOffers, SaleAnswers answers,
        boolean preview) {

    /**
     * The revisions the page shows, newest first: those buyers may see (handed in for review), and
     * in a preview the drafts too.
     */
    public List<BoardDetails.RevisionOffers> shownRevisions() {
        return details.shownRevisions(preview);
    }

    /**
     * Whether each of these offers of the page could be ordered there at that instant, on its
     * revision's conditions ({@link SaleAnswers#outlook}), in their order: by the kind of buyer
     * given, or when none is, by the kind each is sold to.
     */
    public List<SaleOutlook> outlooks(List<Offer> offers, CountryCode destination, Optional<BuyerType> buyerType,
            Instant at) {
        return offers.stream()
                .map(offer -> answers.outlook(RevisionRef.of(offer.revisionId()), offer.kind(), destination, buyerType, at))
                .toList();
    }
}
