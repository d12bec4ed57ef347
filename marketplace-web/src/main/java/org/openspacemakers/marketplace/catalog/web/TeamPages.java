package org.openspacemakers.marketplace.catalog.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardDetails;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.BoardText;
import org.openspacemakers.marketplace.catalog.BomUpload;
import org.openspacemakers.marketplace.catalog.ListingRejected;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.bom.BomImporter;
import org.openspacemakers.marketplace.catalog.OpenHardwareLicence;
import org.openspacemakers.marketplace.catalog.OshwaUid;
import org.openspacemakers.marketplace.catalog.PriceChange;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.TeamPause;
import org.openspacemakers.marketplace.catalog.Stock;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.DossierIncomplete;
import org.openspacemakers.marketplace.compliance.ExpiryWatch;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.order.AssemblyQueue;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.DossierGaps;
import org.openspacemakers.marketplace.system.FieldProblem;
import org.openspacemakers.marketplace.system.BindingMessages;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's side of the store, as pages: the dashboard (boards, revisions and their review,
 * capacity, the orders waiting) and the board editor, from an empty board to a revision submitted
 * for review, then the prices of its offers and who changed them. Another team's board answers the
 * not-found page.
 */
@Controller
class TeamPages {

    private final Teams teams;
    private final Stock stock;
    private final Listings listings;
    private final BoardQueries catalog;
    private final Accounts accounts;
    private final Reviews reviews;
    private final ExpiryWatch expiries;
    private final Orders orders;
    private final RefusalMessages explanations;
    private final BindingMessages bindingMessages;
    private final AssemblyQueue queue;

    TeamPages(Teams teams, Listings listings, BoardQueries catalog, Accounts accounts, Reviews reviews, ExpiryWatch expiries,
            Orders orders, RefusalMessages explanations, BindingMessages bindingMessages, Stock stock, AssemblyQueue queue) {
        this.teams = teams;
        this.queue = queue;
        this.stock = stock;
        this.listings = listings;
        this.catalog = catalog;
        this.accounts = accounts;
        this.reviews = reviews;
        this.expiries = expiries;
        this.orders = orders;
        this.explanations = explanations;
        this.bindingMessages = bindingMessages;
    }

    /**
     * What a team writes about a board, as typed on the page that lists it ({@code slug} too) or
     * edits it; tags comma- or space-separated. The board checks every field ({@link BoardText}).
     */
    record BoardForm(String slug, String name, String summary, String description, String licence, String sourceUrl,
            String oshwaUid, String tags) {

        /** The empty form of a new board, with the store's usual licence chosen. */
        static BoardForm blank() {
            return new BoardForm("", "", "", "", "CERN-OHL-S-2.0", "", "", "");
        }

        /** The board as stored, to edit it. */
        static BoardForm of(Board board) {
            return new BoardForm(board.slug(), board.name(), board.summary(), board.description(), board.licence(),
                    board.sourceUrl(), board.oshwaUid().orElse(""), String.join(", ", board.tags()));
        }

        BoardText toText() {
            String uid = oshwaUid == null ? "" : oshwaUid.strip();
            Set<String> tagSet = tags == null ? Set.of() : Arrays.stream(tags.split("[,\\s]+"))
                    .filter(tag -> !tag.isBlank()).collect(Collectors.toSet());
            return new BoardText(name, summary, description, new OpenHardwareLicence(licence == null ? "" : licence),
                    sourceUrl, uid.isEmpty() ? Optional.empty() : Optional.of(new OshwaUid(uid)), tagSet);
        }
    }

    /** Where a draft revision comes from, as typed; the revision checks the lengths. */
    record RevisionForm(String sourceRef, String firmwareVersion, String changeNotes) {
    }

    /** A board on the dashboard, with each revision's review as compliance keeps it. */
    record BoardEntry(BoardDetails details, Map<UUID, Optional<ReviewState>> reviews) {
    }

    @GetMapping("/teams")
    String myTeams(@AuthenticationPrincipal SignedInUser maker, Model model) {
        model.addAttribute("teams", teams.of(maker.id()));
        return "teams";
    }

    @GetMapping("/teams/{team}")
    String dashboard(@PathVariable String team, @AuthenticationPrincipal SignedInUser maker, Model model) {
        Team found = teams.ofMember(maker.id(), team);
        List<BoardEntry> boards = teams.boardsOf(found.id()).stream()
                .map(slug -> catalog.board(slug).orElseThrow())
                .map(details -> new BoardEntry(details, reviewsOf(details)))
                .toList();
        int queued = found.queuedBoards();
        LocalDate today = teams.today();
        model.addAttribute("team", found);
        model.addAttribute("boards", boards);
        model.addAttribute("queued", queued);
        model.addAttribute("leadTimeDays", queue.leadTimeDays(found, queued));
        model.addAttribute("bookingPercent", Math.round(queue.bookingShare() * 100));
        model.addAttribute("load", queue.load(found, queued, today));
        model.addAttribute("pausedUntil", found.pausedOn(today).orElse(null));
        model.addAttribute("pauseFrom", today.plusDays(1));
        model.addAttribute("pauseTo", today.plusMonths(Team.MAX_PAUSE_MONTHS));
        List<TeamPause> pauses = new java.util.ArrayList<>(teams.pausesOf(found.id()));
        java.util.Collections.reverse(pauses);
        model.addAttribute("pauses", pauses.subList(0, Math.min(5, pauses.size())));
        model.addAttribute("pausedBy", pauses.stream().map(TeamPause::by).distinct().collect(Collectors.toMap(id -> id,
                id -> accounts.byId(id).map(User::displayName).orElse(""))));
        model.addAttribute("waiting", orders.waitingFor(found.id()));
        model.addAttribute("warnings", expiries.warnings(boards.stream()
                .flatMap(b -> b.details().revisions().stream()).map(r -> RevisionRef.of(r.revision().id())).toList()));
        return "team-dashboard";
    }

    @PostMapping("/teams/{team}/capacity")
    String capacity(@PathVariable String team, @Valid @ModelAttribute CapacityForm form, BindingResult binding,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(binding, redirect, locale, () -> {
            teams.changeCapacity(maker.id(), team, form.getWeeklyCapacity(), form.getHorizonWeeks());
            if (form.getWorkshopAddress() != null && !form.getWorkshopAddress().isBlank()) {
                teams.moveWorkshop(maker.id(), team, form.getWorkshopAddress());
            }
            return "saved";
        });
        return "redirect:/teams/" + team + "?lang=" + locale.getLanguage();
    }

    /** A member pauses the team until a day: its offers take no order until then. */
    @PostMapping("/teams/{team}/pause")
    String pause(@PathVariable String team, @Valid @ModelAttribute PauseForm form, BindingResult binding,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(binding, redirect, locale, () -> {
            teams.pause(maker.id(), team, form.getPausedUntil());
            return "paused";
        });
        return "redirect:/teams/" + team + "?lang=" + locale.getLanguage();
    }

    /** A member resumes the team before its pause's day. */
    @PostMapping("/teams/{team}/resume")
    String resume(@PathVariable String team, @AuthenticationPrincipal SignedInUser maker, Locale locale,
            RedirectAttributes redirect) {
        attempt(redirect, locale, () -> {
            teams.resume(maker.id(), team);
            return "resumed";
        });
        return "redirect:/teams/" + team + "?lang=" + locale.getLanguage();
    }

    @GetMapping("/teams/{team}/boards/new")
    String newBoard(@PathVariable String team, @AuthenticationPrincipal SignedInUser maker, Model model) {
        model.addAttribute("team", teams.ofMember(maker.id(), team));
        model.addAttribute("licences", OpenHardwareLicence.ACCEPTED.stream().sorted().toList());
        model.addAttribute("form", BoardForm.blank());
        return "board-new";
    }

    @PostMapping("/teams/{team}/boards")
    String createBoard(@PathVariable String team, @ModelAttribute("form") BoardForm form,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect, Model model) {
        try {
            String slug = listings.createBoard(maker.id(), team, Slug.of(form.slug() == null ? "" : form.slug().strip()),
                    form.toText()).slug();
            redirect.addFlashAttribute("notice", "listing.saved");
            return "redirect:/listings/" + slug + "?lang=" + locale.getLanguage();
        } catch (InvalidInput e) {
            model.addAttribute("team", teams.ofMember(maker.id(), team));
            model.addAttribute("licences", OpenHardwareLicence.ACCEPTED.stream().sorted().toList());
            model.addAttribute("problems", explanations.lines(e, locale));
            return "board-new";
        }
    }

    @GetMapping("/listings/{slug}")
    String editor(@PathVariable String slug, @AuthenticationPrincipal SignedInUser maker, Model model) {
        BoardDetails details = catalog.boardOfMember(maker.id(), slug);
        model.addAttribute("details", details);
        model.addAttribute("form", BoardForm.of(details.board()));
        model.addAttribute("reviews", reviewsOf(details));
        Map<UUID, List<PriceChange>> priceChanges = catalog.priceChanges(maker.id(), slug);
        model.addAttribute("priceChanges", priceChanges);
        model.addAttribute("changedBy", namesOf(priceChanges));
        model.addAttribute("licences", OpenHardwareLicence.ACCEPTED.stream().sorted().toList());
        return "listing-edit";
    }

    @PostMapping("/listings/{slug}")
    String describe(@PathVariable String slug, @ModelAttribute BoardForm form,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(redirect, locale, () -> {
            listings.describeBoard(maker.id(), slug, form.toText());
            return "saved";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/listings/{slug}/photos")
    String photo(@PathVariable String slug, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "credit", required = false) String credit,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        attempt(redirect, locale, () -> {
            listings.addPhoto(maker.id(), slug, content, credit);
            return "photoAdded";
        });
        return backTo(slug, locale);
    }

    /** Changes who a photo credits (its author and licence, shown under it); a blank credit takes it off. */
    @PostMapping("/listings/{slug}/photos/{key:[0-9a-f]{64}}/credit")
    String creditPhoto(@PathVariable String slug, @PathVariable String key,
            @RequestParam(name = "credit", defaultValue = "") String credit,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(redirect, locale, () -> {
            listings.creditPhoto(maker.id(), slug, key, credit);
            return "photoCredited";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/listings/{slug}/photos/{key:[0-9a-f]{64}}/delete")
    String removePhoto(@PathVariable String slug, @PathVariable String key,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(redirect, locale, () -> {
            listings.removePhoto(maker.id(), slug, key);
            return "photoRemoved";
        });
        return backTo(slug, locale);
    }

    /** Moves a photo one place: {@code up} towards the first (the storefront's), {@code down} towards the last. */
    @PostMapping("/listings/{slug}/photos/{key:[0-9a-f]{64}}/move")
    String movePhoto(@PathVariable String slug, @PathVariable String key, @RequestParam String direction,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(redirect, locale, () -> {
            listings.movePhoto(maker.id(), slug, key, switch (direction) {
                case "up" -> -1;
                case "down" -> 1;
                default -> throw new ListingRejected("direction", "invalid.photo.direction");
            });
            return "photoMoved";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/listings/{slug}/revisions")
    String newRevision(@PathVariable String slug, @RequestParam(defaultValue = "") String label,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        attempt(redirect, locale, () -> {
            listings.addRevision(maker.id(), slug, label);
            return "revisionAdded";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/revisions/{revisionId}/describe")
    String describeRevision(@PathVariable UUID revisionId, @ModelAttribute RevisionForm form,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        String slug = slugOf(revisionId);
        attempt(redirect, locale, () -> {
            listings.describeRevision(maker.id(), revisionId, form.sourceRef(), form.firmwareVersion(),
                    form.changeNotes());
            return "saved";
        });
        return backTo(slug, locale);
    }

    @PostMapping("/revisions/{revisionId}/bom")
    String bom(@PathVariable UUID revisionId, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) throws IOException {
        String slug = slugOf(revisionId);
        // At most one byte more than the limit: the import refuses a larger file, never reading it all.
        byte[] content = file.getInputStream().readNBytes(BomImporter.MAX_BYTES + 1);
        attempt(redirect, locale, () -> {
            BomUpload upload = listings.uploadBom(maker.id(), revisionId, content);
            redirect.addFlashAttribute("bomNotes", explanations.messages(upload.notes(), locale));
            return "bomImported";
        });
        return backTo(slug, locale);
    }

    /**
     * What was typed on an offer form the store refused, shown again in that form (the revision's
     * and kind's), each problem next to its field.
     */
    record TypedOffer(UUID revisionId, String kind, Map<String, String> values, List<FieldProblem> problems)
            implements java.io.Serializable {

        public boolean isFor(UUID revision, Object offerKind) {
            return revisionId.equals(revision) && kind.equals(String.valueOf(offerKind));
        }
    }

    @PostMapping("/revisions/{revisionId}/offers/{kind}")
    String offer(@PathVariable UUID revisionId, @PathVariable OfferKind kind, @Valid @ModelAttribute OfferForm form,
            BindingResult binding, @RequestParam Map<String, String> typed, @AuthenticationPrincipal SignedInUser maker,
            Locale locale, RedirectAttributes redirect) {
        String slug = slugOf(revisionId);
        List<FieldProblem> problems;
        if (binding.hasErrors()) {
            problems = bindingMessages.explain(binding, locale);
        } else {
            try {
                listings.offer(maker.id(), revisionId, kind, form.getPrice(), form.getVatCategory(), form.breakdown());
                redirect.addFlashAttribute("notice", "listing.saved");
                return backTo(slug, locale);
            } catch (InvalidInput e) {
                problems = explanations.explain(e, locale).stream()
                        .map(p -> new FieldProblem(offerField(p.field()), p.message())).toList();
            } catch (Conflict e) {
                redirect.addFlashAttribute("problems", explanations.lines(e, locale));
                return backTo(slug, locale);
            }
        }
        redirect.addFlashAttribute("problems", problems.stream().map(FieldProblem::line).toList());
        Map<String, String> values = new java.util.HashMap<>();
        List.of("price", "parts", "pcb", "labour", "association", "team", "vatCategory")
                .forEach(field -> values.put(field, typed.getOrDefault(field, "")));
        redirect.addFlashAttribute("typedOffer", new TypedOffer(revisionId, kind.name(), values, problems));
        return backTo(slug, locale);
    }

    /**
     * A member of the team puts assembled boards of a full kit on its shelf, or takes some off (a
     * negative number): the offer is then sold from stock.
     */
    @PostMapping("/offers/{offerId}/stock")
    String stock(@PathVariable UUID offerId, @RequestParam(name = "boards", required = false) String boards,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        String slug = catalog.offer(offerId).orElseThrow(NotFound::new).board().slug();
        attempt(redirect, locale, () -> {
            stock.change(maker.id(), offerId, boards(boards));
            return "stockChanged";
        });
        return backTo(slug, locale);
    }

    /** The number of boards typed, refused as the stock refuses a number out of its range. */
    private static int boards(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new ListingRejected("boards", "invalid.stock.boards", Stock.MAX_BOARDS);
        }
    }

    /** The team assembles the offer's boards to order again, its shelf empty. */
    @PostMapping("/offers/{offerId}/stock/made-to-order")
    String madeToOrder(@PathVariable UUID offerId, @AuthenticationPrincipal SignedInUser maker, Locale locale,
            RedirectAttributes redirect) {
        String slug = catalog.offer(offerId).orElseThrow(NotFound::new).board().slug();
        attempt(redirect, locale, () -> {
            stock.madeToOrder(maker.id(), offerId);
            return "madeToOrder";
        });
        return backTo(slug, locale);
    }

    /**
     * Hands a revision in. A dossier with gaps refuses it: the page it was sent from (the board's,
     * or the dossier's with {@code from=dossier}) lists every gap next to its submit button, and
     * nothing changed.
     */
    @PostMapping("/revisions/{revisionId}/submit")
    String submit(@PathVariable UUID revisionId, @RequestParam(name = "from", required = false) String from,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, RedirectAttributes redirect) {
        String slug = slugOf(revisionId);
        try {
            attempt(redirect, locale, () -> {
                listings.submitForReview(revisionId, maker.id());
                return "submitted";
            });
        } catch (DossierIncomplete e) {
            redirect.addFlashAttribute("submitRefused", DossierGaps.grouped(explanations.explain(e.reasons(), locale),
                    item -> explanations.item(item, locale)));
            redirect.addFlashAttribute("refusedRevision", revisionId);
            if ("dossier".equals(from)) {
                return "redirect:/revisions/" + revisionId + "/dossier?lang=" + locale.getLanguage();
            }
        }
        return backTo(slug, locale);
    }

    /** The name of each member who changed a price, as their account gives it. */
    private Map<UUID, String> namesOf(Map<UUID, List<PriceChange>> priceChanges) {
        return priceChanges.values().stream().flatMap(List::stream).map(PriceChange::changedBy).distinct()
                .collect(Collectors.toMap(id -> id, id -> accounts.byId(id).map(User::displayName).orElse("")));
    }

    private Map<UUID, Optional<ReviewState>> reviewsOf(BoardDetails details) {
        return details.revisions().stream().collect(Collectors.toMap(
                r -> r.revision().id(), r -> reviews.review(RevisionRef.of(r.revision().id()))));
    }

    /** Runs a change unless its form was refused when bound; either refusal becomes a message on the page it redirects to. */
    private void attempt(BindingResult binding, RedirectAttributes redirect, Locale locale, Supplier<String> change) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("problems", bindingMessages.lines(binding, locale));
        } else {
            attempt(redirect, locale, change);
        }
    }

    /** Runs a change; a refusal becomes a message on the page it redirects to, and nothing is stored. */
    private void attempt(RedirectAttributes redirect, Locale locale, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", "listing." + change.get());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        } catch (Conflict e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
        }
    }

    /**
     * The offer form's field a refusal of the offer concerns: a breakdown that does not add up is
     * the price's problem, the parts' share of an assembly-only offer the parts field's.
     */
    private static String offerField(String field) {
        return switch (field) {
            case "breakdown", "price.currency" -> "price";
            case "breakdown.partsMinor" -> "parts";
            default -> field;
        };
    }

    private String slugOf(UUID revisionId) {
        return catalog.boardOf(revisionId).orElseThrow(NotFound::new).slug();
    }

    private static String backTo(String slug, Locale locale) {
        return "redirect:/listings/" + slug + "?lang=" + locale.getLanguage();
    }
}
