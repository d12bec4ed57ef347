package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A parts file's cell: quoted, on one line, and never a formula a spreadsheet would run. */
class PartsCsvTest {

    @Test
    void cellsAreQuotedKeptOnOneLineAndNeverFormulas() {
        assertThat(PartsCsv.cell("RC0603FR-0710KL")).isEqualTo("\"RC0603FR-0710KL\"");
        assertThat(PartsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(PartsCsv.cell("two\r\nlines")).isEqualTo("\"two  lines\"");
        for (String formula : new String[] {"=1+2", "+1", "-1", "@SUM(A1)", "\tx"}) {
            assertThat(PartsCsv.cell(formula)).isEqualTo("\"'" + formula + "\"");
        }
        assertThat(PartsCsv.cell("")).isEqualTo("\"\"");
        assertThat(PartsCsv.cell(null)).isEqualTo("\"\"");
    }
}
