package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A downloaded evidence file's name cannot disguise what it is. */
class EvidenceDownloadsTest {

    @Test
    void theExtensionIsTheOneOfTheTypeTheContentWasJudgedToBe() {
        assertThat(EvidenceDownloads.fileName("declaration.PDF", MediaType.APPLICATION_PDF)).isEqualTo("declaration.pdf");
        assertThat(EvidenceDownloads.fileName("photo.exe", MediaType.IMAGE_PNG)).isEqualTo("photo.png");
        assertThat(EvidenceDownloads.fileName("scan", MediaType.IMAGE_JPEG)).isEqualTo("scan.jpg");
        assertThat(EvidenceDownloads.fileName("rohs.tar.gz", MediaType.APPLICATION_PDF)).isEqualTo("rohs.tar.pdf");
    }

    @Test
    void bidiOverridesControlCharactersAndDirectoriesAreDropped() {
        assertThat(EvidenceDownloads.fileName("invoice\u202Efdp.exe", MediaType.APPLICATION_PDF)).isEqualTo("invoicefdp.pdf");
        assertThat(EvidenceDownloads.fileName("a\u2066b\u200Fc\u0000d\r\ne.pdf", MediaType.APPLICATION_PDF)).isEqualTo("abcde.pdf");
        assertThat(EvidenceDownloads.fileName("..\\..\\windows\\evil.pdf", MediaType.APPLICATION_PDF)).isEqualTo("evil.pdf");
        assertThat(EvidenceDownloads.fileName("soudure \"été\".png", MediaType.IMAGE_PNG)).isEqualTo("soudure été.png");
    }

    @Test
    void aNameOfNothingBecomesEvidenceAndALongOneIsCut() {
        assertThat(EvidenceDownloads.fileName("\u202E.pdf", MediaType.APPLICATION_PDF)).isEqualTo("evidence.pdf");
        assertThat(EvidenceDownloads.fileName(null, MediaType.IMAGE_PNG)).isEqualTo("evidence.png");
        assertThat(EvidenceDownloads.fileName("x".repeat(300) + ".pdf", MediaType.APPLICATION_PDF)).hasSize(104);
    }
}
