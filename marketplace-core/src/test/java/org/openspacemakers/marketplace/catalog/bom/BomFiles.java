package org.openspacemakers.marketplace.catalog.bom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Fixtures for the BOM tests: the real exports under {@code /boms}, and files written in the test. */
final class BomFiles {

    private BomFiles() {
    }

    static byte[] resource(String name) {
        try (InputStream in = BomFiles.class.getResourceAsStream("/boms/" + name)) {
            assertThat(in).as("test resource /boms/%s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static BomImport.Imported imported(BomImport result) {
        assertThat(result).isInstanceOf(BomImport.Imported.class);
        return (BomImport.Imported) result;
    }

    static BomImport.Refused refused(BomImport result) {
        assertThat(result).isInstanceOf(BomImport.Refused.class);
        return (BomImport.Refused) result;
    }

    static BomImport.Imported importedText(String csv) {
        return imported(BomImporter.read(utf8(csv)));
    }

    static BomImport.Refused refusedText(String csv) {
        return refused(BomImporter.read(utf8(csv)));
    }

    static BomProblem problem(int line, String key, Object... arguments) {
        return new BomProblem(line, key, Arrays.asList(arguments));
    }

    static BomNote note(int line, String key, Object... arguments) {
        return new BomNote(line, key, Arrays.asList(arguments));
    }
}
