package org.openspacemakers.marketplace.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardText;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Offer;
import org.openspacemakers.marketplace.catalog.OpenHardwareLicence;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.Approval;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.support.DossierFixtures.CompleteDossier;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds what a test needs through the store's own services and transitions (never by writing
 * rows), each with fresh names so tests never see each other's data.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "a-long-test-password";

    private final Accounts accounts;
    private final Teams teams;
    private final Listings listings;
    private final Reviews reviews;
    private final DossierFixtures dossiers;

    Fixtures(Accounts accounts, Teams teams, Listings listings, Reviews reviews, DossierFixtures dossiers) {
        this.accounts = accounts;
        this.teams = teams;
        this.listings = listings;
        this.reviews = reviews;
        this.dossiers = dossiers;
    }

    /** A listed board: what a test orders and reviews. */
    public record Listing(Team team, Board board, Revision revision, Offer fullKit, Credentials maker) {
    }

    public Credentials user(Role... roles) {
        String email = roles[0].name().toLowerCase() + "-" + UUID.randomUUID() + "@test.example";
        User user = accounts.register(email, PASSWORD, "Test " + roles[0], EnumSet.copyOf(List.of(roles)));
        return new Credentials(user.id(), email, PASSWORD);
    }

    /** A team of this maker alone, with a fresh slug and no board yet. */
    public Team team(Credentials maker) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return teams.create(Slug.of("team-" + suffix), "Team " + suffix, List.of(maker.id()));
    }

    /** A complete dossier ({@link DossierFixtures}), which a test may vary. */
    public static CompleteDossier completeDossier() {
        return CompleteDossier.complete();
    }

    /**
     * A board whose revision, with a complete dossier, is submitted for review and not yet
     * reviewed, offered as a full kit.
     */
    public Listing submittedListing(Credentials... extraMembers) {
        return submittedListing(completeDossier(), extraMembers);
    }

    /** A board submitted for review with a dossier filled as chosen. */
    public Listing submittedListing(CompleteDossier dossier, Credentials... extraMembers) {
        return submitted(draft(SMALL_BOM, dossier, extraMembers));
    }

    /** A board submitted for review with no dossier at all. */
    public Listing submittedListingWithoutDossier() {
        return submitted(draft(SMALL_BOM, null));
    }

    /** A board submitted for review, with a complete dossier, whose revision has this BOM (CSV). */
    public Listing submittedListingWithBom(String bom) {
        return submitted(draft(bom, completeDossier()));
    }

    /**
     * A board whose revision is still a draft, with {@link #SMALL_BOM}, a full-kit offer and a
     * complete dossier: for a test that changes something before the team submits it.
     */
    public Listing draftListing() {
        return draft(SMALL_BOM, completeDossier());
    }

    private Listing draft(String bom, CompleteDossier dossier, Credentials... extraMembers) {
        Credentials maker = user(Role.MAKER);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> members = new java.util.ArrayList<>(List.of(maker.id()));
        for (Credentials extra : extraMembers) {
            members.add(extra.id());
        }
        Team team = teams.create(Slug.of("team-" + suffix), "Team " + suffix, members);
        Board board = listings.createBoard(maker.id(), team.slug(), Slug.of("board-" + suffix), boardText("Board " + suffix));
        Revision revision = draftRevision(maker, board, "1.0", bom);
        Offer fullKit = listings.offer(maker.id(), revision.id(), OfferKind.FULL_KIT, Money.euros(2_500),
                VatCategory.STANDARD, new PriceBreakdown(1_000, 300, 700, 250, 250));
        if (dossier != null) {
            dossiers.fill(revision.id(), maker.id(), dossier);
        }
        return new Listing(team, board, revision, fullKit, maker);
    }

    private Listing submitted(Listing draft) {
        listings.submitForReview(draft.revision().id(), draft.maker().id());
        return draft;
    }

    /** A draft revision of the board, with a small BOM. */
    public Revision draftRevision(Credentials maker, Board board, String label) {
        return draftRevision(maker, board, label, SMALL_BOM);
    }

    private Revision draftRevision(Credentials maker, Board board, String label, String bom) {
        Revision revision = listings.addRevision(maker.id(), board.slug(), label);
        listings.uploadBom(maker.id(), revision.id(), bom.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return revision;
    }

    public static BoardText boardText(String name) {
        return new BoardText(name, "A test board", "A *test* board.", new OpenHardwareLicence("CERN-OHL-S-2.0"),
                "https://example.org/" + name.toLowerCase().replace(' ', '-'), java.util.Optional.empty(), Set.of("test"));
    }

    /** A two-line BOM as a KiCad export would give it. */
    public static final String SMALL_BOM = """
            Reference,Value,Footprint,Quantity,Manufacturer,MPN
            "R1,R2",10k,R_0603,2,Yageo,RC0603FR-0710KL
            U1,MAX31856,SSOP-14,1,Analog Devices,MAX31856MUD+T
            """;

    /** A board approved (by a fresh reviewer) for the given countries, for every kind of buyer. */
    public Listing approvedListing(String... countries) {
        return approvedListing(completeDossier(), countries);
    }

    /** A board whose dossier is filled as chosen, approved for the given countries, for every kind of buyer. */
    public Listing approvedListing(CompleteDossier dossier, String... countries) {
        Listing listing = submittedListing(dossier);
        approve(listing, countries);
        return listing;
    }

    /** A fresh reviewer starts the review of the listing's submitted revision and approves it for these countries. */
    public void approve(Listing listing, String... countries) {
        Credentials reviewer = user(Role.REVIEWER);
        RevisionRef revision = RevisionRef.of(listing.revision().id());
        reviews.startReview(revision, reviewer.id());
        reviews.approve(revision, reviewer.id(), new Approval(List.of(countries), List.of(BuyerType.values()),
                List.copyOf(EnumSet.allOf(OfferKind.class)), null, "approved for a test"));
    }

    /** An order body for one offer, shipped to an address in the country. */
    public static String orderBody(UUID offerId, int quantity, String country) {
        return """
                {"lines":[{"offerId":"%s","quantity":%d}],"destinationCountry":"%s","buyerType":"CONSUMER",
                 "shippingAddress":{"name":"Ada Lovelace","line1":"1 rue de la Paix","postalCode":"75002",
                 "city":"Paris","country":"%s"}}""".formatted(offerId, quantity, country, country);
    }
}
