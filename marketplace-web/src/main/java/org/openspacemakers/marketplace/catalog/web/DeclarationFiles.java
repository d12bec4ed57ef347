package org.openspacemakers.marketplace.catalog.web;

import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.EvidenceContent;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The EU declaration of conformity of a board's revision, shown inline to anyone while compliance
 * publishes it ({@link Dossiers#declaration}). Anything else answers 404, as for a revision that
 * does not exist.
 */
@Controller
class DeclarationFiles {

    private final BoardQueries catalog;
    private final Dossiers dossiers;

    DeclarationFiles(BoardQueries catalog, Dossiers dossiers) {
        this.catalog = catalog;
        this.dossiers = dossiers;
    }

    @GetMapping("/boards/{slug}/revisions/{revisionId}/declaration-of-conformity")
    ResponseEntity<byte[]> declaration(@PathVariable String slug, @PathVariable UUID revisionId) {
        Revision revision = catalog.revision(revisionId).orElseThrow(NotFound::new);
        catalog.boardOf(revisionId).map(Board::slug).filter(slug::equals).orElseThrow(NotFound::new);
        EvidenceContent doc = dossiers.declaration(RevisionRef.of(revisionId)).orElseThrow(NotFound::new);
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
}
