package org.openspacemakers.marketplace.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link FileStorage} in a folder of the local file system: the content under key {@code k}
 * lives in {@code root/k[0..2]/k}, so no folder grows beyond a 256th of the files.
 *
 * <p>A content is first written and flushed to disk in a temporary file of its final folder, then
 * moved into place atomically: a crash or a full disk leaves either nothing or the whole file, and
 * two threads storing the same content at once both end with the same complete file. Temporary files
 * never look like keys ({@code .upload-*.tmp}), so a failed write can be swept away safely.
 */
public final class LocalFileStorage implements FileStorage {

    private final Path root;

    /**
     * @param root the folder to keep the files in; created if missing
     * @throws UncheckedIOException if the folder cannot be created
     */
    public LocalFileStorage(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the storage folder " + this.root, e);
        }
    }

    @Override
    public StoredFile store(byte[] content, String contentType) {
        Objects.requireNonNull(content, "content");
        String sha256 = sha256(content);
        StoredFile stored = new StoredFile(sha256, sha256, content.length, contentType);
        Path target = pathOf(stored.key());
        if (Files.isRegularFile(target)) {
            return stored;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                writeDurably(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file " + stored.key(), e);
        }
        return stored;
    }

    @Override
    public Optional<byte[]> read(String key) {
        Path path = pathOf(StoredFile.requireKey(key));
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        Path path = pathOf(StoredFile.requireKey(key));
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete file " + key, e);
        }
    }

    private Path pathOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
