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
import org.openspacemakers.marketplace.system.EvidenceDownloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The EU declaration of conformity of a board's revision, downloaded by anyone while compliance
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
                + "." + EvidenceDownloads.extension(type);
        // A download, not shown inline: the file is a maker's upload, served from the store's origin.
        return EvidenceDownloads.attachment(type, fileName, doc.content());
    }
}
