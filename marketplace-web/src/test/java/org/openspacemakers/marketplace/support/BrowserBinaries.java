package org.openspacemakers.marketplace.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the browser journeys find Chromium and chromedriver, the one place that decides it: the
 * path in {@code CHROMIUM_BINARY} / {@code CHROMEDRIVER} when set (and then only there), else
 * {@code chromium} / {@code chromedriver} on the {@code PATH}, else {@code /usr/bin}. A file that
 * exists but is not executable counts as missing.
 */
final class BrowserBinaries {

    static final String INSTALL_COMMAND = "apt-get install -y chromium chromium-driver";

    private static final Path DEFAULT_FOLDER = Path.of("/usr/bin");

    private final Path chromium;
    private final Path chromedriver;
    private final List<String> missing;

    private BrowserBinaries(Path chromium, Path chromedriver, List<String> missing) {
        this.chromium = chromium;
        this.chromedriver = chromedriver;
        this.missing = List.copyOf(missing);
    }

    static BrowserBinaries fromEnvironment() {
        return locate(System.getenv(), DEFAULT_FOLDER);
    }

    static BrowserBinaries locate(Map<String, String> env, Path defaultFolder) {
        List<String> missing = new ArrayList<>();
        Path chromium = find("Chromium", "CHROMIUM_BINARY", "chromium", env, defaultFolder, missing);
        Path chromedriver = find("chromedriver", "CHROMEDRIVER", "chromedriver", env, defaultFolder, missing);
        return new BrowserBinaries(chromium, chromedriver, missing);
    }

    private static Path find(String what, String variable, String command, Map<String, String> env,
            Path defaultFolder, List<String> missing) {
        String given = env.get(variable);
        if (given != null && !given.isBlank()) {
            Path path = Path.of(given);
            if (!isExecutableFile(path)) {
                missing.add(what + " " + notThere(path) + " (the path " + variable + " gives)");
            }
            return path;
        }
        for (String folder : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isBlank() && isExecutableFile(Path.of(folder, command))) {
                return Path.of(folder, command);
            }
        }
        Path fallback = defaultFolder.resolve(command);
        if (!isExecutableFile(fallback)) {
            missing.add(what + " not on the PATH, and " + notThere(fallback) + " (set " + variable + " to its path)");
        }
        return fallback;
    }

    private static String notThere(Path path) {
        return Files.exists(path) ? "at " + path + " is not executable" : "not found at " + path;
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    Path chromium() {
        return chromium;
    }

    Path chromedriver() {
        return chromedriver;
    }

    boolean installed() {
        return missing.isEmpty();
    }

    /** What is missing and how to install it; empty when both binaries are there. */
    String whatIsMissing() {
        return installed() ? "" : String.join("; ", missing) + ". Install them with `" + INSTALL_COMMAND
                + "` (Debian, Ubuntu), or point CHROMIUM_BINARY and CHROMEDRIVER at them";
    }

    /** Fails, naming what is missing, unless both binaries are there. */
    BrowserBinaries requireInstalled() {
        if (!installed()) {
            throw new IllegalStateException("The browser journeys need Chromium and chromedriver: " + whatIsMissing()
                    + ". (A browser is required where CI=true or MARKETPLACE_BROWSER_TESTS=required; elsewhere the"
                    + " journeys are skipped without one.)");
        }
        return this;
    }
}
