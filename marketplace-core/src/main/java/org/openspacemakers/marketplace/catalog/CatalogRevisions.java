package org.openspacemakers.marketplace.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.Revisions;
import org.springframework.stereotype.Component;

/** Tells compliance what it needs of a revision: what it covers, who made it, what it is offered as. */
@Component
class CatalogRevisions implements Revisions {

    private final BoardRepository boards;
    private final RevisionRepository revisions;
    private final OfferRepository offers;
    private final TeamMembership membership;

    CatalogRevisions(BoardRepository boards, RevisionRepository revisions, OfferRepository offers,
            TeamMembership membership) {
        this.boards = boards;
        this.revisions = revisions;
        this.offers = offers;
        this.membership = membership;
    }

    @Override
    public boolean exists(RevisionRef revision) {
        return revisions.existsById(revision.id());
    }

    @Override
    public Optional<RevisionSubject> current(RevisionRef revision) {
        return revisions.findById(revision.id()).map(this::subject);
    }

    /** Two statements (revisions, then their boards) whatever their number; the BOMs come in one batch. */
    @Override
    public java.util.Map<RevisionRef, RevisionSubject> current(java.util.Collection<RevisionRef> wanted) {
        if (wanted.isEmpty()) {
            return java.util.Map.of();
        }
        List<Revision> found = revisions.findAllById(wanted.stream().map(RevisionRef::id).collect(Collectors.toSet()));
        java.util.Map<UUID, Board> boardsById = boards.findAllById(found.stream().map(Revision::boardId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Board::id, board -> board));
        return found.stream().collect(Collectors.toMap(revision -> RevisionRef.of(revision.id()),
                revision -> subject(revision, boardsById.get(revision.boardId()))));
    }

    @Override
    public boolean madeBy(UUID person, RevisionRef revision) {
        return membership.madeBy(person, revision);
    }

    @Override
    public boolean pictured(RevisionRef revision) {
        return revisions.findById(revision.id()).flatMap(found -> boards.findById(found.boardId()))
                .filter(board -> !board.photos().isEmpty()).isPresent();
    }

    @Override
    public Set<OfferKind> offeredAs(RevisionRef revision) {
        return offers.findByRevisionIdIn(Set.of(revision.id())).stream().map(Offer::kind).collect(Collectors.toSet());
    }

    /** The revision as compliance knows it: board, label, BOM hash, firmware and BOM lines. */
    RevisionSubject subject(Revision revision) {
        return subject(revision, boards.findById(revision.boardId()).orElseThrow());
    }

    private static RevisionSubject subject(Revision revision, Board board) {
        return new RevisionSubject(RevisionRef.of(revision.id()), board.name(), revision.label(),
                revision.bomHash().orElse(""), revision.firmwareVersion(),
                revision.bom().stream()
                        .map(line -> new RevisionSubject.BomLine(String.join(" ", line.references()), line.manufacturer(),
                                line.mpn(), line.alternates(), line.doNotPlace()))
                        .toList());
    }
}
