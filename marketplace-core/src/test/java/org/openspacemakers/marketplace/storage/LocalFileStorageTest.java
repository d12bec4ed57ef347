package org.openspacemakers.marketplace.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalFileStorageTest {

    private static final byte[] PHOTO = "not really a photo, but bytes all the same".getBytes(UTF_8);

    @TempDir
    Path root;

    @Test
    void readsBackWhatItStored() {
        FileStorage storage = new LocalFileStorage(root);

        StoredFile stored = storage.store(PHOTO, "image/jpeg");

        assertThat(storage.read(stored.key())).hasValueSatisfying(content -> assertThat(content).isEqualTo(PHOTO));
        assertThat(stored.size()).isEqualTo(PHOTO.length);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void reportsTheSha256OfTheContentAndDerivesTheKeyFromIt() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PHOTO));

        StoredFile stored = new LocalFileStorage(root).store(PHOTO, "image/jpeg");

        assertThat(stored.sha256()).isEqualTo(expected);
        assertThat(stored.key()).isEqualTo(expected);
        assertThat(root.resolve(expected.substring(0, 2)).resolve(expected)).hasBinaryContent(PHOTO);
    }

    @Test
    void storesTheSameContentOnceUnderTheSameKey() throws IOException {
        FileStorage storage = new LocalFileStorage(root);

        StoredFile first = storage.store(PHOTO, "image/jpeg");
        StoredFile second = storage.store(PHOTO.clone(), "image/jpeg");
        StoredFile other = storage.store("other bytes".getBytes(UTF_8), "image/jpeg");

        assertThat(second).isEqualTo(first);
        assertThat(other.key()).isNotEqualTo(first.key());
        assertThat(filesUnder(root)).hasSize(2);
    }

    @Test
    void storesEmptyContent() {
        FileStorage storage = new LocalFileStorage(root);

        StoredFile stored = storage.store(new byte[0], "application/octet-stream");

        assertThat(stored.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(stored.size()).isZero();
        assertThat(storage.read(stored.key())).hasValueSatisfying(content -> assertThat(content).isEmpty());
    }

    @Test
    void readsNothingUnderAnUnknownKeyOrAfterDeletion() {
        FileStorage storage = new LocalFileStorage(root);
        StoredFile stored = storage.store(PHOTO, "image/png");

        storage.delete(stored.key());
        storage.delete(stored.key());

        assertThat(storage.read(stored.key())).isEmpty();
        assertThat(storage.read("0".repeat(64))).isEmpty();
    }

    @Test
    void keepsFilesAcrossInstancesOnTheSameFolder() {
        StoredFile stored = new LocalFileStorage(root).store(PHOTO, "image/png");

        assertThat(new LocalFileStorage(root).read(stored.key())).isPresent();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "..", "../../etc/passwd", "/etc/passwd", "ab/../../../etc/passwd",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
            "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "e3/0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "..b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85\n"})
    void refusesKeysThatItNeverHandsOut(String key) throws IOException {
        Path outside = Files.writeString(root.resolve("outside.txt"), "keep me");
        FileStorage storage = new LocalFileStorage(root.resolve("store"));

        assertThatThrownBy(() -> storage.read(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(outside).exists();
    }

    @Test
    void leavesNoPartialFileWhenTheWriteFails() throws IOException {
        FileStorage storage = new LocalFileStorage(root);
        String key = storage.store(PHOTO, "image/jpeg").key();
        storage.delete(key);
        Path blocker = root.resolve(key.substring(0, 2)).resolve(key);
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("occupied"), "the final name is taken by a folder");

        assertThatThrownBy(() -> storage.store(PHOTO, "image/jpeg")).isInstanceOf(UncheckedIOException.class);

        try (Stream<Path> folder = Files.list(blocker.getParent())) {
            assertThat(folder).containsExactly(blocker);
        }
        assertThat(filesUnder(root)).containsExactly(blocker.resolve("occupied"));
    }

    @Test
    void storesTheSameContentFromManyThreadsAtOnce() throws Exception {
        FileStorage storage = new LocalFileStorage(root);
        byte[] large = new byte[2 * 1024 * 1024];
        new Random(42).nextBytes(large);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<StoredFile>> stores = IntStream.range(0, 16)
                    .<Callable<StoredFile>>mapToObj(i -> () -> storage.store(large, "application/pdf")).toList();
            Set<StoredFile> results = threads.invokeAll(stores).stream().map(LocalFileStorageTest::get)
                    .collect(Collectors.toSet());

            assertThat(results).hasSize(1);
            assertThat(filesUnder(root)).hasSize(1);
            assertThat(storage.read(results.iterator().next().key())).hasValueSatisfying(
                    content -> assertThat(content).isEqualTo(large));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void refusesIncoherentStoredFiles() {
        String sha = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assertThatThrownBy(() -> new StoredFile("../x", sha, 0, "text/plain")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredFile(sha, "xyz", 0, "text/plain")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredFile(sha, sha, -1, "text/plain")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredFile(sha, sha, 0, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredFile(sha, sha, 0, null)).isInstanceOf(NullPointerException.class);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
