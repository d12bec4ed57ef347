package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.clip;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import org.openspacemakers.marketplace.compliance.RevisionSubject;

/**
 * A BOM line as the revision was submitted with it, with the alternates its team accepted then
 * (catalogue, {@code Listings.acceptAlternates}, only while a draft): what RoHS evidence (one piece
 * per part, alternates included) and supplied parts are held to.
 */
@Embeddable
class FrozenBomLine {

    @Column(name = "line_references", nullable = false, columnDefinition = "TEXT")
    private String references;

    @Column(nullable = false, length = 200)
    private String manufacturer;

    @Column(nullable = false, length = 200)
    private String mpn;

    @Column(nullable = false, length = 1000)
    private String alternates;

    @Column(name = "do_not_place", nullable = false)
    private boolean doNotPlace;

    protected FrozenBomLine() {
        // for JPA
    }

    FrozenBomLine(RevisionSubject.BomLine line) {
        this.references = line.references();
        this.manufacturer = clip(line.manufacturer(), 200);
        this.mpn = clip(line.mpn(), 200);
        this.alternates = clip(String.join(",", line.alternates()), 1000);
        this.doNotPlace = line.doNotPlace();
    }

    RevisionSubject.BomLine view() {
        return new RevisionSubject.BomLine(references, manufacturer, mpn, alternates(), doNotPlace);
    }

    List<String> referenceList() {
        return Arrays.asList(references.split("\\s+"));
    }

    private List<String> alternates() {
        return alternates.isBlank() ? List.of() : Arrays.stream(alternates.split(",")).map(String::strip).toList();
    }

    boolean doNotPlace() {
        return doNotPlace;
    }
}
