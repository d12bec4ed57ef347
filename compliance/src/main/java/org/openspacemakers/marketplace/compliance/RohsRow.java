package org.openspacemakers.marketplace.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of RoHS evidence a BOM line needs: for the line's own part, or for one of its accepted
 * alternates ({@code alternate} names it: a buyer may fit it, so it needs its own evidence), with the
 * evidence stated for it ({@code null} when there is none). The dossier, the team's page and the
 * reviewer's page match a line's evidence to its rows the one way, {@link #of}.
 */
public record RohsRow(RevisionSubject.BomLine line, String alternate, DossierContent.PartEvidence evidence) {

    /** The MPN this row's evidence must name: the alternate's, else the line's own (empty when the BOM gives none). */
    public String mpn() {
        return alternate == null ? line.mpn() : alternate;
    }

    /** Whether the evidence is there with its document and the kind of document it is. */
    public boolean documented() {
        return evidence != null && evidence.file() != null && evidence.type() != null;
    }

    /** Whether the evidence on this row names another part than the one the row is for. */
    public boolean namesAnotherPart() {
        return evidence != null && !mpn().isEmpty() && !RevisionSubject.BomLine.samePart(evidence.mpn(), mpn());
    }

    /**
     * The rows of one line, its own first then one per alternate, each with the first evidence naming
     * its MPN. The own row of a line whose BOM gives no MPN takes the first evidence naming no
     * alternate (the team states the MPN it documented); failing a match, the own row shows the
     * line's first evidence left, which then names another part.
     *
     * @param evidence the evidence stated for this line's references, in the dossier's order
     */
    public static Matched of(RevisionSubject.BomLine line, List<DossierContent.PartEvidence> evidence) {
        List<DossierContent.PartEvidence> left = new ArrayList<>(evidence);
        List<RohsRow> alternates = new ArrayList<>();
        for (String alternate : line.alternates()) {
            alternates.add(new RohsRow(line, alternate, take(left, alternate)));
        }
        DossierContent.PartEvidence own = line.mpn().isEmpty() ? null : take(left, line.mpn());
        if (own == null) {
            own = left.stream().filter(e -> !line.accepts(e.mpn())).findFirst().orElse(null);
            left.remove(own);
        }
        List<RohsRow> rows = new ArrayList<>();
        rows.add(new RohsRow(line, null, own));
        rows.addAll(alternates);
        List<DossierContent.PartEvidence> strays = line.mpn().isEmpty() ? List.of()
                : left.stream().filter(e -> !line.accepts(e.mpn())).toList();
        return new Matched(List.copyOf(rows), strays);
    }

    /**
     * A line's rows, and the evidence stated for it that names none of its parts and found no row
     * (a second part that is neither the line's nor an accepted alternate).
     */
    public record Matched(List<RohsRow> rows, List<DossierContent.PartEvidence> strays) {
    }

    private static DossierContent.PartEvidence take(List<DossierContent.PartEvidence> left, String mpn) {
        DossierContent.PartEvidence found = left.stream()
                .filter(e -> RevisionSubject.BomLine.samePart(e.mpn(), mpn)).findFirst().orElse(null);
        left.remove(found);
        return found;
    }
}
