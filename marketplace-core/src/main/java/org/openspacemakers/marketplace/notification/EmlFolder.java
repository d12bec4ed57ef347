package org.openspacemakers.marketplace.notification;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * With no SMTP server configured, each message is written as an RFC 822 file
 * ({@code <outbox id>.eml}) in a folder, {@code $MARKETPLACE_DATA_DIR/mail/} in the store, for a
 * demo or a test to read (API-CONTRACT.md). A file appears whole or not at all: it is written
 * aside, then moved into place; a message written twice replaces its own file.
 */
final class EmlFolder implements MailTransport {

    /** The outbox's ids are UUIDs: nothing else names a file. */
    private static final Pattern SAFE_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    EmlFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path folder() {
        return folder;
    }

    @Override
    public MimeMessage newMessage() {
        return new MimeMessage(session);
    }

    @Override
    public void send(MimeMessage message) throws Exception {
        String id = OutboxMessage.outboxId(message);
        if (id == null || !SAFE_NAME.matcher(id).matches()) {
            throw new IllegalArgumentException("a message written as a file carries the outbox's id");
        }
        Files.createDirectories(folder);
        Path target = folder.resolve(id + ".eml");
        Path partial = Files.createTempFile(folder, "." + id + "-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // a leftover .part file is harmless and hidden; the send's own outcome matters
        }
    }

    @Override
    public String describe() {
        return ".eml files in " + folder;
    }
}
