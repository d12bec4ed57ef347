package org.openspacemakers.marketplace.order.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.PartToSupply;
import org.openspacemakers.marketplace.order.PartsSettings;

/**
 * The parts an assembly-only buyer has delivered to the workshop, as a file the BOM tools of large
 * distributors import (Mouser's and DigiKey's take these column names): manufacturer, manufacturer
 * part number, quantity with spares for small passives ({@link PartsSettings}), the order's id as
 * customer reference (printed on the bags, so the workshop knows whose parts they are), a
 * description and the reference designators. RFC 4180: comma-separated, every cell quoted, CRLF.
 * A cell a spreadsheet would read as a formula (beginning with {@code = + - @}, a tab or a carriage
 * return) is prefixed with an apostrophe, so opening the file never runs anything.
 */
final class PartsCsv {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    static final List<String> HEADER = List.of("Manufacturer", "Manufacturer Part Number", "Quantity", "Customer Reference",
            "Description", "Reference Designators");

    private PartsCsv() {
    }

    static byte[] of(Order order, List<PartToSupply> parts, PartsSettings settings) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (PartToSupply part : parts) {
            row(csv, List.of(part.manufacturer(), part.mpn(), String.valueOf(settings.toOrder(part)), order.id().toString(),
                    part.description(), part.referenceText()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The file's name: the order's short reference, which the buyer also writes on the parcel. */
    static String fileName(Order order) {
        return "parts-" + order.paymentReference() + ".csv";
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One quoted cell, on one line, never a formula. */
    static String cell(String text) {
        String value = text == null ? "" : text.replace('\r', ' ').replace('\n', ' ');
        if (!value.isEmpty() && "=+-@\t".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
