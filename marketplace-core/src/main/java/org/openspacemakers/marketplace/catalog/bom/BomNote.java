package org.openspacemakers.marketplace.catalog.bom;

import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * Something the importer interpreted and the maker should know about, such as a quantity corrected from the
 * references or a row skipped, as a message key ({@code bom.*}) with its arguments, said in the reader's language
 * where it is shown.
 *
 * @param line the 1-based physical line of the file the note is about, or 0 when it concerns the whole file
 * @param key what was interpreted and how, as a message key
 * @param arguments the values the message names: texts of the file, numbers, {@link Phrase phrases} said in the
 *     same language, and lists of those, shown separated by commas
 */
public record BomNote(int line, String key, List<Object> arguments) implements MessageSourceResolvable {

    public BomNote {
        if (line < 0) {
            throw new IllegalArgumentException("a line number is never negative: " + line);
        }
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** The note as said: "line N: " and its message ({@code bom.onLine}), or the message alone for the whole file. */
    @Override
    public String[] getCodes() {
        return new String[] {line == 0 ? key : "bom.onLine"};
    }

    @Override
    public Object[] getArguments() {
        return line == 0 ? arguments.toArray() : new Object[] {line, Phrase.of(key, arguments.toArray())};
    }

    @Override
    public String getDefaultMessage() {
        return key;
    }
}
