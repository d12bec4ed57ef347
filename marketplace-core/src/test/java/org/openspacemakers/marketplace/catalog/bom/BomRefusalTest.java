package org.openspacemakers.marketplace.catalog.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.imported;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.problem;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.refused;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.refusedText;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.utf8;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Files that cannot be read as a BOM are refused whole, with the line and the reason of each problem. */
class BomRefusalTest {

    @Test
    void refusesAFileWithoutAColumnOfReferences() {
        BomImport.Refused result = refusedText("""
                Part,Value,Count
                Resistor,10k,2
                """);

        assertThat(result.problems()).containsExactly(problem(1, "bom.noReferenceColumn"));
    }

    @Test
    void refusesAHeaderWithReferencesButNothingSayingWhichPart() {
        BomImport.Refused result = refusedText("""
                Ref,Qty,Price
                R1,1,0.02
                """);

        assertThat(result.problems()).containsExactly(problem(1, "bom.noPartColumn"));
    }

    @Test
    void refusesAReferenceOnTwoLines() {
        BomImport.Refused result = refusedText("""
                Reference,Value,Qty
                R1 R4,10k,2
                R2,1k,1
                R4,4k7,1
                """);

        assertThat(result.problems()).containsExactly(problem(4, "bom.referenceTwice", "R4", 2));
    }

    @Test
    void refusesAReferenceTwiceInOneLineEvenThroughARange() {
        BomImport.Refused result = refusedText("""
                Designator,Comment
                "C1,C2,C1",100nF
                C5-C7 C6,10uF
                """);

        assertThat(result.problems()).containsExactly(
                problem(2, "bom.referenceTwiceInLine", "C1"),
                problem(3, "bom.referenceTwiceInLine", "C6"));
    }

    @Test
    void refusesNegativeZeroAndNonNumericQuantities() {
        BomImport.Refused result = refusedText("""
                Reference;Value;Quantity
                R1;10k;-1
                R2;10k;0
                R3;10k;two
                R4;10k;1.5
                """);

        assertThat(result.problems()).containsExactly(
                problem(2, "bom.quantityNegative", "-1"),
                problem(3, "bom.quantityZero", "0"),
                problem(4, "bom.quantityNotWhole", "two"),
                problem(5, "bom.quantityNotWhole", "1.5"));
    }

    @Test
    void refusesAQuantityLargerThanTheReferencesGive() {
        BomImport.Refused result = refusedText("""
                Reference,Value,Qty
                J1,Header 1x8,2
                """);

        assertThat(result.problems()).containsExactly(problem(2, "bom.quantityOverReferences", 2, 1, List.of("J1"), 1));
    }

    @Test
    void refusesATenMegabyteFileBeforeReadingIt() {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'x');

        BomImport.Refused result = refused(BomImporter.read(tenMegabytes));

        assertThat(result.problems()).containsExactly(problem(0, "bom.tooLarge", 10.0, 2));
    }

    @Test
    void readsAFileOfExactlyTheLimitAndRefusesOneByteMore() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(utf8("Reference,Value\nR1,10k\n"));
        file.writeBytes("\n".repeat(BomImporter.MAX_BYTES - file.size()).getBytes(StandardCharsets.US_ASCII));
        byte[] atLimit = file.toByteArray();
        byte[] overLimit = Arrays.copyOf(atLimit, atLimit.length + 1);
        overLimit[atLimit.length] = '\n';

        assertThat(imported(BomImporter.read(atLimit)).bom().referenceCount()).isEqualTo(1);
        assertThat(refused(BomImporter.read(overLimit)).problems())
                .containsExactly(problem(0, "bom.tooLarge", (BomImporter.MAX_BYTES + 1) / (1024.0 * 1024.0), 2));
    }

    @Test
    void refusesBinaryJunkWithNulBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        BomImport.Refused result = refused(BomImporter.read(png));

        assertThat(result.problems()).containsExactly(problem(3, "bom.nulBytes"));
    }

    @Test
    void refusesBytesThatAreNotUtf8AndNamesTheirLine() {
        byte[] latin1 = "Reference,Value\nC1,100nF\nC2,1µF\n".getBytes(StandardCharsets.ISO_8859_1);

        BomImport.Refused result = refused(BomImporter.read(latin1));

        assertThat(result.problems()).as("µ is byte 30 in Latin-1")
                .containsExactly(problem(3, "bom.invalidEncoding", "UTF-8", 30));
    }

    @Test
    void refusesControlCharacters() {
        BomImport.Refused result = refusedText("Reference,Value\nR1,10k\u0007\n");

        assertThat(result.problems()).containsExactly(problem(2, "bom.controlCharacter", "0007"));
    }

    @Test
    void refusesUtf16ThatEndsInTheMiddleOfACharacter() {
        byte[] text = ("\uFEFFReference\tValue\nR1\t10k\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] cut = Arrays.copyOf(text, text.length - 1);

        assertThat(refused(BomImporter.read(cut)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("bom.invalidEncoding");
            assertThat(problem.arguments().get(0)).isEqualTo("UTF-16");
        });
    }

    @Test
    void refusesRandomBytesWhateverTheyAre() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            byte[] junk = new byte[1 + random.nextInt(4096)];
            random.nextBytes(junk);

            assertThat(BomImporter.read(junk)).isInstanceOf(BomImport.Refused.class);
        }
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refused(BomImporter.read(new byte[0])).problems()).containsExactly(problem(0, "bom.empty"));
        assertThat(refused(BomImporter.read(utf8("\uFEFF \r\n"))).problems()).containsExactly(problem(0, "bom.empty"));
    }

    @Test
    void refusesAQuoteThatNeverCloses() {
        BomImport.Refused result = refusedText("""
                Reference,Value
                R1,10k
                "R2,1k
                R3,1k
                """);

        assertThat(result.problems()).containsExactly(problem(3, "bom.unclosedQuote"));
    }

    @Test
    void refusesAPartWithoutReferences() {
        BomImport.Refused result = refusedText("""
                Reference,Value,MPN,Qty
                R1,10k,RC0603FR-0710KL,1
                ,M3 screw,ISO7380-M3x6,4
                """);

        assertThat(result.problems()).containsExactly(problem(3, "bom.partWithoutReferences", "M3 screw ISO7380-M3x6"));
    }

    @Test
    void refusesARowWhoseCellsShiftedPastTheHeader() {
        BomImport.Refused result = refusedText("""
                Reference,Value,Footprint
                R1,10k,R_0603
                R2,4,7k,R_0603
                """);

        assertThat(result.problems()).containsExactly(problem(3, "bom.cellPastHeader", 4, "R_0603", 3));
    }

    @Test
    void refusesReferencesThatCannotBeRead() {
        BomImport.Refused result = refusedText("""
                Reference,Value
                C7-C5,100nF
                R1-C3,10k
                "12,13",1k
                D1 (DNP),LED
                """);

        assertThat(result.problems()).containsExactly(
                problem(2, "bom.rangeBackwards", "C7-C5"),
                problem(3, "bom.rangeLetters", "R1-C3"),
                problem(4, "bom.bareNumber", "12", "12,13"),
                problem(4, "bom.bareNumber", "13", "12,13"),
                problem(5, "bom.notADesignator", "(DNP)"));
    }

    @Test
    void refusesARangeTooLongForABoard() {
        BomImport.Refused result = refusedText("Reference,Value\nR1-R5000,10k\n");

        assertThat(result.problems()).containsExactly(problem(2, "bom.rangeTooLong", "R1-R5000", 5000, 1000));
    }

    @Test
    void refusesTwoTablesThatListDifferentParts() {
        BomImport.Refused result = refusedText("""
                Reference,Value
                R1,10k
                R2,1k

                Reference,Value
                R1,10k
                R2,4k7
                """);

        assertThat(result.problems())
                .containsExactly(problem(5, "bom.tablesDiffer", 1, Phrase.of("bom.tablesDiffer.differs", "R2")));
    }

    @Test
    void listsEveryProblemOfTheFileAtOnceUpToFifty() {
        StringBuilder csv = new StringBuilder("Reference,Value,Qty\n");
        for (int i = 1; i <= 60; i++) {
            csv.append("R").append(i).append(",10k,").append(i <= 3 ? "1" : "-1").append('\n');
        }

        BomImport.Refused result = refusedText(csv.toString());

        assertThat(result.problems()).hasSize(Findings.MAX_PROBLEMS + 1);
        assertThat(result.problems().get(0)).isEqualTo(problem(5, "bom.quantityNegative", "-1"));
        assertThat(result.problems().get(Findings.MAX_PROBLEMS - 1)).isEqualTo(problem(54, "bom.quantityNegative", "-1"));
        assertThat(result.problems().get(Findings.MAX_PROBLEMS)).isEqualTo(problem(0, "bom.stopped", 54, 50));
    }

    @Test
    void countsTheProblemsPastFiftyThatOneLineHolds() {
        String numbers = IntStream.rangeClosed(1, 60).mapToObj(Integer::toString).collect(Collectors.joining(" "));

        BomImport.Refused result = refusedText("Reference,Value\n" + numbers + ",10k\n");

        assertThat(result.problems()).hasSize(Findings.MAX_PROBLEMS + 1);
        assertThat(result.problems().get(0)).isEqualTo(problem(2, "bom.bareNumber", "1", numbers));
        assertThat(result.problems().get(Findings.MAX_PROBLEMS)).isEqualTo(problem(0, "bom.moreProblems", 10));
    }

    @Test
    void refusesMoreThanAHundredThousandReferences() {
        String rows = IntStream.rangeClosed(0, 100).mapToObj(i -> "C" + (i * 1000 + 1) + "-C" + (i * 1000 + 1000) + ",1u\n")
                .collect(Collectors.joining());

        BomImport.Refused result = refusedText("Reference,Value\n" + rows);

        assertThat(result.problems()).containsExactly(problem(102, "bom.tooManyReferences", 100_000));
    }
}
