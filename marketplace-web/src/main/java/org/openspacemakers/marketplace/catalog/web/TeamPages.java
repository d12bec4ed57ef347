package org.openspacemakers.marketplace.catalog.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.catalog.BoardDetails;
import org.openspacemakers.marketplace.catalog.BoardText;
import org.openspacemakers.marketplace.catalog.BomRefused;
import org.openspacemakers.marketplace.catalog.BomUpload;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.ListingRejected;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.NotTeamMember;
import org.openspacemakers.marketplace.catalog.OpenHardwareLicence;
import org.openspacemakers.marketplace.catalog.OshwaUid;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.RevisionFrozen;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.catalog.photo.PhotoRefused;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.order.AssemblyQueue;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.system.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's side of the store, as pages: the dashboard (boards, revisions and their review,
 * capacity, the orders waiting) and the board editor, from an empty board to a revision submitted
 * for review. Another team's board answers the not-found page.
 */
@Controller
class TeamPages {

    private final Catalog catalog;
    private final Compliance compliance;
    private final Orders orders;
    private final AssemblyQueue queue;

    TeamPages(Catalog catalog, Compliance compliance, Orders orders, AssemblyQueue queue) {
        this.catalog = catalog;
        this.compliance = compliance;
        this.orders = orders;
        this.queue = queue;
    }

    /** A board on the dashboard, with each revision's review as compliance keeps it. */
    record BoardEntry(BoardDetails details, Map<UUID, Optional<ReviewState>> reviews) {
    }

    @GetMapping("/teams")
    String myTeams(@AuthenticationPrincipal SignedInUser maker, Model model) {
        model.addAttribute("teams", catalog.teamsOf(maker.id()));
        return "teams";
    }

    @GetMapping("/teams/{team}")
    String dashboard(@PathVariable String team, @AuthenticationPrincipal SignedInUser maker, Model model) {
        Team found = memberTeam(team, maker);
        List<BoardEntry> boards = catalog.boardsOf(found.id()).stream()
                .map(slug -> catalog.board(slug).orElseThrow())
                .map(details -> new BoardEntry(details, details.revisions().stream().collect(Collectors.toMap(
                        r -> r.revision().id(), r -> compliance.review(RevisionRef.of(r.revision().id()))))))
                .toList();
        int queued = queue.queuedBoards(found.id());
        model.addAttribute("team", found);
        model.addAttribute("boards", boards);
        model.addAttribute("queued", queued);
        model.addAttribute("leadTimeDays", AssemblyQueue.leadTimeDays(found, queued));
        model.addAttribute("waiting", orders.waitingFor(found.id()));
        model.addAttribute("warnings", compliance.expiryWarnings(boards.stream()
                .flatMap(b -> b.details().revisions().stream()).map(r -> RevisionRef.of(r.revision().id())).toList()));
        return "team-dashboard";
    }

    @PostMapping("/teams/{team}/capacity")
    String capacity(@PathVariable String team, @RequestParam(defaultValue = "0") int weeklyCapacity,
            @RequestParam(defaultValue = "0") int horizonWeeks, @RequestParam(defaultValue = "") String workshopAddress,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(redirect, () -> {
            catalog.changeCapacity(maker.id(), team, weeklyCapacity, horizonWeeks);
            if (!workshopAddress.isBlank()) {
                catalog.moveWorkshop(maker.id(), team, workshopAddress);
            }
            return "saved";
        });
        return "redirect:/teams/" + team + "?lang=" + locale.getLanguage();
    }

    @GetMapping("/teams/{team}/boards/new")
    String newBoard(@PathVariable String team, @AuthenticationPrincipal SignedInUser maker, Model model) {
        model.addAttribute("team", memberTeam(team, maker));
        model.addAttribute("licences", OpenHardwareLicence.ACCEPTED.stream().sorted().toList());
        return "board-new";
    }

    @PostMapping("/teams/{team}/boards")
    String createBoard(@PathVariable String team, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect, Model model) {
        try {
            String slug = catalog.createBoard(maker.id(), team, Slug.of(form.getOrDefault("slug", "").strip()), text(form))
                    .slug();
            redirect.addFlashAttribute("notice", "listing.saved");
            return "redirect:/listings/" + slug + "?lang=" + locale.getLanguage();
        } catch (ListingRejected e) {
            model.addAttribute("team", memberTeam(team, maker));
            model.addAttribute("licences", OpenHardwareLicence.ACCEPTED.stream().sorted().toList());
            model.addAttribute("form", form);
            model.addAttribute("problems", List.of(e.field() + ": " + e.getMessage()));
            return "board-new";
        }
    }

    @GetMapping("/listings/{slug}")
    String editor(@PathVariable String slug, @AuthenticationPrincipal SignedInUser maker, Model model) {
        BoardDetails details = catalog.board(slug).orElseThrow(NotFound::new);
        if (!catalog.isMemberOfAny(maker.id(), List.of(details.team().id()))) {
            throw new NotFound();
        }
        model.addAttribute("details", details);
        var board = details.board();
        model.addAttribute("values", Map.of("name", board.name(), "summary", board.summary(),
                "description", board.description(), "licence", board.licence(), "sourceUrl", board.sourceUrl(),
                "oshwaUid", board.oshwaUid().orElse(""), "tags", String.join(", ", board.tags())));
        model.addAttribute("reviews", details.revisions().stream().collect(Collectors.toMap(
                r -> r.revision().id(), r -> compliance.review(RevisionRef.of(r.revision().id())))));
        model.addAttribute("licences", OpenHardwareLicence.ACCEPTED.stream().sorted().toList());
        return "listing-edit";
    }

    @PostMapping("/listings/{slug}")
    String describe(@PathVariable String slug, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(redirect, () -> {
            catalog.describeBoard(maker.id(), slug, text(form));
            return "saved";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/listings/{slug}/photos")
    String photo(@PathVariable String slug, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        attempt(redirect, () -> {
            catalog.addPhoto(maker.id(), slug, content);
            return "photoAdded";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/listings/{slug}/revisions")
    String newRevision(@PathVariable String slug, @RequestParam(defaultValue = "") String label,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(redirect, () -> {
            catalog.addRevision(maker.id(), slug, label);
            return "revisionAdded";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/revisions/{revisionId}/describe")
    String describeRevision(@PathVariable UUID revisionId, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        String slug = slugOf(revisionId);
        attempt(redirect, () -> {
            catalog.describeRevision(maker.id(), revisionId, form.get("sourceRef"), form.get("firmwareVersion"),
                    form.get("changeNotes"));
            return "saved";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/revisions/{revisionId}/bom")
    String bom(@PathVariable UUID revisionId, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) throws IOException {
        String slug = slugOf(revisionId);
        byte[] content = file.getSize() > ListingApi.MAX_BOM_BYTES ? null : file.getBytes();
        try {
            if (content == null) {
                throw new BomRefused(List.of(new BomRefused.Problem(0, "the file is larger than 2 MiB")));
            }
            BomUpload upload = catalog.uploadBom(maker.id(), revisionId, content);
            redirect.addFlashAttribute("notice", "listing.bomImported");
            redirect.addFlashAttribute("bomNotes", upload.notes());
        } catch (BomRefused e) {
            redirect.addFlashAttribute("problems", e.problems().stream()
                    .map(p -> p.line() > 0 ? "line " + p.line() + ": " + p.reason() : p.reason()).toList());
        } catch (RevisionFrozen e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
        }
        return backTo(slug, locale);
    }

    @PostMapping("/revisions/{revisionId}/offers/{kind}")
    String offer(@PathVariable UUID revisionId, @PathVariable OfferKind kind, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        String slug = slugOf(revisionId);
        attempt(redirect, () -> {
            PriceBreakdown breakdown = new PriceBreakdown(cents(form, "parts"), cents(form, "pcb"), cents(form, "labour"),
                    cents(form, "association"), cents(form, "team"));
            catalog.offer(maker.id(), revisionId, kind, Money.euros(cents(form, "price")), VatCategory.STANDARD, breakdown);
            return "saved";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/revisions/{revisionId}/submit")
    String submit(@PathVariable UUID revisionId, @AuthenticationPrincipal SignedInUser maker, Locale locale,
            RedirectAttributes redirect) {
        String slug = slugOf(revisionId);
        attempt(redirect, () -> {
            catalog.submitForReview(revisionId, maker.id());
            return "submitted";
        });
        return backTo(slug, locale);
    }

    private static BoardText text(Map<String, String> form) {
        String uid = form.getOrDefault("oshwaUid", "").strip();
        Set<String> tags = java.util.Arrays.stream(form.getOrDefault("tags", "").split("[,\\s]+"))
                .filter(tag -> !tag.isBlank()).collect(Collectors.toSet());
        return new BoardText(form.get("name"), form.get("summary"), form.get("description"),
                new OpenHardwareLicence(form.getOrDefault("licence", "")), form.get("sourceUrl"),
                uid.isEmpty() ? Optional.empty() : Optional.of(new OshwaUid(uid)), tags);
    }

    /** Euros as typed in a form ("149", "149.00" or "149,5") in cents; refused with the field's name. */
    private static long cents(Map<String, String> form, String field) {
        String value = form.getOrDefault(field, "").strip().replace(',', '.');
        if (!value.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            throw new ListingRejected(field, "an amount in euros, such as 12.50");
        }
        return new java.math.BigDecimal(value).movePointRight(2).longValueExact();
    }

    /** Runs a change; a refusal becomes a message on the page it redirects to, and nothing is stored. */
    private static void attempt(RedirectAttributes redirect, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", "listing." + change.get());
        } catch (ListingRejected e) {
            redirect.addFlashAttribute("problems", List.of(e.field() + ": " + e.getMessage()));
        } catch (RevisionFrozen | PhotoRefused e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
        }
    }

    private Team memberTeam(String slug, SignedInUser maker) {
        return catalog.team(slug).filter(team -> catalog.isMemberOfAny(maker.id(), List.of(team.id())))
                .orElseThrow(NotTeamMember::new);
    }

    private String slugOf(UUID revisionId) {
        return catalog.boardOf(revisionId).orElseThrow(NotFound::new).slug();
    }

    private static String backTo(String slug, Locale locale) {
        return "redirect:/listings/" + slug + "?lang=" + locale.getLanguage();
    }
}
