package org.openspacemakers.marketplace.order.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.order.Order;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * An order's timeline notes as people read them. A note the store wrote itself (the gate's refusals
 * when it held the order, a revocation) is kept as codes; each is said in words in the page's
 * language ({@code orderNote.<CODE>}, else the refusal's own sentence). A note a person typed is
 * shown as typed.
 */
@Component
class OrderNotes {

    private static final Pattern CODES = Pattern.compile("[A-Z]+(?:_[A-Z]+)+(?: [A-Z]+(?:_[A-Z]+)+)*");

    private final MessageSource messages;

    OrderNotes(MessageSource messages) {
        this.messages = messages;
    }

    /** Each step's note, in the order of the order's timeline. */
    List<String> of(Order order, Locale locale) {
        return order.steps().stream().map(step -> words(step.note(), locale)).toList();
    }

    String words(String note, Locale locale) {
        if (note == null || !CODES.matcher(note).matches()) {
            return note == null ? "" : note;
        }
        return Arrays.stream(note.split(" ")).map(code -> messages.getMessage(new DefaultMessageSourceResolvable(
                new String[] {"orderNote." + code, "refusal." + code}, new Object[] {"—"}, code), locale))
                .collect(Collectors.joining(" "));
    }
}
