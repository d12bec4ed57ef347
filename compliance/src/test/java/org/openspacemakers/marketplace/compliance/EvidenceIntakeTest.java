package org.openspacemakers.marketplace.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/** Evidence files are judged by their first bytes and their size, and kept under a safe name. */
class EvidenceIntakeTest {

    private final EvidenceIntake intake = new EvidenceIntake();

    @Test
    void judgesAFileByItsFirstBytesNeverByItsName() {
        assertThat(intake.accept("doc.txt", bytes("%PDF-1.7 ...")).contentType()).isEqualTo("application/pdf");
        assertThat(intake.accept("scan.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}).contentType())
                .isEqualTo("image/png");
        assertThat(intake.accept("photo", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}).contentType())
                .isEqualTo("image/jpeg");
        assertRefused(bytes("<html>%PDF-</html>"), "invalid.file.evidenceType");
        assertRefused(bytes("%PD"), "invalid.file.evidenceType");
    }

    @Test
    void refusesAnEmptyFileAndOneOverTheLimit() {
        assertRefused(new byte[0], "invalid.file.empty");
        byte[] tooLarge = new byte[EvidenceIntake.MAX_BYTES + 1];
        System.arraycopy(bytes("%PDF-"), 0, tooLarge, 0, 5);
        assertRefused(tooLarge, "invalid.file.tooLarge");
        assertThat(intake.accept("limit.pdf", java.util.Arrays.copyOf(tooLarge, EvidenceIntake.MAX_BYTES)).contentType())
                .isEqualTo("application/pdf");
    }

    @Test
    void keepsTheNameWithoutFoldersNorControlCharacters() {
        byte[] pdf = bytes("%PDF-1.4");
        assertThat(intake.accept("C:\\Users\\ada\\declaration.pdf", pdf).fileName()).isEqualTo("declaration.pdf");
        assertThat(intake.accept("../../etc/passwd\u0000.pdf", pdf).fileName()).isEqualTo("passwd.pdf");
        assertThat(intake.accept("  ", pdf).fileName()).isEqualTo("evidence");
        assertThat(intake.accept("x".repeat(300) + ".pdf", pdf).fileName()).hasSize(200).endsWith(".pdf");
    }

    private void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> intake.accept("file.pdf", content)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.problems()).extracting(InvalidInput.Problem::field, InvalidInput.Problem::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("file", key)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
