package org.openspacemakers.marketplace.catalog.bom;

import java.util.List;
import java.util.Objects;

/**
 * Why a BOM file was refused, as a message key ({@code bom.*}) with its arguments, said in the reader's language
 * where it is shown.
 *
 * @param line the 1-based physical line of the file the problem is on, or 0 when it concerns the whole file
 * @param key what is wrong, as a message key
 * @param arguments the values the message names, as for a {@link BomNote}
 */
public record BomProblem(int line, String key, List<Object> arguments) {

    public BomProblem {
        if (line < 0) {
            throw new IllegalArgumentException("a line number is never negative: " + line);
        }
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }
}
