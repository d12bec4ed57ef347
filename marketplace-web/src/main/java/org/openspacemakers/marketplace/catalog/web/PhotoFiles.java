package org.openspacemakers.marketplace.catalog.web;

import java.time.Duration;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Board photos and thumbnails. Their address is their content's hash, so they never change: cached for a year. */
@Controller
class PhotoFiles {

    private final BoardQueries catalog;

    PhotoFiles(BoardQueries catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/photos/{key:[0-9a-f]{64}}")
    ResponseEntity<byte[]> photo(@PathVariable String key) {
        BoardQueries.StoredPhoto photo = catalog.photo(key).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(photo.content());
    }
}
