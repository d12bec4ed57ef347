package org.openspacemakers.marketplace.catalog.web;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.openspacemakers.marketplace.catalog.Stock;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardPhoto;
import org.openspacemakers.marketplace.catalog.BoardText;
import org.openspacemakers.marketplace.catalog.BomUpload;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.bom.BomImporter;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.catalog.ListingRejected;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Offer;
import org.openspacemakers.marketplace.catalog.OpenHardwareLicence;
import org.openspacemakers.marketplace.catalog.OshwaUid;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.catalog.photo.PhotoIntake;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a team publishes, as JSON: teams (administrators), boards, revisions, BOMs, offers and
 * capacity (the team's members). Anything of another team answers 404, as if it did not exist.
 */
@RestController
@Tag(name = "Listings (teams)")
class ListingApi {

    private final Teams teams;
    private final Stock stock;
    private final Listings listings;
    private final BoardQueries catalog;
    private final Accounts accounts;
    private final RefusalMessages explanations;

    ListingApi(Teams teams, Listings listings, BoardQueries catalog, Accounts accounts, RefusalMessages explanations,
            Stock stock) {
        this.stock = stock;
        this.teams = teams;
        this.listings = listings;
        this.catalog = catalog;
        this.accounts = accounts;
        this.explanations = explanations;
    }

    /** A team: its slug (checked by {@link Slug}), its name, its members by e-mail (each a maker's account). */
    record TeamRequest(@NotBlank String slug, @NotBlank @Size(max = 200) String name, List<@NotBlank String> members) {
    }

    record MemberRequest(@NotBlank String email) {
    }

    /** Both numbers are required; their range is the team's rule. */
    record CapacityRequest(@NotNull Integer weeklyCapacity, @NotNull Integer horizonWeeks) {
    }

    record WorkshopRequest(String address) {
    }

    /** The day the team takes orders again; required, its range is the team's rule. */
    record PauseRequest(@NotNull java.time.LocalDate pausedUntil) {
    }

    /** A team as the API answers it; {@code pausedUntil} only while it is paused (absent otherwise). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TeamJson(String slug, String name, int weeklyCapacity, int horizonWeeks, int slotsOnSale,
            String workshopAddress, java.time.LocalDate pausedUntil) {
        static TeamJson of(Team team, java.time.LocalDate today) {
            return new TeamJson(team.slug(), team.name(), team.weeklyCapacity(), team.horizonWeeks(), team.slotsOnSale(),
                    team.workshopAddress(), team.pausedOn(today).orElse(null));
        }
    }

    record BoardRequest(String slug, String name, String summary, String description, String licence, String sourceUrl,
            String oshwaUid, Set<String> tags) {

        BoardText toText() {
            OpenHardwareLicence checked = new OpenHardwareLicence(licence);
            Optional<OshwaUid> uid = oshwaUid == null || oshwaUid.isBlank() ? Optional.empty()
                    : Optional.of(new OshwaUid(oshwaUid.strip()));
            return new BoardText(name, summary, description, checked, sourceUrl, uid, tags);
        }
    }

    record BoardJson(String slug, String name, String summary, String description, String licence, String sourceUrl,
            String oshwaUid, List<String> tags) {
        static BoardJson of(Board board) {
            return new BoardJson(board.slug(), board.name(), board.summary(), board.description(), board.licence(),
                    board.sourceUrl(), board.oshwaUid().orElse(null), board.tags());
        }
    }

    record RevisionRequest(String label, String sourceRef, String firmwareVersion, String changeNotes) {
    }

    record RevisionJson(UUID id, String label, ReviewStatus reviewStatus, String sourceRef, String firmwareVersion,
            String changeNotes, String bomHash) {
        static RevisionJson of(Revision revision) {
            return new RevisionJson(revision.id(), revision.label(), revision.reviewStatus(), revision.sourceRef(),
                    revision.firmwareVersion(), revision.changeNotes(), revision.bomHash().orElse(null));
        }
    }

    record BomJson(UUID revisionId, int lines, int references, String bomHash, List<String> notes) {
    }

    /** A price, its VAT category and its breakdown, all required; the offer checks that the breakdown adds up. */
    record OfferRequest(@NotNull Money price, @NotNull VatCategory vatCategory, @NotNull PriceBreakdown breakdown) {
    }

    /** An offer; {@code stock}, the boards on its shelf, only when it is sold from stock. */
    record OfferJson(UUID id, OfferKind kind, Money price, VatCategory vatCategory, PriceBreakdown breakdown,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer stock) {
        static OfferJson of(Offer offer) {
            return new OfferJson(offer.id(), offer.kind(), offer.price(), offer.vatCategory(), offer.breakdown(),
                    offer.stock().orElse(null));
        }
    }

    /** Boards put on the offer's shelf, or taken off it when negative. */
    record StockRequest(@NotNull Integer boards) {
    }

    @PostMapping("/api/v1/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a project team with its first members (administrators)")
    TeamJson createTeam(@Valid @RequestBody TeamRequest request) {
        List<UUID> members = request.members() == null ? List.of()
                : request.members().stream().map(email -> accounts.maker(email, "members")).toList();
        return TeamJson.of(teams.create(Slug.of(request.slug()), request.name(), members), teams.today());
    }

    @PostMapping("/api/v1/teams/{team}/members")
    @Operation(summary = "Add a maker to a team (administrators)")
    TeamJson addMember(@PathVariable String team, @Valid @RequestBody MemberRequest request) {
        return TeamJson.of(teams.addMember(team, accounts.maker(request.email(), "email")), teams.today());
    }

    @DeleteMapping("/api/v1/teams/{team}/members/{memberId}")
    @Operation(summary = "Take a member off a team (administrators); the last member of a team with boards stays")
    TeamJson removeMember(@PathVariable String team, @PathVariable UUID memberId) {
        return TeamJson.of(teams.removeMember(team, memberId), teams.today());
    }

    @PutMapping("/api/v1/teams/{team}/capacity")
    @Operation(summary = "Set how many boards the team assembles per week and how many weeks ahead orders may book")
    TeamJson capacity(@PathVariable String team, @Valid @RequestBody CapacityRequest request,
            @AuthenticationPrincipal SignedInUser maker) {
        return TeamJson.of(teams.changeCapacity(maker.id(), team, request.weeklyCapacity(), request.horizonWeeks()), teams.today());
    }

    @PutMapping("/api/v1/teams/{team}/pause")
    @Operation(summary = "Pause taking orders until a day (from tomorrow to six months ahead); orders placed stand")
    TeamJson pause(@PathVariable String team, @Valid @RequestBody PauseRequest request,
            @AuthenticationPrincipal SignedInUser maker) {
        return TeamJson.of(teams.pause(maker.id(), team, request.pausedUntil()), teams.today());
    }

    @DeleteMapping("/api/v1/teams/{team}/pause")
    @Operation(summary = "Take orders again before the pause's day; 409 when the team is not paused")
    TeamJson resume(@PathVariable String team, @AuthenticationPrincipal SignedInUser maker) {
        return TeamJson.of(teams.resume(maker.id(), team), teams.today());
    }

    @PutMapping("/api/v1/teams/{team}/workshop")
    @Operation(summary = "Set the workshop address where assembly-only buyers send their parts")
    TeamJson workshop(@PathVariable String team, @RequestBody WorkshopRequest request,
            @AuthenticationPrincipal SignedInUser maker) {
        return TeamJson.of(teams.moveWorkshop(maker.id(), team, request.address()), teams.today());
    }

    @PostMapping("/api/v1/teams/{team}/boards")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "List a new board for the team")
    BoardJson createBoard(@PathVariable String team, @RequestBody BoardRequest request,
            @AuthenticationPrincipal SignedInUser maker) {
        Slug slug = slug(request.slug());
        return BoardJson.of(listings.createBoard(maker.id(), team, slug, request.toText()));
    }

    @PutMapping("/api/v1/boards/{slug}")
    @Operation(summary = "Change what buyers read about a board")
    BoardJson describeBoard(@PathVariable String slug, @RequestBody BoardRequest request,
            @AuthenticationPrincipal SignedInUser maker) {
        return BoardJson.of(listings.describeBoard(maker.id(), slug, request.toText()));
    }

    @PostMapping("/api/v1/boards/{slug}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a new draft revision, copied from the newest one (sources, BOM, offers)")
    RevisionJson addRevision(@PathVariable String slug, @RequestBody RevisionRequest request,
            @AuthenticationPrincipal SignedInUser maker) {
        Revision revision = listings.addRevision(maker.id(), slug, request.label());
        return RevisionJson.of(listings.describeRevision(maker.id(), revision.id(),
                request.sourceRef() == null ? revision.sourceRef() : request.sourceRef(),
                request.firmwareVersion() == null ? revision.firmwareVersion() : request.firmwareVersion(),
                request.changeNotes()));
    }

    @PutMapping("/api/v1/revisions/{revisionId}")
    @Operation(summary = "Change a draft revision's source tag or commit, firmware version and change notes")
    RevisionJson describeRevision(@PathVariable String revisionId, @RequestBody RevisionRequest request,
            @AuthenticationPrincipal SignedInUser maker) {
        return RevisionJson.of(listings.describeRevision(maker.id(), id(revisionId), request.sourceRef(),
                request.firmwareVersion(), request.changeNotes()));
    }

    @PutMapping(path = "/api/v1/revisions/{revisionId}/bom", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Upload a draft revision's BOM as a CSV exported by an EDA tool (at most 2 MiB)")
    BomJson uploadBom(@PathVariable String revisionId, HttpServletRequest request,
            @AuthenticationPrincipal SignedInUser maker, Locale locale) throws IOException {
        // Read at most one byte more than the limit: the import refuses a larger file, never reading it all.
        byte[] csv = request.getInputStream().readNBytes(BomImporter.MAX_BYTES + 1);
        BomUpload upload = listings.uploadBom(maker.id(), id(revisionId), csv);
        return new BomJson(upload.revision().id(), upload.lines(), upload.references(), upload.hash(),
                explanations.messages(upload.notes(), locale));
    }

    @PostMapping(path = "/api/v1/boards/{slug}/photos", consumes = {"image/jpeg", "image/png", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a photo (JPEG or PNG, at most 5 MiB) to a board, with its credit if given (?credit=, "
            + "at most 200 characters, shown under the photo); a thumbnail is made")
    PhotoJson addPhoto(@PathVariable String slug, @RequestParam(required = false) String credit, HttpServletRequest request,
            @AuthenticationPrincipal SignedInUser maker) throws IOException {
        // At most one byte more than the limit: the intake refuses a larger photo, never reading it all.
        byte[] upload = request.getInputStream().readNBytes(PhotoIntake.MAX_BYTES + 1);
        BoardPhoto photo = listings.addPhoto(maker.id(), slug, upload, credit);
        return new PhotoJson("/photos/" + photo.thumbnailKey(), photo.width(), photo.height(), photo.credit().orElse(null));
    }

    @DeleteMapping("/api/v1/boards/{slug}/photos/{key:[0-9a-f]{64}}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a photo of a board, named by its thumbnail's key (the last of a board handed in or approved stays)")
    void removePhoto(@PathVariable String slug, @PathVariable String key, @AuthenticationPrincipal SignedInUser maker) {
        listings.removePhoto(maker.id(), slug, key);
    }

    /** The published image (a metadata-free thumbnail), the original's dimensions and the photo's credit (null when none). */
    record PhotoJson(String url, int width, int height, String credit) {
    }

    /** The part numbers accepted instead of the line's own, each as a BOM names a part. */
    record AlternatesRequest(@NotNull List<@NotBlank @Size(max = 100) String> mpns) {
    }

    @PutMapping("/api/v1/revisions/{revisionId}/bom/lines/{line}/alternates")
    @Operation(summary = "Set the MPNs accepted instead of a BOM line's own when an assembly-only buyer supplies the parts "
            + "(line numbers from 1); only while the revision is a draft (else 409 INVALID_STATE)")
    BomJson alternates(@PathVariable String revisionId, @PathVariable int line,
            @Valid @RequestBody AlternatesRequest request, @AuthenticationPrincipal SignedInUser maker) {
        Revision revision = listings.acceptAlternates(maker.id(), id(revisionId), line - 1, request.mpns());
        List<org.openspacemakers.marketplace.catalog.BomEntry> bom = catalog.bom(revision.id());
        return new BomJson(revision.id(), bom.size(), bom.stream().mapToInt(e -> e.references().size()).sum(),
                revision.bomHash().orElse(null), List.of());
    }

    @PutMapping("/api/v1/revisions/{revisionId}/offers/{kind}")
    @Operation(summary = "Offer the revision as FULL_KIT or ASSEMBLY_ONLY, with a price whose breakdown adds up to it; "
            + "once it is submitted, only the price and its breakdown change (a new kind or another VAT category: 409 "
            + "INVALID_STATE), each change kept with who made it and when")
    OfferJson offer(@PathVariable String revisionId, @PathVariable OfferKind kind, @Valid @RequestBody OfferRequest request,
            @AuthenticationPrincipal SignedInUser maker) {
        return OfferJson.of(listings.offer(maker.id(), id(revisionId), kind, request.price(), request.vatCategory(),
                request.breakdown()));
    }

    @PostMapping("/api/v1/offers/{offerId}/stock")
    @Operation(summary = "Put assembled boards of a full kit on its shelf (boards > 0) or take some off (boards < 0): "
            + "the offer is then sold from stock, each unit ordered taking a board off, none booking an assembly slot")
    OfferJson stock(@PathVariable String offerId, @Valid @RequestBody StockRequest request,
            @AuthenticationPrincipal SignedInUser maker) {
        return OfferJson.of(stock.change(maker.id(), id(offerId), request.boards()));
    }

    @DeleteMapping("/api/v1/offers/{offerId}/stock")
    @Operation(summary = "Assemble the full kit to order again, once its shelf is empty (else 400 naming boards)")
    OfferJson madeToOrder(@PathVariable String offerId, @AuthenticationPrincipal SignedInUser maker) {
        return OfferJson.of(stock.madeToOrder(maker.id(), id(offerId)));
    }

    @PostMapping("/api/v1/revisions/{revisionId}/submit")
    @Operation(summary = "Submit a draft revision for compliance review; it is frozen from then on")
    RevisionJson submit(@PathVariable String revisionId, @AuthenticationPrincipal SignedInUser maker) {
        UUID id = id(revisionId);
        listings.submitForReview(id, maker.id());
        return RevisionJson.of(catalog.revision(id).orElseThrow(NotFound::new));
    }

    private static Slug slug(String value) {
        return new Slug(required(value, "slug"));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ListingRejected(field, "invalid.required");
        }
        return value;
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }
}
