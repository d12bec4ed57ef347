package org.openspacemakers.marketplace.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.dossier.DossierRepository;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.compliance.review.ReviewRepository;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions' compliance dossiers: their teams state them and upload the evidence while the revision
 * is a draft or changes were asked for; the team, reviewers and product pages read them. A dossier
 * covers its frozen subject once handed in, else the revision as it stands.
 */
@Service
public class Dossiers {

    /** The reviews under which a declaration of conformity was issued for units sold: it stays public. */
    private static final Set<ReviewStatus> DECLARED = EnumSet.of(ReviewStatus.APPROVED, ReviewStatus.SUSPENDED,
            ReviewStatus.SUPERSEDED);

    private final DossierRepository dossiers;
    private final ReviewRepository reviews;
    private final Revisions revisions;
    private final EvidenceStore store;
    private final EvidenceIntake intake = new EvidenceIntake();
    private final Clock clock;

    Dossiers(DossierRepository dossiers, ReviewRepository reviews, Revisions revisions, EvidenceStore store, Clock clock) {
        this.dossiers = dossiers;
        this.reviews = reviews;
        this.revisions = revisions;
        this.store = store;
        this.clock = clock;
    }

    /** A revision's dossier, empty (and not stored) when its team has not started it; not found for no such revision. */
    @Transactional(readOnly = true)
    public DossierView dossier(RevisionRef revision) {
        Optional<Dossier> stored = dossiers.findByRevisionId(revision.id());
        if (stored.isEmpty() && !revisions.exists(revision)) {
            throw new NotFound();
        }
        return view(stored.orElseGet(() -> Dossier.start(revision, clock.instant())), stored.isPresent(),
                editable(revision));
    }

    /**
     * {@link #dossier(RevisionRef)} of several revisions, by revision, in a constant number of
     * statements whatever their number (what a list of them, the review queue, reads). Revisions
     * that do not exist are left out.
     */
    @Transactional(readOnly = true)
    public Map<RevisionRef, DossierView> dossiers(Collection<RevisionRef> revisions) {
        if (revisions.isEmpty()) {
            return Map.of();
        }
        Set<UUID> ids = revisions.stream().map(RevisionRef::id).collect(Collectors.toSet());
        Map<RevisionRef, Dossier> stored = dossiers.findByRevisionIdIn(ids).stream()
                .collect(Collectors.toMap(Dossier::revision, dossier -> dossier));
        Map<RevisionRef, ReviewStatus> statuses = reviews.findByRevisionIdIn(ids).stream()
                .collect(Collectors.toMap(Review::revision, Review::status));
        Set<RevisionRef> unfrozen = revisions.stream().filter(r -> !stored.containsKey(r) || !stored.get(r).frozen())
                .collect(Collectors.toSet());
        Map<RevisionRef, RevisionSubject> current = this.revisions.current(unfrozen);
        Map<RevisionRef, DossierView> views = new HashMap<>();
        for (RevisionRef revision : Set.copyOf(revisions)) {
            Dossier dossier = stored.get(revision);
            if (dossier == null && !current.containsKey(revision)) {
                continue;
            }
            Dossier shown = dossier != null ? dossier : Dossier.start(revision, clock.instant());
            views.put(revision, view(shown, dossier != null, editable(Optional.ofNullable(statuses.get(revision))),
                    dossier != null && dossier.frozen() ? dossier.subject() : current.get(revision)));
        }
        return views;
    }

    /** The team states its dossier (the whole of it); only while the revision is a draft or changes were asked for. */
    @Transactional
    public DossierView save(RevisionRef revision, UUID editor, DossierContent content) {
        if (!revisions.exists(revision)) {
            throw new NotFound();
        }
        Dossier dossier = editableDossier(revision, editor);
        dossier.replace(content, clock.instant());
        return view(dossiers.save(dossier), true, true);
    }

    /**
     * The team uploads an evidence file, checked by {@link EvidenceIntake}; the dossier then refers to
     * it by its SHA-256. A refused file is not stored.
     */
    @Transactional
    public EvidenceFile upload(RevisionRef revision, UUID editor, String fileName, byte[] content) {
        Dossier dossier = editableDossier(revision, editor);
        EvidenceIntake.Accepted accepted = intake.accept(fileName, content);
        String sha256 = store.put(content, accepted.contentType());
        EvidenceFile file = dossier.attach(new EvidenceFile(sha256, accepted.fileName(), accepted.contentType(),
                content.length, clock.instant()));
        dossiers.save(dossier);
        return file;
    }

    /** An evidence file of a revision's dossier, with its content. */
    @Transactional(readOnly = true)
    public Optional<EvidenceContent> evidence(RevisionRef revision, String sha256) {
        return dossiers.findByRevisionId(revision.id())
                .flatMap(dossier -> dossier.file(sha256))
                .flatMap(file -> store.get(file.sha256()).map(bytes -> new EvidenceContent(file, bytes)));
    }

    /**
     * The revision's declaration of conformity, public once the revision was approved and still while
     * the approval is suspended or superseded: units already sold remain covered by it.
     */
    @Transactional(readOnly = true)
    public Optional<EvidenceContent> declaration(RevisionRef revision) {
        if (!declared(revision)) {
            return Optional.empty();
        }
        return dossiers.findByRevisionId(revision.id())
                .map(dossier -> dossier.content().ce().declaration().file())
                .flatMap(docFile -> evidence(revision, docFile));
    }

    /** What the product page states about an approved revision's conformity; empty when it has no dossier. */
    @Transactional(readOnly = true)
    public Optional<Conformity> conformity(RevisionRef revision) {
        return dossiers.findByRevisionId(revision.id()).map(dossier -> Conformity.of(revision, dossier.content(),
                dossier.content().ce().declaration().file() != null && declared(revision)));
    }

    /**
     * A new revision's dossier starts as a copy of the previous revision's (statements and files,
     * not frozen), without a declaration of conformity: the team updates what changed and declares
     * the new revision, which is reviewed anew.
     */
    @Transactional
    public void startFrom(RevisionRef previous, RevisionRef next) {
        dossiers.findByRevisionId(previous.id())
                .filter(dossier -> dossiers.findByRevisionId(next.id()).isEmpty())
                .ifPresent(dossier -> dossiers.save(dossier.copyFor(next, clock.instant())));
    }

    private boolean declared(RevisionRef revision) {
        return reviews.findByRevisionId(revision.id()).map(Review::status).filter(DECLARED::contains).isPresent();
    }

    private Dossier editableDossier(RevisionRef revision, UUID editor) {
        if (!revisions.madeBy(editor, revision)) {
            throw new NotRevisionAuthor(revision);
        }
        Optional<ReviewStatus> status = reviews.findByRevisionId(revision.id()).map(Review::status);
        if (!editable(status)) {
            throw new DossierLocked(status.get());
        }
        return dossiers.findByRevisionId(revision.id()).orElseGet(() -> Dossier.start(revision, clock.instant()));
    }

    private boolean editable(RevisionRef revision) {
        return editable(reviews.findByRevisionId(revision.id()).map(Review::status));
    }

    /** A dossier may change while its revision is a draft, or after a reviewer asked for changes. */
    private static boolean editable(Optional<ReviewStatus> status) {
        return status.isEmpty() || status.get() == ReviewStatus.CHANGES_REQUESTED;
    }

    /** The view of a dossier; the revision as it stands is read only when the dossier does not cover a frozen one. */
    private DossierView view(Dossier dossier, boolean started, boolean editable) {
        return view(dossier, started, editable, dossier.frozen() ? dossier.subject()
                : revisions.current(dossier.revision()).orElseThrow(NotFound::new));
    }

    private DossierView view(Dossier dossier, boolean started, boolean editable, RevisionSubject subject) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new DossierView(subject, started, dossier.frozen(), dossier.frozenAt(), editable, dossier.updatedAt(),
                dossier.content(), dossier.files(), dossier.checklist(), dossier.earliestExpiry(),
                dossier.gaps(subject, today));
    }
}
