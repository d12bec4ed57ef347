package org.openspacemakers.marketplace.catalog.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierLocked;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.EvidenceFile;
import org.openspacemakers.marketplace.compliance.EvidenceRefused;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.system.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A revision's compliance dossier, as its team fills it: every section's statements, the evidence
 * files, what the reviewer will still need, and the reviewer's comments next to the section they
 * concern. Read-only once handed in, until changes are requested. Another team's revision answers
 * the not-found page.
 */
@Controller
class DossierPages {

    /** The page's sections, and the checklist items each covers (the reviewer comments on those). */
    enum Section {
        CE, ROHS, WEEE, GPSR, BATTERY, SVHC;

        static Section of(ChecklistItem item) {
            return switch (item) {
                case CE_SCOPE, EMC_CLASS, STANDARDS, DECLARATION_OF_CONFORMITY, TECHNICAL_FILE, RADIO -> CE;
                case ROHS_PARTS, ROHS_PROCESS -> ROHS;
                case WEEE -> WEEE;
                case GPSR, WARNINGS -> GPSR;
                case BATTERY -> BATTERY;
                case SVHC -> SVHC;
            };
        }
    }

    /** The reviewer's latest request for changes: when, why, and the comments by section (or general). */
    record ChangesRequested(ReviewState.Decision decision, Map<String, List<ReviewState.Comment>> bySection,
            List<ReviewState.Comment> general) {
    }

    private final Catalog catalog;
    private final Compliance compliance;
    private final RefusalMessages refusals;
    private final MessageSource messages;

    DossierPages(Catalog catalog, Compliance compliance, RefusalMessages refusals, MessageSource messages) {
        this.catalog = catalog;
        this.compliance = compliance;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/revisions/{revisionId}/dossier")
    String dossier(@PathVariable UUID revisionId, @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model) {
        Revision revision = teamRevision(revisionId, maker);
        Optional<DossierView> view = compliance.dossier(RevisionRef.of(revisionId));
        DossierContent content = view.map(DossierView::content).orElse(DossierContent.EMPTY);
        return page(revision, view, DossierForm.of(content, bomLines(revisionId, view)), locale, model);
    }

    @PostMapping("/revisions/{revisionId}/dossier")
    ModelAndView save(@PathVariable UUID revisionId, @RequestParam MultiValueMap<String, String> posted,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect) {
        Revision revision = teamRevision(revisionId, maker);
        RevisionRef ref = RevisionRef.of(revisionId);
        Optional<DossierView> view = compliance.dossier(ref);
        DossierForm form = DossierForm.posted(posted, bomLines(revisionId, view));
        try {
            compliance.saveDossier(ref, maker.id(), form.toContent());
        } catch (DossierRejected e) {
            model.addAttribute("problems", List.of(e.field() + ": " + e.getMessage()));
            return new ModelAndView(page(revision, view, form, locale, model), model.asMap(), HttpStatus.BAD_REQUEST);
        } catch (DossierLocked e) {
            return locked(revision, view, locale, model);
        }
        redirect.addFlashAttribute("notice", "dossier.saved");
        return new ModelAndView(backTo(revisionId, locale));
    }

    @PostMapping("/revisions/{revisionId}/dossier/evidence")
    ModelAndView upload(@PathVariable UUID revisionId, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect)
            throws IOException {
        Revision revision = teamRevision(revisionId, maker);
        RevisionRef ref = RevisionRef.of(revisionId);
        try {
            if (file.getSize() > Compliance.MAX_EVIDENCE_BYTES) {
                throw new EvidenceRefused("the file is larger than " + Compliance.MAX_EVIDENCE_BYTES / (1024 * 1024) + " MB");
            }
            EvidenceFile stored = compliance.uploadEvidence(ref, maker.id(), file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "dossier.uploaded");
            redirect.addFlashAttribute("uploaded", stored.sha256());
            return new ModelAndView(backTo(revisionId, locale));
        } catch (EvidenceRefused | DossierRejected e) {
            Optional<DossierView> view = compliance.dossier(ref);
            model.addAttribute("problems", List.of(messages.getMessage("dossier.file", null, locale) + ": " + e.getMessage()));
            String page = page(revision, view, DossierForm.of(content(view), bomLines(revisionId, view)), locale, model);
            return new ModelAndView(page, model.asMap(), HttpStatus.BAD_REQUEST);
        } catch (DossierLocked e) {
            return locked(revision, compliance.dossier(ref), locale, model);
        }
    }

    /** The dossier as stored, with the notice that it cannot change now; nothing was saved. */
    private ModelAndView locked(Revision revision, Optional<DossierView> view, Locale locale, Model model) {
        model.addAttribute("problems", List.of(messages.getMessage("dossier.lockedRefused", null, locale)));
        String page = page(revision, view, DossierForm.of(content(view), bomLines(revision.id(), view)), locale, model);
        return new ModelAndView(page, model.asMap(), HttpStatus.CONFLICT);
    }

    private String page(Revision revision, Optional<DossierView> view, DossierForm form, Locale locale, Model model) {
        RevisionRef ref = RevisionRef.of(revision.id());
        Board board = catalog.boardOf(revision.id()).orElseThrow(NotFound::new);
        Optional<ReviewState> review = compliance.review(ref);
        Optional<ReviewStatus> status = review.map(ReviewState::status);
        boolean editable = view.map(DossierView::editable)
                .orElse(status.isEmpty() || status.get() == ReviewStatus.CHANGES_REQUESTED);
        List<RevisionSubject.BomLine> currentBom = catalog.revisionSubject(revision.id())
                .map(RevisionSubject::bom).orElse(List.of());
        model.addAttribute("board", board);
        model.addAttribute("revision", revision);
        model.addAttribute("status", status.orElse(ReviewStatus.DRAFT));
        model.addAttribute("editable", editable);
        model.addAttribute("form", form);
        model.addAttribute("fields", form.fields());
        model.addAttribute("standardRows", form.standardRows());
        model.addAttribute("otherLanguages", form.otherLanguages());
        model.addAttribute("files", view.map(DossierView::files).orElse(List.of()));
        model.addAttribute("gaps", refusals.explain(compliance.dossierGaps(ref, currentBom), locale));
        model.addAttribute("changes", review.flatMap(DossierPages::changesRequested).orElse(null));
        model.addAttribute("sections", Section.values());
        model.addAttribute("acts", DossierContent.Act.values());
        model.addAttribute("evidenceTypes", DossierContent.EvidenceType.values());
        Map<String, String> languageNames = new LinkedHashMap<>();
        form.warnings().keySet().forEach(language -> languageNames.put(language, languageName(language, locale)));
        form.otherLanguages().forEach(language -> languageNames.put(language, languageName(language, locale)));
        model.addAttribute("languageNames", languageNames);
        return "dossier-edit";
    }

    /** The comments of the reviewer's latest request for changes, each by the section it concerns when it names an item. */
    private static Optional<ChangesRequested> changesRequested(ReviewState review) {
        return review.decisions().stream().filter(d -> d.kind().equals(ReviewStatus.CHANGES_REQUESTED.name()))
                .reduce((first, second) -> second)
                .map(decision -> {
                    Map<String, List<ReviewState.Comment>> bySection = new LinkedHashMap<>();
                    List<ReviewState.Comment> general = new ArrayList<>();
                    for (ReviewState.Comment comment : decision.comments()) {
                        Optional<ChecklistItem> item = item(comment.item());
                        if (item.isPresent()) {
                            bySection.computeIfAbsent(Section.of(item.get()).name(), s -> new ArrayList<>()).add(comment);
                        } else {
                            general.add(comment);
                        }
                    }
                    return new ChangesRequested(decision, bySection, general);
                });
    }

    private static Optional<ChecklistItem> item(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(ChecklistItem.values()).filter(item -> item.name().equals(wanted)).findFirst();
    }

    private static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** The BOM lines the RoHS rows follow: frozen with the dossier once handed in, else as the revision stands. */
    private List<RevisionSubject.BomLine> bomLines(UUID revisionId, Optional<DossierView> view) {
        if (view.isPresent() && view.get().frozen()) {
            return view.get().subject().bom();
        }
        return catalog.revisionSubject(revisionId).map(RevisionSubject::bom).orElse(List.of());
    }

    private static DossierContent content(Optional<DossierView> view) {
        return view.map(DossierView::content).orElse(DossierContent.EMPTY);
    }

    /** An evidence file of the team's dossier, as a download; not found for anyone off the team. */
    @GetMapping("/revisions/{revisionId}/dossier/evidence/{sha256}")
    org.springframework.http.ResponseEntity<byte[]> evidence(@PathVariable UUID revisionId, @PathVariable String sha256,
            @AuthenticationPrincipal SignedInUser maker) {
        teamRevision(revisionId, maker);
        org.openspacemakers.marketplace.compliance.Compliance.EvidenceContent evidence = sha256.matches("[0-9a-f]{64}")
                ? compliance.evidence(RevisionRef.of(revisionId), sha256).orElseThrow(NotFound::new)
                : null;
        if (evidence == null) {
            throw new NotFound();
        }
        return org.openspacemakers.marketplace.system.EvidenceDownloads.attachment(evidence);
    }

    /** The revision, when the maker is on its team; otherwise it does not exist for them. */
    private Revision teamRevision(UUID revisionId, SignedInUser maker) {
        Revision revision = catalog.revision(revisionId).orElseThrow(NotFound::new);
        if (!catalog.isAuthor(maker.id(), revisionId)) {
            throw new NotFound();
        }
        return revision;
    }

    private static String backTo(UUID revisionId, Locale locale) {
        return "redirect:/revisions/" + revisionId + "/dossier?lang=" + locale.getLanguage();
    }
}
