package org.openspacemakers.marketplace.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

/** Where the journeys look for Chromium and chromedriver, and when a missing one skips or fails them. */
class BrowserInstalledTest {

    @TempDir
    Path dir;

    @Test
    void findsBothWhereTheVariablesPoint() throws IOException {
        Path chromium = executable("bin/my-chromium");
        Path driver = executable("bin/my-driver");

        BrowserBinaries binaries = BrowserBinaries.locate(
                Map.of("CHROMIUM_BINARY", chromium.toString(), "CHROMEDRIVER", driver.toString()), dir.resolve("nowhere"));

        assertThat(binaries.installed()).isTrue();
        assertThat(binaries.chromium()).isEqualTo(chromium);
        assertThat(binaries.chromedriver()).isEqualTo(driver);
        assertThat(BrowserInstalled.evaluate(binaries, Map.of()).isDisabled()).isFalse();
    }

    @Test
    void findsThemOnThePathBeforeTheDefaultFolder() throws IOException {
        Path chromium = executable("path/chromium");
        Path driver = executable("path/chromedriver");
        executable("default/chromium");
        executable("default/chromedriver");

        BrowserBinaries binaries = BrowserBinaries.locate(
                Map.of("PATH", dir.resolve("empty") + ":" + dir.resolve("path")), dir.resolve("default"));

        assertThat(binaries.chromium()).isEqualTo(chromium);
        assertThat(binaries.chromedriver()).isEqualTo(driver);
    }

    @Test
    void fallsBackToTheDefaultFolder() throws IOException {
        Path chromium = executable("default/chromium");
        Path driver = executable("default/chromedriver");

        BrowserBinaries binaries = BrowserBinaries.locate(Map.of(), dir.resolve("default"));

        assertThat(binaries.installed()).isTrue();
        assertThat(binaries.chromium()).isEqualTo(chromium);
        assertThat(binaries.chromedriver()).isEqualTo(driver);
    }

    @Test
    void aVariableIsTheOnlyPlaceLookedAtAndAFileThatIsNotExecutableIsMissing() throws IOException {
        executable("default/chromium");
        Path driver = Files.createFile(dir.resolve("chromedriver"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        BrowserBinaries binaries = BrowserBinaries.locate(Map.of("CHROMIUM_BINARY", "/nonexistent/chromium",
                "CHROMEDRIVER", driver.toString()), dir.resolve("default"));

        assertThat(binaries.installed()).isFalse();
        assertThat(binaries.whatIsMissing())
                .contains("Chromium not found at /nonexistent/chromium (the path CHROMIUM_BINARY gives)")
                .contains("chromedriver at " + driver + " is not executable (the path CHROMEDRIVER gives)")
                .contains("apt-get install -y chromium chromium-driver");
    }

    @Test
    void outsideCiAMissingBrowserSkipsTheJourneyNamingWhatIsMissingAndHowToInstallIt() throws IOException {
        executable("default/chromium");
        BrowserBinaries binaries = BrowserBinaries.locate(Map.of("PATH", dir.toString()), dir.resolve("default"));

        ConditionEvaluationResult result = BrowserInstalled.evaluate(binaries, Map.of("CI", "false"));

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).get(STRING)
                .contains("chromedriver not on the PATH, and not found at " + dir.resolve("default/chromedriver"))
                .contains("set CHROMEDRIVER")
                .doesNotContain("Chromium not")
                .contains("apt-get install -y chromium chromium-driver")
                .contains("CI=true or MARKETPLACE_BROWSER_TESTS=required");
    }

    @Test
    void whereABrowserIsRequiredAMissingOneNeverSkipsAndTheBrowserFailsNamingIt() {
        BrowserBinaries binaries = BrowserBinaries.locate(Map.of("CHROMIUM_BINARY", "/nonexistent/chromium",
                "CHROMEDRIVER", "/nonexistent/chromedriver"), dir);

        for (Map<String, String> env : List.of(Map.of("CI", "true"), Map.of("CI", "TRUE"),
                Map.of("MARKETPLACE_BROWSER_TESTS", "required"))) {
            assertThat(BrowserInstalled.evaluate(binaries, env).isDisabled()).as("%s", env).isFalse();
        }
        assertThatThrownBy(binaries::requireInstalled).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Chromium not found at /nonexistent/chromium")
                .hasMessageContaining("chromedriver not found at /nonexistent/chromedriver");
    }

    private Path executable(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
