package org.openspacemakers.marketplace.catalog.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Locale;
import java.util.Optional;
import org.openspacemakers.marketplace.catalog.BoardDetails;
import org.openspacemakers.marketplace.catalog.BomEntry;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Offer;
import org.openspacemakers.marketplace.catalog.text.SafeMarkdown;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.SaleEligibility;
import org.openspacemakers.marketplace.order.AssemblyQueue;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.springframework.stereotype.Component;

/**
 * What a buyer sees of a board, shared by the product page and the API: only revisions handed in
 * for review are public, and each offer says whether it can be ordered to the visitor's country.
 */
@Component
class Storefront {

    private final BoardQueries catalog;
    private final AssemblyQueue queue;
    private final RefusalMessages refusals;
    private final SafeMarkdown markdown = new SafeMarkdown();

    Storefront(BoardQueries catalog, AssemblyQueue queue, RefusalMessages refusals) {
        this.catalog = catalog;
        this.queue = queue;
        this.refusals = refusals;
    }

    /** The product page's data; {@code descriptionHtml} is the Markdown description made safe. */
    record Product(BoardDetails details, String descriptionHtml, List<PublicRevision> revisions) {
    }

    /** A public revision, its offers, and the link to the design files at its exact tag or commit. */
    record PublicRevision(BoardDetails.RevisionOffers revision, List<PublicOffer> offers, String sourceLink) {

        /** The parts an assembly-only buyer has delivered to the workshop. */
        public List<BomEntry> partsToSupply() {
            return revision.partsToSupply();
        }
    }

    /**
     * An offer with its lead time (computed from the team's queue and capacity), and when a
     * country was given, whether it can be ordered there and why not.
     */
    record PublicOffer(Offer offer, Money price, int leadTimeDays, Optional<Boolean> eligible,
            List<RefusalMessages.Reason> reasons) {
    }

    Product product(String slug, Optional<CountryCode> country, BuyerType buyerType, Locale locale) {
        BoardDetails details = catalog.board(slug).orElseThrow(NotFound::new);
        List<BoardDetails.RevisionOffers> listed = details.publicRevisions();
        if (listed.isEmpty()) {
            throw new NotFound();
        }
        int leadTimeDays = AssemblyQueue.leadTimeDays(details.team(), queue.queuedBoards(details.team().id()));
        List<Offer> offers = listed.stream().flatMap(r -> r.offers().stream()).toList();
        Map<UUID, SaleEligibility> answers = new HashMap<>();
        country.ifPresent(destination -> {
            List<SaleEligibility> eligibilities = catalog.eligibilities(offers, destination, buyerType);
            for (int i = 0; i < offers.size(); i++) {
                answers.put(offers.get(i).id(), eligibilities.get(i));
            }
        });
        List<PublicRevision> revisions = listed.stream()
                .map(r -> new PublicRevision(r, r.offers().stream().map(offer -> {
                    SaleEligibility answer = answers.get(offer.id());
                    return new PublicOffer(offer, offer.price(), leadTimeDays,
                            Optional.ofNullable(answer).map(SaleEligibility::isEligible),
                            answer == null ? List.of() : refusals.explain(answer.reasons(), locale));
                }).toList(), sourceLink(details.board().sourceUrl(), r.revision().sourceRef())))
                .toList();
        return new Product(details, markdown.toHtml(details.board().description()), revisions);
    }

    /**
     * The repository at the revision's tag or commit, for the forges whose address for it is known
     * (GitHub, GitLab, Codeberg); elsewhere the repository itself.
     */
    static String sourceLink(String repository, String ref) {
        if (ref == null || ref.isBlank()) {
            return repository;
        }
        String base = repository.replaceAll("(\\.git)?/*$", "");
        String encoded = java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8);
        if (base.startsWith("https://github.com/")) {
            return base + "/tree/" + encoded;
        }
        if (base.startsWith("https://gitlab.com/")) {
            return base + "/-/tree/" + encoded;
        }
        if (base.startsWith("https://codeberg.org/")) {
            return base + "/src/commit/" + encoded;
        }
        return repository;
    }
}
