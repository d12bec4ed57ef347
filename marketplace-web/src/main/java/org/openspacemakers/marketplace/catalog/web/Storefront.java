package org.openspacemakers.marketplace.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Locale;
import java.util.Optional;
import org.openspacemakers.marketplace.catalog.BoardDetails;
import org.openspacemakers.marketplace.catalog.BomEntry;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Offer;
import org.openspacemakers.marketplace.catalog.ProductPage;
import org.openspacemakers.marketplace.catalog.ProductPages;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleEligibility;
import org.openspacemakers.marketplace.compliance.SaleNotices;
import org.openspacemakers.marketplace.compliance.SaleOutlook;
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

    private final ProductPages pages;
    private final RefusalMessages refusals;
    private final Clock clock;
    private final AssemblyQueue queue;

    Storefront(ProductPages pages, RefusalMessages refusals, Clock clock, AssemblyQueue queue) {
        this.pages = pages;
        this.queue = queue;
        this.refusals = refusals;
        this.clock = clock;
    }

    /**
     * The product page's data: the page as of its version ({@link ProductPage}: the board, the
     * description made safe, the conformity statements...) and its public revisions with their
     * offers as this visitor sees them now.
     */
    record Product(ProductPage page, List<PublicRevision> revisions) {

        public BoardDetails details() {
            return page.details();
        }

        public String descriptionHtml() {
            return page.descriptionHtml();
        }

        /**
         * Whether a public revision has an offer of this kind ({@code FULL_KIT}, {@code ASSEMBLY_ONLY}):
         * the page states the guarantee of each kind it sells.
         */
        public boolean offers(String kind) {
            return revisions.stream().flatMap(r -> r.offers().stream()).anyMatch(o -> o.offer().kind().name().equals(kind));
        }
    }

    /** A public revision, its offers, and the link to the design files at its exact tag or commit. */
    record PublicRevision(BoardDetails.RevisionOffers revision, List<PublicOffer> offers, String sourceLink) {

        /**
         * Handed in and not decided yet: its offers cannot be ordered anywhere until the review
         * decides, and the product page says only that (what its dossier may still lack is for its
         * team and reviewers).
         */
        public boolean awaitingReview() {
            ReviewStatus status = revision.revision().reviewStatus();
            return status == ReviewStatus.SUBMITTED || status == ReviewStatus.IN_REVIEW;
        }

        /** The parts an assembly-only buyer has delivered to the workshop. */
        public List<BomEntry> partsToSupply() {
            return revision.partsToSupply();
        }
    }

    /**
     * An offer with its lead time (computed from the team's queue and capacity), or the day its
     * team takes orders again while it paused them (the offer takes no order until then), what its
     * buyer must do (acknowledge a warning at checkout, buy as a verified professional), and when a
     * country was given, whether it can be ordered there on those conditions and why not.
     */
    record PublicOffer(Offer offer, Money price, int leadTimeDays, Optional<LocalDate> pausedUntil,
            Optional<Integer> stock, SaleNotices notices, Optional<Boolean> eligible, List<RefusalMessages.Reason> reasons) {
    }

    /**
     * A board's public page as of now, its team's lead time, the day its team takes orders again
     * when it paused them today, the shelves of its offers sold from stock, and what its sales
     * brought so far: what the HTML of its page depends on, besides the visitor.
     */
    record Shown(ProductPage page, int leadTimeDays, Optional<LocalDate> pausedUntil, Map<UUID, Integer> stock,
            long stockVersion, ProductPages.Sales sales) {
    }

    /**
     * The page of this slug as of now, with the lead time: one statement (the page's version and the
     * team's queue) while this node holds the page of the current version. Not found unless a
     * revision of the board is public.
     */
    Shown shown(String slug) {
        ProductPages.Current current = pages.page(slug).orElseThrow(NotFound::new);
        ProductPage page = current.page();
        if (page.details().publicRevisions().isEmpty()) {
            throw new NotFound();
        }
        return shown(current);
    }

    /**
     * The page of this slug as its team sees it before buyers do, drafts included, built now and
     * never kept ({@link ProductPages#preview}). Not found unless this person is of the board's team.
     */
    Shown preview(UUID person, String slug) {
        return shown(pages.preview(person, slug));
    }

    private Shown shown(ProductPages.Current current) {
        ProductPage page = current.page();
        // The page keeps the team as of its version (a pause or resumption raises it); whether the
        // pause still runs is judged today, so it ends on its day without a new version.
        return new Shown(page, queue.leadTimeDays(page.details().team(), current.queuedBoards()),
                page.details().team().pausedOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), current.stock(),
                current.stockVersion(), current.sales());
    }

    /** The product of this slug for this visitor. */
    Product product(String slug, Optional<CountryCode> country, Optional<BuyerType> buyerType, Locale locale) {
        return product(shown(slug), country, buyerType, locale);
    }

    /**
     * The product shown, for this visitor: whether each offer may go to their country on its
     * conditions, and why not, in their language; bought by the kind of buyer given, or when none
     * is (a visitor of the page), by the kind each offer is sold to.
     */
    Product product(Shown shown, Optional<CountryCode> country, Optional<BuyerType> buyerType, Locale locale) {
        ProductPage page = shown.page();
        BoardDetails details = page.details();
        List<BoardDetails.RevisionOffers> listed = page.shownRevisions();
        int leadTimeDays = shown.leadTimeDays();
        List<Offer> offers = listed.stream().flatMap(r -> r.offers().stream()).toList();
        Map<UUID, SaleEligibility> answers = new HashMap<>();
        country.ifPresent(destination -> {
            List<SaleOutlook> outlooks = page.outlooks(offers, destination, buyerType, clock.instant());
            for (int i = 0; i < offers.size(); i++) {
                answers.put(offers.get(i).id(), outlooks.get(i).eligibility());
            }
        });
        List<PublicRevision> revisions = listed.stream()
                .map(r -> new PublicRevision(r, r.offers().stream().map(offer -> {
                    SaleEligibility answer = answers.get(offer.id());

                    Optional<Integer> onShelf = Optional.ofNullable(shown.stock().get(offer.id()));
                    return new PublicOffer(offer, offer.price(), onShelf.isPresent() ? AssemblyQueue.FROM_STOCK_DAYS : leadTimeDays,
                            shown.pausedUntil(), onShelf,
                            page.answers().notices(RevisionRef.of(offer.revisionId())),
                            Optional.ofNullable(answer).map(SaleEligibility::isEligible),
                            answer == null ? List.of() : refusals.explain(answer.reasons(), locale));
                }).toList(), sourceLink(details.board().sourceUrl(), r.revision().sourceRef())))
                .toList();
        return new Product(page, revisions);
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
