package org.openspacemakers.marketplace.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.EvidenceContent;
import org.openspacemakers.marketplace.compliance.EvidenceFile;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.EvidenceDownloads;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A revision's compliance dossier, as JSON: its team states it and uploads the evidence; the team,
 * reviewers and administrators read it and download the evidence. Anyone else gets 404, as if the
 * revision did not exist.
 */
@RestController
@RequestMapping("/api/v1/revisions/{revisionId}/dossier")
@Tag(name = "Compliance dossier")
class DossierApi {

    private final BoardQueries catalog;
    private final Dossiers dossiers;
    private final RefusalMessages explanations;

    DossierApi(BoardQueries catalog, Dossiers dossiers, RefusalMessages explanations) {
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.explanations = explanations;
    }

    /** The revision the dossier covers: as frozen on submission, else as the revision stands now. */
    record SubjectJson(String board, String label, String bomHash, String firmwareVersion, boolean frozen) {
    }

    /**
     * The dossier: what its team states ({@code content}, the body a PUT sends back), the evidence
     * files, the checklist a reviewer confirms, and what an approval would still lack ({@code gaps}).
     */
    record DossierJson(UUID revisionId, SubjectJson subject, boolean editable, Instant updatedAt,
            DossierRequest content, List<EvidenceFile> files, List<ChecklistItem> checklist, LocalDate earliestExpiry,
            List<RefusalMessages.Reason> gaps) {
    }

    /**
     * The dossier a team states, as it is read back in {@link DossierJson#content()}. Any field may
     * be omitted while the dossier is a draft (yes/no questions then answer no, except that WEEE
     * equipment counts as household); files are named by the SHA-256 of an uploaded evidence file.
     */
    record DossierRequest(CeRequest ce, DossierContent.Rohs rohs, WeeeRequest weee, DossierContent.Gpsr gpsr,
            BatteryRequest battery, SvhcRequest svhc) {

        static DossierRequest of(DossierContent content) {
            DossierContent.Weee weee = content.weee();
            DossierContent.Battery battery = content.battery();
            return new DossierRequest(CeRequest.of(content.ce()), content.rohs(),
                    new WeeeRequest(weee.household(), weee.categoriesText(), weee.takeBack()), content.gpsr(),
                    new BatteryRequest(battery.onBoard(), battery.description(), battery.removable()),
                    new SvhcRequest(content.svhc().present(), content.svhc().disclosure()));
        }

        DossierContent toContent() {
            return new DossierContent(ce == null ? null : ce.toCe(), rohs,
                    weee == null ? null : DossierContent.Weee.typed(yes(weee.household(), true), weee.categories(), weee.takeBack()),
                    gpsr,
                    battery == null ? null : new DossierContent.Battery(yes(battery.onBoard(), false), battery.description(),
                            yes(battery.removable(), false)),
                    svhc == null ? null : new DossierContent.Svhc(yes(svhc.present(), false), svhc.disclosure()));
        }
    }

    /**
     * CE, with the declaration of conformity in the fields named {@code doc...}: its number, the
     * revision label and BOM hash it declares, the signatory's name and function, the place and day
     * ({@code yyyy-MM-dd}) of signature, and the signed file.
     */
    record CeRequest(Set<DossierContent.Act> acts, String scopeRationale, DossierContent.IntendedUse intendedUse,
            String supplyVoltage, Boolean mainsSupplied, Boolean radio, Boolean internetConnected,
            DossierContent.EmcClass emcClass, List<StandardRequest> standards, String technicalFileRef, String docNumber,
            String docRevisionLabel, String docBomHash, String docSignatoryName, String docSignatoryFunction,
            String docPlace, LocalDate docSignedOn, String docFile, String radioEvidenceFile) {

        static CeRequest of(DossierContent.Ce ce) {
            DossierContent.Declaration doc = ce.declaration();
            return new CeRequest(ce.acts(), ce.scopeRationale(), ce.intendedUse(), ce.supplyVoltage(), ce.mainsSupplied(),
                    ce.radio(), ce.internetConnected(), ce.emcClass(), ce.standards().stream()
                            .map(s -> new StandardRequest(s.number(), s.edition(), s.citedInOj(), s.partsApplied(),
                                    s.withdrawnOn()))
                            .toList(),
                    ce.technicalFileRef(), doc.number(), doc.revisionLabel(), doc.bomHash(), doc.signatoryName(),
                    doc.signatoryFunction(), doc.place(), doc.signedOn(), doc.file(), ce.radioEvidenceFile());
        }

        DossierContent.Ce toCe() {
            List<DossierContent.Standard> applied = standards == null ? null : standards.stream()
                    .map(s -> s == null ? new DossierContent.Standard(null, null, false, null, null)
                            : new DossierContent.Standard(s.number(), s.edition(), yes(s.citedInOj(), false),
                                    s.partsApplied(), s.withdrawnOn()))
                    .toList();
            return new DossierContent.Ce(acts == null ? null : acts.stream().filter(Objects::nonNull).collect(Collectors.toSet()),
                    scopeRationale, intendedUse, supplyVoltage, yes(mainsSupplied, false), yes(radio, false),
                    yes(internetConnected, false), emcClass, applied, technicalFileRef,
                    new DossierContent.Declaration(docNumber, docRevisionLabel, docBomHash, docSignatoryName,
                            docSignatoryFunction, docPlace, docSignedOn, docFile),
                    radioEvidenceFile);
        }
    }

    record StandardRequest(String number, String edition, Boolean citedInOj, String partsApplied, LocalDate withdrawnOn) {
    }

    /**
     * WEEE: household or B2B, the categories of Annex III written by number ({@code "5, 6"}; an
     * older text naming them by number, {@code "Category 5 (small equipment)"}, reads the same and is
     * read back by number), the take-back offered.
     */
    record WeeeRequest(Boolean household, String categories, String takeBack) {
    }

    record BatteryRequest(Boolean onBoard, String description, Boolean removable) {
    }

    record SvhcRequest(Boolean present, String disclosure) {
    }

    private static boolean yes(Boolean answer, boolean otherwise) {
        return answer == null ? otherwise : answer;
    }

    @GetMapping
    @Operation(summary = "Read a revision's compliance dossier, with what an approval would still lack (team, reviewers, administrators)")
    DossierJson dossier(@PathVariable UUID revisionId, @AuthenticationPrincipal SignedInUser reader, Locale locale) {
        return json(dossiers.dossier(readable(revisionId, reader)), locale);
    }

    @PutMapping
    @Operation(summary = "State the whole dossier (the team, while the revision is a draft or changes were requested); files are named by the SHA-256 of an uploaded evidence file")
    DossierJson save(@PathVariable UUID revisionId, @RequestBody DossierRequest request,
            @AuthenticationPrincipal SignedInUser maker, Locale locale) {
        return json(dossiers.save(RevisionRef.of(revisionId), maker.id(), request.toContent()), locale);
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an evidence file (PDF, PNG or JPEG, at most 10 MB) as the multipart field 'file'; the dossier then names it by its SHA-256")
    ResponseEntity<EvidenceFile> upload(@PathVariable UUID revisionId,
            @RequestPart(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal SignedInUser maker)
            throws IOException {
        if (!catalog.isAuthor(maker.id(), revisionId)) {
            throw new NotFound();
        }
        if (file == null) {
            throw new InvalidInput("file", "invalid.file.missing");
        }
        EvidenceFile stored = dossiers.upload(RevisionRef.of(revisionId), maker.id(), file.getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/revisions/" + revisionId + "/dossier/evidence/" + stored.sha256()))
                .body(stored);
    }

    @GetMapping("/evidence/{sha256:" + EvidenceDownloads.SHA_256 + "}")
    @Operation(summary = "Download an evidence file of the dossier (team, reviewers, administrators)")
    ResponseEntity<byte[]> evidence(@PathVariable UUID revisionId, @PathVariable String sha256,
            @AuthenticationPrincipal SignedInUser reader) {
        EvidenceContent evidence = dossiers.evidence(readable(revisionId, reader), sha256).orElseThrow(NotFound::new);
        return EvidenceDownloads.attachment(evidence);
    }

    private DossierJson json(DossierView view, Locale locale) {
        RevisionSubject shown = view.subject();
        return new DossierJson(shown.revision().id(),
                new SubjectJson(shown.board(), shown.label(), shown.bomHash(), shown.firmwareVersion(), view.frozen()),
                view.editable(), view.updatedAt(), DossierRequest.of(view.content()), view.files(), view.checklist(),
                view.earliestExpiry().orElse(null), explanations.explain(view.gaps(), locale));
    }

    /** The revision, if this person may read its dossier: its team, reviewers, administrators. */
    private RevisionRef readable(UUID revisionId, SignedInUser reader) {
        if (!reader.hasRole(Role.REVIEWER) && !reader.hasRole(Role.ADMIN) && !catalog.isAuthor(reader.id(), revisionId)) {
            throw new NotFound();
        }
        return RevisionRef.of(revisionId);
    }
}
