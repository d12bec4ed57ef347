package org.openspacemakers.marketplace.catalog.bom;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * A phrase inside a note or a problem, such as the name of a {@link Field} or a quoted column name: a message key
 * and its arguments, said in the reader's language along with the sentence that holds it. A message source resolves
 * it as an argument; a missing key shows as the key.
 */
record Phrase(String key, List<Object> arguments) implements MessageSourceResolvable {

    Phrase {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    static Phrase of(String key, Object... arguments) {
        return new Phrase(key, Arrays.asList(arguments));
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return key;
    }
}
