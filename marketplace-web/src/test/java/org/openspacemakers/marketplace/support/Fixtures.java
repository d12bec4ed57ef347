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
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Offer;
import org.openspacemakers.marketplace.catalog.OpenHardwareLicence;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.ApprovalScope;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.OfficialLanguages;
import org.openspacemakers.marketplace.system.DemoDossiers;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds what a test needs through the store's own services and transitions (never by writing
 * rows), each with fresh names so tests never see each other's data.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "a-long-test-password";

    private final Accounts accounts;
    private final Catalog catalog;
    private final Compliance compliance;
    private final DemoDossiers dossiers;

    Fixtures(Accounts accounts, Catalog catalog, Compliance compliance, DemoDossiers dossiers) {
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.catalog = catalog;
        this.compliance = compliance;
    }

    /** A listed board: what a test orders and reviews. */
    public record Listing(Team team, Board board, Revision revision, Offer fullKit, Credentials maker) {
    }

    public Credentials user(Role... roles) {
        String email = roles[0].name().toLowerCase() + "-" + UUID.randomUUID() + "@test.example";
        User user = accounts.register(email, PASSWORD, "Test " + roles[0], EnumSet.copyOf(List.of(roles)));
        return new Credentials(user.id(), email, PASSWORD);
    }

    /**
     * A complete dossier, as the demo's, with warnings in every official language of the EU (so
     * that any member state a test picks is covered).
     */
    public static DemoDossiers.Spec completeDossier() {
        return DemoDossiers.Spec.measurement().withWarnings(OfficialLanguages.ALL);
    }

    /**
     * A board whose revision, with a complete dossier, is submitted for review and not yet
     * reviewed, offered as a full kit.
     */
    public Listing submittedListing(Credentials... extraMembers) {
        return submittedListing(completeDossier(), extraMembers);
    }

    /** A board submitted for review with a dossier filled to this spec ({@code null}: no dossier at all). */
    public Listing submittedListing(DemoDossiers.Spec dossier, Credentials... extraMembers) {
        Credentials maker = user(Role.MAKER);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> members = new java.util.ArrayList<>(List.of(maker.id()));
        for (Credentials extra : extraMembers) {
            members.add(extra.id());
        }
        Team team = catalog.createTeam(Slug.of("team-" + suffix), "Team " + suffix, members);
        Board board = catalog.createBoard(maker.id(), team.slug(), Slug.of("board-" + suffix), boardText("Board " + suffix));
        Revision revision = draftRevision(maker, board, "1.0");
        Offer fullKit = catalog.offer(maker.id(), revision.id(), OfferKind.FULL_KIT, Money.euros(2_500),
                VatCategory.STANDARD, new PriceBreakdown(1_000, 300, 700, 250, 250));
        if (dossier != null) {
            dossiers.complete(revision.id(), maker.id(), dossier);
        }
        catalog.submitForReview(revision.id(), maker.id());
        return new Listing(team, board, revision, fullKit, maker);
    }

    /** A draft revision of the board, with a small BOM. */
    public Revision draftRevision(Credentials maker, Board board, String label) {
        Revision revision = catalog.addRevision(maker.id(), board.slug(), label);
        catalog.uploadBom(maker.id(), revision.id(), SMALL_BOM.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    /** A board whose dossier follows the spec, approved for the given countries, for every kind of buyer. */
    public Listing approvedListing(DemoDossiers.Spec dossier, String... countries) {
        Listing listing = submittedListing(dossier);
        Credentials reviewer = user(Role.REVIEWER);
        RevisionRef revision = RevisionRef.of(listing.revision().id());
        compliance.startReview(revision, reviewer.id());
        compliance.approve(revision, reviewer.id(), new ApprovalScope(EnumSet.allOf(OfferKind.class),
                Set.of(countries).stream().map(CountryCode::of).collect(java.util.stream.Collectors.toSet()),
                EnumSet.allOf(BuyerType.class)), "approved for a test");
        return listing;
    }

    /** An order body for one offer, shipped to an address in the country. */
    public static String orderBody(UUID offerId, int quantity, String country) {
        return """
                {"lines":[{"offerId":"%s","quantity":%d}],"destinationCountry":"%s","buyerType":"CONSUMER",
                 "shippingAddress":{"name":"Ada Lovelace","line1":"1 rue de la Paix","postalCode":"75002",
                 "city":"Paris","country":"%s"}}""".formatted(offerId, quantity, country, country);
    }
}
