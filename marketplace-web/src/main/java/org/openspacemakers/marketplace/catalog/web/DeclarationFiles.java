package org.openspacemakers.marketplace.catalog.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.system.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The EU declaration of conformity of a board's revision, public once the revision was approved.
 * It stays available while the approval is suspended or superseded: units already sold remain
 * covered by it. Anything else answers 404, as for a revision that does not exist.
 */
@Controller
class DeclarationFiles {

    /** The reviews under which a declaration was issued for units sold. */
    private static final Set<ReviewStatus> DECLARED = EnumSet.of(ReviewStatus.APPROVED, ReviewStatus.SUSPENDED,
            ReviewStatus.SUPERSEDED);

    private final Catalog catalog;
    private final Compliance compliance;

    DeclarationFiles(Catalog catalog, Compliance compliance) {
        this.catalog = catalog;
        this.compliance = compliance;
    }

    @GetMapping("/boards/{slug}/revisions/{revisionId}/declaration-of-conformity")
    ResponseEntity<byte[]> declaration(@PathVariable String slug, @PathVariable String revisionId) {
        UUID id = uuid(revisionId);
        Revision revision = catalog.revision(id).orElseThrow(NotFound::new);
        catalog.boardOf(id).map(Board::slug).filter(slug::equals).orElseThrow(NotFound::new);
        RevisionRef ref = RevisionRef.of(id);
        compliance.review(ref).map(ReviewState::status).filter(DECLARED::contains).orElseThrow(NotFound::new);
        String docFile = compliance.dossier(ref).map(d -> d.content().ce()).map(DossierContent.Ce::docFile)
                .orElseThrow(NotFound::new);
        Compliance.EvidenceContent doc = compliance.evidence(ref, docFile).orElseThrow(NotFound::new);
        MediaType type = MediaType.parseMediaType(doc.file().contentType());
        String fileName = "declaration-of-conformity-" + slug + "-" + revision.label().replaceAll("[^A-Za-z0-9._-]+", "_")
                + "." + extension(type);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(doc.content());
    }

    /** Evidence files are PDF, PNG or JPEG (checked on upload); a declaration is normally a PDF. */
    private static String extension(MediaType type) {
        if (MediaType.IMAGE_PNG.equalsTypeAndSubtype(type)) {
            return "png";
        }
        if (MediaType.IMAGE_JPEG.equalsTypeAndSubtype(type)) {
            return "jpg";
        }
        return "pdf";
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }
}
