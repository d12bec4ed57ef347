package org.openspacemakers.marketplace.catalog.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierLocked;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.EvidenceContent;
import org.openspacemakers.marketplace.compliance.EvidenceFile;
import org.openspacemakers.marketplace.compliance.EvidenceIntake;
import org.openspacemakers.marketplace.compliance.EvidenceRefused;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RohsExemptions;
import org.openspacemakers.marketplace.compliance.RohsRow;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.openspacemakers.marketplace.system.Association;
import org.openspacemakers.marketplace.system.BindingMessages;
import org.openspacemakers.marketplace.system.DossierGaps;
import org.openspacemakers.marketplace.system.FieldProblem;
import org.openspacemakers.marketplace.system.EvidenceDownloads;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
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

    /**
     * The dossier's steps, in the page's order: each is a form of its own, saved on its own, and its
     * id is also the section of the dossier its gaps belong to ({@link DossierGaps.Section#id()}).
     */
    enum Step {
        CE, DECLARATION, ROHS, WEEE, GPSR, BATTERY, SVHC;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Step> of(String id) {
            return java.util.Arrays.stream(values()).filter(step -> step.id().equals(id)).findFirst();
        }

        /** The step a field of the form belongs to: the declaration's fields are the CE form's {@code ce.doc...}. */
        static Optional<Step> ofField(String field) {
            if (field.startsWith("ce.doc")) {
                return Optional.of(DECLARATION);
            }
            int dot = field.indexOf('.');
            return of(dot < 0 ? field : field.substring(0, dot));
        }
    }

    /** The reviewer's latest request for changes: when, why, and the comments by section (or general). */
    record ChangesRequested(ReviewState.Decision decision, Map<String, List<ReviewState.Comment>> bySection,
            List<ReviewState.Comment> general) {
    }

    /**
     * The most rows of one list the form binds: a RoHS row per part of the placed BOM lines, up to
     * the 2000 pieces of evidence a dossier holds. A form naming a row past it is refused.
     */
    static final int MAX_ROWS = 2000;

    private final BoardQueries catalog;
    private final Dossiers dossiers;
    private final Reviews reviews;
    private final RefusalMessages explanations;
    private final BindingMessages bindingMessages;
    private final Association association;

    DossierPages(BoardQueries catalog, Dossiers dossiers, Reviews reviews, RefusalMessages explanations,
            BindingMessages bindingMessages, Association association) {
        this.association = association;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.reviews = reviews;
        this.explanations = explanations;
        this.bindingMessages = bindingMessages;
    }

    @InitBinder("form")
    void rows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
    }

    @GetMapping("/revisions/{revisionId}/dossier")
    String dossier(@PathVariable UUID revisionId, @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model) {
        Revision revision = catalog.revisionOfMember(maker.id(), revisionId);
        DossierView view = dossiers.dossier(RevisionRef.of(revisionId));
        DossierForm form = DossierForm.of(view);
        if (view.editable()) {
            form.getGpsr().offerManufacturer(configured(association.name()), configured(association.postalAddress()),
                    configured(association.email()));
        }
        return page(revision, view, form, locale, model);
    }

    /** A setting of the association's as configured; blank when it is the placeholder saying it is not. */
    private static String configured(String value) {
        return value.startsWith("(") && value.endsWith("not configured)") ? "" : value;
    }

    /**
     * What a step's form binds to: the dossier as stored, so that the fields a step posts change it
     * and the other steps' stay as they are. A post naming no step binds the whole dossier, as sent.
     */
    @ModelAttribute("form")
    DossierForm form(@PathVariable(required = false) UUID revisionId, @RequestParam(required = false) String step,
            HttpServletRequest request, @AuthenticationPrincipal SignedInUser maker) {
        if (revisionId == null || maker == null || !"POST".equals(request.getMethod()) || Step.of(step).isEmpty()) {
            return new DossierForm();
        }
        catalog.revisionOfMember(maker.id(), revisionId);
        return DossierForm.stored(dossiers.dossier(RevisionRef.of(revisionId)));
    }

    /**
     * Saves the step posted (or, naming none, the dossier as typed); a bad field shows the page again
     * as typed, the problem next to its field, and nothing is saved.
     */
    @PostMapping("/revisions/{revisionId}/dossier")
    ModelAndView save(@PathVariable UUID revisionId, @RequestParam(required = false) String step,
            @ModelAttribute("form") DossierForm form, BindingResult binding,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect) {
        Revision revision = catalog.revisionOfMember(maker.id(), revisionId);
        RevisionRef ref = RevisionRef.of(revisionId);
        DossierView view = dossiers.dossier(ref);
        if (binding.hasErrors()) {
            return refused(revision, view, form, bindingMessages.explain(binding, locale), locale, model);
        }
        try {
            dossiers.save(ref, maker.id(), form.toContent(DossierRohsForm.rows(view)));
        } catch (InvalidInput e) {
            return refused(revision, view, form, explanations.explain(e, locale), locale, model);
        } catch (DossierLocked e) {
            return locked(revision, e, locale, model);
        }
        Optional<Step> saved = Step.of(step);
        redirect.addFlashAttribute("notice", saved.isPresent() ? "dossier.stepSaved" : "dossier.saved");
        saved.ifPresent(s -> redirect.addFlashAttribute("savedStep", s.id()));
        return new ModelAndView(backTo(revisionId, locale) + saved.map(s -> "#step-" + s.id()).orElse(""));
    }

    /** The page again as typed, each problem listed and next to its field; 400. */
    private ModelAndView refused(Revision revision, DossierView view, DossierForm form, List<FieldProblem> problems,
            Locale locale, Model model) {
        model.addAttribute("problems", problems.stream().map(FieldProblem::line).toList());
        model.addAttribute("fieldProblems", problems);
        Map<String, List<FieldProblem>> byStep = new LinkedHashMap<>();
        problems.forEach(p -> Step.ofField(p.field())
                .ifPresent(s -> byStep.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(p)));
        model.addAttribute("problemsByStep", byStep);
        return new ModelAndView(page(revision, view, form, locale, model), model.asMap(), HttpStatus.BAD_REQUEST);
    }

    @PostMapping("/revisions/{revisionId}/dossier/evidence")
    ModelAndView upload(@PathVariable UUID revisionId, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect)
            throws IOException {
        Revision revision = catalog.revisionOfMember(maker.id(), revisionId);
        RevisionRef ref = RevisionRef.of(revisionId);
        try {
            if (file.getSize() > EvidenceIntake.MAX_BYTES) {
                // Refused before reading: the intake's own limit, said the intake's way.
                throw new EvidenceRefused("invalid.file.tooLarge", EvidenceIntake.MAX_BYTES / (1024 * 1024));
            }
            EvidenceFile stored = dossiers.upload(ref, maker.id(), file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "dossier.uploaded");
            redirect.addFlashAttribute("uploaded", stored.sha256());
            return new ModelAndView(backTo(revisionId, locale));
        } catch (InvalidInput e) {
            DossierView view = dossiers.dossier(ref);
            model.addAttribute("problems", explanations.lines(e, locale));
            return new ModelAndView(page(revision, view, DossierForm.of(view), locale, model), model.asMap(),
                    HttpStatus.BAD_REQUEST);
        } catch (DossierLocked e) {
            return locked(revision, e, locale, model);
        }
    }

    /** The dossier as stored, with the notice that it cannot change now; nothing was saved. */
    private ModelAndView locked(Revision revision, DossierLocked refused, Locale locale, Model model) {
        DossierView view = dossiers.dossier(RevisionRef.of(revision.id()));
        model.addAttribute("problems", explanations.lines(refused, locale));
        return new ModelAndView(page(revision, view, DossierForm.of(view), locale, model), model.asMap(),
                HttpStatus.CONFLICT);
    }

    /**
     * The page showing the form (after a refusal the posted one: Spring keeps what was typed in a
     * field it could not bind), with a RoHS row per part of the placed BOM lines and the exemptions
     * of the table to choose from.
     */
    private String page(Revision revision, DossierView view, DossierForm form, Locale locale, Model model) {
        Optional<ReviewState> review = reviews.review(RevisionRef.of(revision.id()));
        List<RohsRow> rohsRows = DossierRohsForm.rows(view);
        model.addAttribute("board", catalog.boardOf(revision.id()).orElseThrow(NotFound::new));
        model.addAttribute("revision", revision);
        model.addAttribute("status", review.map(ReviewState::status).orElse(ReviewStatus.DRAFT));
        model.addAttribute("editable", view.editable());
        model.addAttribute("form", form.shown(rohsRows.size()));
        model.addAttribute("rohsRows", rohsRows);
        model.addAttribute("exemptions", RohsExemptions.all());
        List<String> otherLanguages = form.getGpsr().otherLanguages();
        model.addAttribute("otherLanguages", otherLanguages);
        model.addAttribute("files", view.files());
        List<RefusalMessages.Reason> gaps = explanations.explain(view.gaps(), locale);
        model.addAttribute("gaps", gaps);
        Map<String, DossierGaps.Group> gapsByStep = new LinkedHashMap<>();
        DossierGaps.grouped(gaps, item -> explanations.item(item, locale)).forEach(group -> gapsByStep.put(group.id(), group));
        model.addAttribute("gapsByStep", gapsByStep);
        model.addAttribute("otherGaps", gapsByStep.get(DossierGaps.Section.OTHER.id()));
        model.addAttribute("steps", java.util.Arrays.stream(Step.values()).map(Step::id).toList());
        model.addAttribute("completeness", DossierGaps.completeness(view));
        if (!model.containsAttribute("problemsByStep")) {
            model.addAttribute("problemsByStep", Map.of());
            model.addAttribute("fieldProblems", List.of());
        }
        model.addAttribute("changes", review.flatMap(ReviewState::latestChangesRequest).map(DossierPages::bySection)
                .orElse(null));
        model.addAttribute("sections", Section.values());
        model.addAttribute("acts", DossierContent.Act.values());
        model.addAttribute("evidenceTypes", DossierContent.EvidenceType.values());
        Map<String, String> languageNames = new LinkedHashMap<>();
        form.getGpsr().getWarnings().keySet().forEach(language -> languageNames.put(language, languageName(language, locale)));
        otherLanguages.forEach(language -> languageNames.put(language, languageName(language, locale)));
        model.addAttribute("languageNames", languageNames);
        return "dossier-edit";
    }

    /** The comments of a request for changes, each by the section it concerns when it names a checklist item. */
    private static ChangesRequested bySection(ReviewState.Decision decision) {
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
    }

    private static Optional<ChecklistItem> item(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(ChecklistItem.values()).filter(item -> item.name().equals(wanted)).findFirst();
    }

    private static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** An evidence file of the team's dossier, as a download; not found for anyone off the team. */
    @GetMapping("/revisions/{revisionId}/dossier/evidence/{sha256:" + EvidenceDownloads.SHA_256 + "}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID revisionId, @PathVariable String sha256,
            @AuthenticationPrincipal SignedInUser maker) {
        catalog.revisionOfMember(maker.id(), revisionId);
        EvidenceContent evidence = dossiers.evidence(RevisionRef.of(revisionId), sha256).orElseThrow(NotFound::new);
        return EvidenceDownloads.attachment(evidence);
    }

    private static String backTo(UUID revisionId, Locale locale) {
        return "redirect:/revisions/" + revisionId + "/dossier?lang=" + locale.getLanguage();
    }
}
