package org.openspacemakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.fixtures.Fixtures;

/** A board's photos in the order its team chose; the first one is the storefront card's. */
class BoardPhotoOrderTest {

    private final Board board = new Board(UUID.randomUUID(), Slug.of("ordered"), Fixtures.boardText("Ordered"));

    @Test
    void movesAPhotoOnePlaceAndStopsAtEitherEnd() {
        add("a", "b", "c");

        assertThat(board.movePhoto(key("c"), -1)).isTrue();
        assertThat(thumbnails()).containsExactly(key("a"), key("c"), key("b"));
        assertThat(board.movePhoto(key("c"), -1)).isTrue();
        assertThat(board.movePhoto(key("c"), -1)).isTrue();
        assertThat(thumbnails()).containsExactly(key("c"), key("a"), key("b"));
        assertThat(board.coverThumbnailKey()).contains(key("c"));
        assertThat(board.movePhoto(key("b"), 1)).isTrue();
        assertThat(thumbnails()).containsExactly(key("c"), key("a"), key("b"));
        assertThat(board.movePhoto(key("z"), 1)).isFalse();
    }

    @Test
    void removingTheFirstPhotoMakesTheNextOneTheCover() {
        add("a", "b");

        assertThat(board.removePhoto(original("a"))).isTrue();
        assertThat(thumbnails()).containsExactly(key("b"));
        assertThat(board.coverThumbnailKey()).contains(key("b"));
        assertThat(board.removePhoto(key("a"))).isFalse();
        assertThat(board.removePhoto(key("b"))).isTrue();
        assertThat(board.coverThumbnailKey()).isEmpty();
    }

    private void add(String... names) {
        for (String name : names) {
            board.addPhoto(new BoardPhoto(original(name), key(name), null, "image/png", 800, 600, null));
        }
    }

    private java.util.List<String> thumbnails() {
        return board.photos().stream().map(BoardPhoto::thumbnailKey).toList();
    }

    private static String key(String name) {
        return name.repeat(64);
    }

    private static String original(String name) {
        return "0" + name.repeat(63);
    }
}
