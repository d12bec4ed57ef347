package org.openspacemakers.marketplace.system;

import java.util.List;
import java.util.Locale;
import org.openspacemakers.marketplace.compliance.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words a buyer understands for each refusal, in the request's language. */
@Component
public class RefusalMessages {

    /** A refusal as shown to people: its code, a sentence, and what it concerns (a country, a dossier item). */
    public record Reason(String code, String message, String subject) {
        public Reason(String code, String message) {
            this(code, message, "");
        }
    }

    private final MessageSource messages;

    RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    public List<Reason> explain(List<Refusal> refusals, Locale locale) {
        return refusals.stream()
                .map(r -> new Reason(r.code().name(),
                        messages.getMessage("refusal." + r.code().name(), new Object[] {r.subject()}, r.code().name(), locale),
                        r.subject()))
                .toList();
    }
}
