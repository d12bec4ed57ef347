package org.openspacemakers.marketplace.catalog.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.imported;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.refused;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.refusedText;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.utf8;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.reason()).contains("no column of reference designators");
        });
    }

    @Test
    void refusesAHeaderWithReferencesButNothingSayingWhichPart() {
        BomImport.Refused result = refusedText("""
                Ref,Qty,Price
                R1,1,0.02
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.reason()).contains("no column saying which part");
        });
    }

    @Test
    void refusesAReferenceOnTwoLines() {
        BomImport.Refused result = refusedText("""
                Reference,Value,Qty
                R1 R4,10k,2
                R2,1k,1
                R4,4k7,1
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.reason()).isEqualTo("reference R4 appears again (first on line 2)");
        });
        assertThat(result.problems().get(0)).hasToString("line 4: reference R4 appears again (first on line 2)");
    }

    @Test
    void refusesAReferenceTwiceInOneLineEvenThroughARange() {
        BomImport.Refused result = refusedText("""
                Designator,Comment
                "C1,C2,C1",100nF
                C5-C7 C6,10uF
                """);

        assertThat(result.problems()).extracting(BomProblem::toString).containsExactly(
                "line 2: reference C1 appears twice in this line",
                "line 3: reference C6 appears twice in this line");
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

        assertThat(result.problems()).extracting(BomProblem::line).containsExactly(2, 3, 4, 5);
        assertThat(result.problems().get(0).reason()).isEqualTo("quantity -1 is negative");
        assertThat(result.problems().get(1).reason()).startsWith("quantity 0: a line needs at least one part");
        assertThat(result.problems().get(2).reason()).isEqualTo("quantity \"two\" is not a whole number");
        assertThat(result.problems().get(3).reason()).isEqualTo("quantity \"1.5\" is not a whole number");
    }

    @Test
    void refusesAQuantityLargerThanTheReferencesGive() {
        BomImport.Refused result = refusedText("""
                Reference,Value,Qty
                J1,Header 1x8,2
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).startsWith("quantity 2 but only 1 reference (J1): 1 part would have no place");
        });
    }

    @Test
    void refusesATenMegabyteFileBeforeReadingIt() {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'x');

        BomImport.Refused result = refused(BomImporter.read(tenMegabytes));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isZero();
            assertThat(problem.reason()).isEqualTo("the file is 10.0 MiB; at most 2 MiB is accepted");
        });
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
        assertThat(refused(BomImporter.read(overLimit)).problems().get(0).reason()).contains("at most 2 MiB");
    }

    @Test
    void refusesBinaryJunkWithNulBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        BomImport.Refused result = refused(BomImporter.read(png));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("NUL bytes");
        });
    }

    @Test
    void refusesBytesThatAreNotUtf8AndNamesTheirLine() {
        byte[] latin1 = "Reference,Value\nC1,100nF\nC2,1µF\n".getBytes(StandardCharsets.ISO_8859_1);

        BomImport.Refused result = refused(BomImporter.read(latin1));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("not valid UTF-8");
        });
    }

    @Test
    void refusesControlCharacters() {
        BomImport.Refused result = refusedText("Reference,Value\nR1,10k\u0007\n");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).contains("control character U+0007");
        });
    }

    @Test
    void refusesUtf16ThatEndsInTheMiddleOfACharacter() {
        byte[] text = ("\uFEFFReference\tValue\nR1\t10k\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] cut = Arrays.copyOf(text, text.length - 1);

        assertThat(refused(BomImporter.read(cut)).problems().get(0).reason()).contains("not valid UTF-16");
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
        assertThat(refused(BomImporter.read(new byte[0])).problems()).extracting(BomProblem::reason)
                .containsExactly("the file is empty");
        assertThat(refused(BomImporter.read(utf8("\uFEFF \r\n"))).problems()).extracting(BomProblem::reason)
                .containsExactly("the file is empty");
    }

    @Test
    void refusesAQuoteThatNeverCloses() {
        BomImport.Refused result = refusedText("""
                Reference,Value
                R1,10k
                "R2,1k
                R3,1k
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("never ends");
        });
    }

    @Test
    void refusesAPartWithoutReferences() {
        BomImport.Refused result = refusedText("""
                Reference,Value,MPN,Qty
                R1,10k,RC0603FR-0710KL,1
                ,M3 screw,ISO7380-M3x6,4
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("\"M3 screw ISO7380-M3x6\" has no reference designator");
        });
    }

    @Test
    void refusesARowWhoseCellsShiftedPastTheHeader() {
        BomImport.Refused result = refusedText("""
                Reference,Value,Footprint
                R1,10k,R_0603
                R2,4,7k,R_0603
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("cell 4 holds \"R_0603\" but the header names only 3 columns");
        });
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

        assertThat(result.problems()).extracting(BomProblem::toString).containsExactly(
                "line 2: range \"C7-C5\" runs backwards",
                "line 3: \"R1-C3\" looks like a range, but its ends have different letters",
                "line 4: \"12\" in \"12,13\" is a number, not a reference designator (R1, C12, U3)",
                "line 4: \"13\" in \"12,13\" is a number, not a reference designator (R1, C12, U3)",
                "line 5: \"(DNP)\" is not a reference designator (R1, C12, U3)");
    }

    @Test
    void refusesARangeTooLongForABoard() {
        BomImport.Refused result = refusedText("Reference,Value\nR1-R5000,10k\n");

        assertThat(result.problems()).extracting(BomProblem::toString)
                .containsExactly("line 2: range \"R1-R5000\" spans 5000 references; at most 1000 are accepted");
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

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.reason()).contains("other parts than the table headed on line 1 (R2 differs)");
        });
    }

    @Test
    void listsEveryProblemOfTheFileAtOnceUpToFifty() {
        StringBuilder csv = new StringBuilder("Reference,Value,Qty\n");
        for (int i = 1; i <= 60; i++) {
            csv.append("R").append(i).append(",10k,").append(i <= 3 ? "1" : "-1").append('\n');
        }

        BomImport.Refused result = refusedText(csv.toString());

        assertThat(result.problems()).hasSize(Findings.MAX_PROBLEMS + 1);
        assertThat(result.problems().get(0)).hasToString("line 5: quantity -1 is negative");
        assertThat(result.problems().get(Findings.MAX_PROBLEMS - 1)).hasToString("line 54: quantity -1 is negative");
        assertThat(result.problems().get(Findings.MAX_PROBLEMS))
                .hasToString("reading stopped after line 54, at 50 problems; fix these first");
    }

    @Test
    void refusesMoreThanAHundredThousandReferences() {
        String rows = IntStream.rangeClosed(0, 100).mapToObj(i -> "C" + (i * 1000 + 1) + "-C" + (i * 1000 + 1000) + ",1u\n")
                .collect(Collectors.joining());

        BomImport.Refused result = refusedText("Reference,Value\n" + rows);

        assertThat(result.problems()).extracting(BomProblem::toString).containsExactly(
                "line 102: the BOM names more than 100000 references; that is not one board");
    }
}
