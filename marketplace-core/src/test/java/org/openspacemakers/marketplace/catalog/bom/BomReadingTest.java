package org.openspacemakers.marketplace.catalog.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.importedText;
import static org.openspacemakers.marketplace.catalog.bom.BomFiles.note;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the importer reads what it accepts, and the notes it leaves where it interpreted. */
class BomReadingTest {

    @Test
    void readsQuotedCellsWithDoubledQuotesSeparatorsAndLineBreaks() {
        BomImport.Imported result = importedText("""
                Reference,Value,Footprint
                J1,"Header ""2x5"", keyed","Connector:IDC
                2x05"
                R1,10k,R_0603
                """);

        assertThat(result.bom().lines()).extracting(BomLine::value).containsExactly("Header \"2x5\", keyed", "10k");
        assertThat(result.bom().lines().get(0).footprint()).isEqualTo("Connector:IDC 2x05");
        assertThat(result.bom().lines()).extracting(BomLine::sourceLine).containsExactly(2, 4);
    }

    @Test
    void findsAHeaderWhoseCellsHoldLineBreaks() {
        BomImport.Imported result = importedText("""
                "Reference
                Designator","Manufacturer
                Part Number","Quantity"
                "U1","STM32F072C8T6",1
                """);

        assertThat(result.bom().lines()).singleElement().satisfies(line -> {
            assertThat(line.mpn()).isEqualTo("STM32F072C8T6");
            assertThat(line.sourceLine()).isEqualTo(4);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Reference       | Value   | Footprint     | Qty              | Manufacturer      | MPN                      | Supplier    | Supplier Part
            References      | Comment | Package       | Quantity         | Mfg               | Manufacturer Part        | Vendor      | Vendor Part Number
            Reference(s)    | Name    | PCB Footprint | Quantity Per PCB | MFG1              | Manufacturer Part Number | Distributor | LCSC Part #
            Designator      | value   | FOOTPRINT     | QTY              | Manufacturer Name | Part Number              | supplier    | LCSC
            ' Ref '         | Val     | Package       | Qty              | Mfr               | PN                       | Vendor      | Supplier Part Number
            """)
    void recognisesColumnsByTheNamesToolsGiveThem(String references, String value, String footprint, String quantity,
            String manufacturer, String mpn, String supplier, String supplierPart) {
        String header = String.join(";", references, value, footprint, quantity, manufacturer, mpn, supplier, supplierPart);

        BomImport.Imported result = importedText(header + "\nR1 R2;10k;R_0603;2;Yageo;RC0603FR-0710KL;LCSC;C98220\n");

        assertThat(result.bom().lines()).singleElement().isEqualTo(new BomLine(List.of("R1", "R2"), "10k", "R_0603",
                "Yageo", "RC0603FR-0710KL", "LCSC", "C98220", false, 2));
    }

    @Test
    void takesTheSeparatorThatMakesTheHeaderAndKeepsTheOthersInsideCells() {
        BomImport.Imported result = importedText("""
                "Designator";"Package";"Quantity";"Designation"
                "C22,C18,C1";"C_0402";3;"100nF, 10V"
                """);

        assertThat(result.bom().lines()).singleElement().satisfies(line -> {
            assertThat(line.references()).containsExactly("C22", "C18", "C1");
            assertThat(line.value()).isEqualTo("100nF, 10V");
        });
    }

    @Test
    void expandsRangesAndGroupsHoweverTheyAreWritten() {
        BomImport.Imported result = importedText("""
                Reference,Value
                C5-C7 C13-C15,10nF
                "R1, R3;R5",1k
                J2–J4,Header
                U1 - U3,MAX31855
                TP01-TP03,Testpoint
                D7-9,LED
                """);

        assertThat(result.bom().lines()).extracting(BomLine::references).containsExactly(
                List.of("C5", "C6", "C7", "C13", "C14", "C15"),
                List.of("R1", "R3", "R5"),
                List.of("J2", "J3", "J4"),
                List.of("U1", "U2", "U3"),
                List.of("TP01", "TP02", "TP03"),
                List.of("D7", "D8", "D9"));
        assertThat(result.notes()).extracting(BomNote::line).containsExactly(1);
    }

    @Test
    void expandsAbbreviatedReferencesAndSaysSo() {
        BomImport.Imported result = importedText("""
                Reference,MPN
                "C61,81",GRM1555C1HR50CZ01D
                "R5,6-8,11",301-330-RC
                """);

        assertThat(result.bom().lines()).extracting(BomLine::references).containsExactly(
                List.of("C61", "C81"), List.of("R5", "R6", "R7", "R8", "R11"));
        assertThat(result.notes()).contains(
                note(2, "bom.abbreviated", "C61,81", List.of("C61", "C81")),
                note(3, "bom.abbreviated", "R5,6-8,11", List.of("R5", "R6", "R7", "R8", "R11")));
    }

    @Test
    void letsTheReferencesDecideASmallerQuantityAndSaysSo() {
        BomImport.Imported result = importedText("""
                Qty,Reference,Value
                1,R4-R7,4.7k
                """);

        assertThat(result.bom().lines().get(0).quantity()).isEqualTo(4);
        assertThat(result.notes()).contains(note(2, "bom.quantityCorrected", 1, 4, List.of("R4", "R5", "R6", "R7")));
    }

    @Test
    void listsTheFirstTwelveReferencesOfALineAndAnEllipsis() {
        BomImport.Imported result = importedText("""
                Reference,Value,Qty
                C1-C13,100nF,2
                """);

        assertThat(result.notes()).contains(note(2, "bom.quantityCorrected", 2, 13,
                List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12", "…")));
    }

    @Test
    void marksDoNotPlaceFromItsColumnItsValueOrAnUnreadCell() {
        BomImport.Imported result = importedText("""
                Reference;Value;DNP;;Notes
                R1;10k;;;
                R2;10k;DNP;;
                R3;DNP;;;
                R4;NA(10k/R0402);;;
                R5;10k;;;DNP
                R6;10k;;DNF;
                R7;NP0 33pF;;;
                C1;0;DNP;;
                """);

        assertThat(result.bom().lines()).extracting(BomLine::doNotPlace)
                .containsExactly(false, true, true, true, true, true, false, true);
        assertThat(result.notes()).contains(
                note(4, "bom.dnpValue", "DNP"),
                note(5, "bom.dnpValue", "NA(10k/R0402)"),
                note(6, "bom.dnpInColumn", "Notes", "DNP"),
                note(7, "bom.dnpInUnnamedColumn", "DNF"));
    }

    @Test
    void acceptsAQuantityOfZeroOnADoNotPlaceLine() {
        BomImport.Imported result = importedText("""
                Reference,Value,Qty,DNP
                R1,10k,0,x
                R2,10k,1,
                """);

        assertThat(result.bom().lines().get(0).doNotPlace()).isTrue();
        assertThat(result.bom().lines().get(0).quantity()).isEqualTo(1);
    }

    @Test
    void skipsPreambleTitlesSummariesAndTotalsWithANote() {
        BomImport.Imported result = importedText("""
                "Source:","/home/maker/board.sch"
                "Tool:","Eeschema 5.1.5"

                "Item","Qty","Reference(s)","Value"
                "1","2","R1, R2","10k"
                "2","","",""
                "","2","",""


                Component Groups:,1
                Component Count:,2
                """);

        assertThat(result.bom().referenceCount()).isEqualTo(2);
        assertThat(result.notes()).containsExactly(
                note(1, "bom.preambleLines", 1, 2, 4),
                note(4, "bom.header.notRead",
                        List.of(column("Qty", "QUANTITY"), column("Reference(s)", "REFERENCES"), column("Value", "VALUE")),
                        List.of(Phrase.of("bom.quoted", "Item"))),
                note(6, "bom.emptyRow"),
                note(7, "bom.onlyQuantity", "2"),
                note(10, "bom.summaryRows", 10, 11, "Component Groups:"));
    }

    @Test
    void skipsAOneLinePreambleAndASingleSummaryRowWithANote() {
        BomImport.Imported result = importedText("""
                Board thermocouple 1.0
                Reference,Value
                R1,10k
                Total:,1
                """);

        assertThat(result.notes()).containsExactly(
                note(1, "bom.preambleLine", 2),
                note(2, "bom.header", List.of(column("Reference", "REFERENCES"), column("Value", "VALUE"))),
                note(4, "bom.summaryRow", "Total:"));
    }

    @Test
    void saysWhichColumnsAreNotReadAndWhichLookAlikeButAreLeft() {
        BomImport.Imported result = importedText("""
                Reference,MPN,Part Number,A,B,C,D,E,F,G
                R1,RC0603FR-0710KL,10k,,,,,,,
                """);

        assertThat(result.notes()).containsExactly(
                note(1, "bom.header.othersNotRead", List.of(column("Reference", "REFERENCES"), column("MPN", "MPN")), 8),
                note(1, "bom.alsoNamed", "Part Number", Phrase.of("bom.field.MPN"), "MPN"));
    }

    @Test
    void readsRowsShortOfTrailingCellsAsEmptyWhenTheExporterLeavesThemOut() {
        BomImport.Imported result = importedText("""
                ref;value;Field1;Field2;Field3;Field4
                C1;33pF;Murata;GRM1555C1H330JZ01D;CAP CER 33PF
                C117;DNP;DNP
                R1;10k
                """);

        assertThat(result.bom().lines()).extracting(BomLine::value).containsExactly("33pF", "DNP", "10k");
    }

    @Test
    void toleratesTrailingSeparatorsAndRowsLongerThanTheHeaderWithEmptyCells() {
        BomImport.Imported result = importedText("""
                "Id";"Designator";"Package";"Quantity";"Designation";
                1;"R1,R2";"R_0402";2;"10k";;;
                """);

        assertThat(result.bom().lines()).singleElement().satisfies(line -> {
            assertThat(line.references()).containsExactly("R1", "R2");
            assertThat(line.footprint()).isEqualTo("R_0402");
        });
    }

    @Test
    void readsABackslashEscapedCommaAndATypographicDashInAPartNumber() {
        BomImport.Imported result = importedText("""
                Reference,Mfg,PN
                U9,Nexperia,"74HC4067BQ\\,118"
                U2,onsemi,CAT24M01YI\u2212GT3
                """);

        assertThat(result.bom().lines()).extracting(BomLine::mpn).containsExactly("74HC4067BQ,118", "CAT24M01YI-GT3");
        assertThat(result.notes()).contains(
                note(2, "bom.escapedComma", "74HC4067BQ\\,118", "74HC4067BQ,118"),
                note(3, "bom.typographicDash", "CAT24M01YI\u2212GT3", "CAT24M01YI-GT3"));
    }

    @Test
    void readsTheSupplierImpliedByAnLcscColumn() {
        BomImport.Imported result = importedText("""
                Comment,Designator,Footprint,LCSC Part #
                100nF,C1 C2,C0402,C1525
                10nF,C4,C0402,
                """);

        assertThat(result.bom().lines()).extracting(BomLine::supplier).containsExactly("LCSC", "");
    }

    private static Phrase column(String name, String field) {
        return Phrase.of("bom.header.column", name, Phrase.of("bom.field." + field));
    }
}
