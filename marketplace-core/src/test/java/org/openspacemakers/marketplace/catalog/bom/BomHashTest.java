package org.openspacemakers.marketplace.catalog.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.imported;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.importedText;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.resource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The BOM hash names a revision's parts: the same parts give the same hash, however the file is written. */
class BomHashTest {

    private static final String PARTS = """
            Reference,Value,Footprint,Manufacturer,MPN,Qty
            "R1,R2",10k,R_0603,Yageo,RC0603FR-0710KL,2
            C10,100nF,C_0402,Murata,GRM155R71C104KA88D,1
            C2,1uF,C_0402,Murata,GRM155R61A105KE15D,1
            """;

    private final String hash = importedText(PARTS).bom().hash();

    @Test
    void isAHexSha256() {
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    @Test
    void takesTheReferencesInNaturalOrder() {
        assertThat(importedText(PARTS).bom().partsByReference().keySet()).containsExactly("C2", "C10", "R1", "R2");
    }

    @Test
    void staysTheSameWhateverTheSeparator() {
        assertThat(importedText("""
                Reference;Value;Footprint;Manufacturer;MPN;Qty
                "R1,R2";10k;R_0603;Yageo;RC0603FR-0710KL;2
                C10;100nF;C_0402;Murata;GRM155R71C104KA88D;1
                C2;1uF;C_0402;Murata;GRM155R61A105KE15D;1
                """).bom().hash()).isEqualTo(hash);
        assertThat(importedText(PARTS.replace(',', '\t').replace("\"R1\tR2\"", "R1 R2")).bom().hash()).isEqualTo(hash);
    }

    @Test
    void staysTheSameWhateverTheEncodingAndLineEnds() {
        String crlf = PARTS.replace("\n", "\r\n");

        assertThat(hashOf(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, crlf.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(hash);
        assertThat(hashOf(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, PARTS.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(hash);
        assertThat(hashOf(bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, crlf.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(hash);
        assertThat(hashOf(PARTS.replace('\n', '\r').getBytes(StandardCharsets.UTF_8))).isEqualTo(hash);
    }

    @Test
    void staysTheSameWhateverTheRowAndColumnOrder() {
        assertThat(importedText("""
                MPN,Qty,Value,Reference,Manufacturer,Footprint
                GRM155R61A105KE15D,1,1uF,C2,Murata,C_0402
                GRM155R71C104KA88D,1,100nF,C10,Murata,C_0402
                RC0603FR-0710KL,2,10k,R2 R1,Yageo,R_0603
                """).bom().hash()).isEqualTo(hash);
    }

    @Test
    void staysTheSameHoweverTheReferencesAreGroupedOrWritten() {
        assertThat(importedText("""
                Designator,Comment,Package,Mfg,Manufacturer Part Number
                R2,10k,R_0603,Yageo,RC0603FR-0710KL
                C2,1uF,C_0402,Murata,GRM155R61A105KE15D
                R1,10k,R_0603,Yageo,RC0603FR-0710KL
                C10,100nF,C_0402,Murata,GRM155R71C104KA88D
                """).bom().hash()).isEqualTo(hash);
        assertThat(importedText(PARTS.replace("\"R1,R2\"", "R1-R2")).bom().hash()).isEqualTo(hash);
    }

    @Test
    void ignoresPaddingAndInvisibleCharactersAndComposesUnicode() {
        assertThat(importedText(PARTS.replace("Yageo", " \u200EYageo\u200E  ").replace("100nF", "\"100nF \"")).bom().hash())
                .isEqualTo(hash);
        String ohmSign = "Reference,Value\nR1,10k\u2126\n";
        String capitalOmega = "Reference,Value\nR1,10k\u03A9\n";
        assertThat(importedText(ohmSign).bom().hash()).isEqualTo(importedText(capitalOmega).bom().hash());
    }

    @Test
    void changesWhenAPartChanges() {
        assertThat(importedText(PARTS.replace("GRM155R61A105KE15D", "GRM155R61A105KE15J")).bom().hash()).isNotEqualTo(hash);
        assertThat(importedText(PARTS.replace("1uF", "2.2uF")).bom().hash()).isNotEqualTo(hash);
        assertThat(importedText(PARTS.replace("R_0603", "R_0402")).bom().hash()).isNotEqualTo(hash);
    }

    @Test
    void changesWhenAReferenceOrItsPlacementChanges() {
        assertThat(importedText(PARTS.replace("\"R1,R2\",10k,R_0603,Yageo,RC0603FR-0710KL,2",
                "\"R1,R2,R3\",10k,R_0603,Yageo,RC0603FR-0710KL,3")).bom().hash()).isNotEqualTo(hash);
        assertThat(importedText(PARTS.replace("C2,", "C3,")).bom().hash()).isNotEqualTo(hash);
        assertThat(importedText(PARTS.replace("C10,100nF", "C2,100nF").replace("C2,1uF", "C10,1uF")).bom().hash())
                .as("the same parts on swapped places").isNotEqualTo(hash);
        String c10NotPlaced = PARTS.replace("Qty\n", "Qty,DNP\n").replace("0710KL,2\n", "0710KL,2,\n")
                .replace("88D,1\n", "88D,1,DNP\n").replace("15D,1\n", "15D,1,\n");
        assertThat(importedText(c10NotPlaced).bom().hash()).as("C10 not placed").isNotEqualTo(hash);
        assertThat(importedText(c10NotPlaced.replace("88D,1,DNP\n", "88D,1,\n")).bom().hash()).isEqualTo(hash);
    }

    /**
     * Pins the canonical form: stored hashes identify approved revisions, so the form may only change under a new
     * version name. The text below is written by hand from laskakit-max31856-jlcpcb.csv.
     */
    @Test
    void isTheSha256OfTheDocumentedCanonicalForm() throws Exception {
        String canonical = """
                openspacemakers-bom/1
                C1\t100nF\tC0402\t\t\t\t\tplace
                C2\t100nF\tC0402\t\t\t\t\tplace
                C3\t100nF\tC0402\t\t\t\t\tplace
                C4\t10nF\tC0402\t\t\t\t\tplace
                C5\t10nF\tC0402\t\t\t\t\tplace
                J2\tUSUP_SPI_CONNECTOR_VERT\t1X06_1MM_RA_VERT\t\t\tLCSC\tC145963\tplace
                R3\t100\tR0603\t\t\tLCSC\tC5123610\tplace
                R4\t100\tR0603\t\t\tLCSC\tC5123610\tplace
                U1\tMAX31856MUD+\tSOP65P640X110-14N\t\t\tLCSC\tC2653162\tplace
                """;
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(imported(BomImporter.read(resource("laskakit-max31856-jlcpcb.csv"))).bom().hash()).isEqualTo(expected);
    }

    @Test
    void isTheSameForBothTablesOfTheGroupedByValueExport() {
        String file = new String(resource("orangecrab-r0.2-kicad-grouped-by-value.csv"), StandardCharsets.UTF_8);
        String individualOnly = file.substring(0, file.indexOf("\"Collated Components:\""));

        BomImport.Imported individual = importedText(individualOnly);

        assertThat(individual.bom().lineCount()).isEqualTo(154);
        assertThat(individual.bom().hash()).isEqualTo(hashOf(file.getBytes(StandardCharsets.UTF_8)));
    }

    private static String hashOf(byte[] file) {
        return imported(BomImporter.read(file)).bom().hash();
    }

    private static byte[] bytes(byte[] mark, byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mark);
        out.writeBytes(text);
        return out.toByteArray();
    }
}
