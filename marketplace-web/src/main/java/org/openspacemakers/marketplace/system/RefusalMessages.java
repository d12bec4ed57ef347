package org.openspacemakers.marketplace.system;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Words people understand for each refusal, rejected field and conflict, and for what the BOM
 * importer interpreted, in the request's language.
 */
@Component
public class RefusalMessages {

    /** A refusal as shown to people: its code, a sentence, and what it concerns (a country, a dossier item). */
    public record Reason(String code, String message, String subject) implements java.io.Serializable {
        public Reason(String code, String message) {
            this(code, message, "");
        }
    }

    private final MessageSource messages;

    RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Each refusal with its sentence in the language; its subject stays as clients read it (a country's code). */
    public List<Reason> explain(List<Refusal> refusals, Locale locale) {
        return refusals.stream().map(r -> new Reason(r.code().name(), sentence(r, locale), r.subject())).toList();
    }

    /**
     * A refusal's sentence: its detail's ({@code refusal.<CODE>.<detail>}) when it has one, else its
     * code's, with its subject as the argument, said as its kind says (a country by its name in the
     * language, never its code).
     */
    private String sentence(Refusal refusal, Locale locale) {
        String key = "refusal." + refusal.code().name();
        String[] keys = refusal.detail().isEmpty() ? new String[] {key} : new String[] {key + "." + refusal.detail(), key};
        Object subject = refusal.subjectKind() == Refusal.SubjectKind.COUNTRY
                ? CountryNames.name(refusal.subject(), locale)
                : refusal.subject();
        return messages.getMessage(new DefaultMessageSourceResolvable(keys, new Object[] {subject}, refusal.code().name()),
                locale);
    }

    /**
     * What a dossier's gap names, in the language: a fixed item ({@code scope rationale}) has words
     * of its own ({@code gapItem.scope-rationale}); anything else (a BOM line's references, a date)
     * stays as said.
     */
    public String item(String subject, Locale locale) {
        String key = "gapItem." + subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String words = messages.getMessage(key, null, null, locale);
        return words == null ? subject : words;
    }

    /** Each field at fault, with what is wrong in words. */
    public List<FieldProblem> explain(InvalidInput invalid, Locale locale) {
        return invalid.problems().stream()
                .map(p -> new FieldProblem(p.field(), message(p.key(), p.arguments(), locale)))
                .toList();
    }

    /** A conflict with the current state, as a reason with its code. */
    public Reason explain(Conflict conflict, Locale locale) {
        return new Reason(conflict.code(), message(conflict.key(), conflict.arguments(), locale));
    }

    /** What a page says of a change it refused: each field at fault and what is wrong with it. */
    public List<String> lines(InvalidInput invalid, Locale locale) {
        return explain(invalid, locale).stream().map(FieldProblem::line).toList();
    }

    /** What a page says of a change the current state does not allow. */
    public List<String> lines(Conflict conflict, Locale locale) {
        return List.of(explain(conflict, locale).message());
    }

    /**
     * The message of a key in the language, with its arguments. An argument may itself be a message
     * ({@link MessageSourceResolvable}), said in the same language, at any depth; a list reads as its
     * items separated by commas.
     */
    public String message(String key, List<Object> arguments, Locale locale) {
        Object[] said = arguments.stream().map(argument -> said(argument, locale)).toArray();
        return messages.getMessage(key, said, key, locale);
    }

    /** Messages said in the language, one each (e.g. what the BOM importer interpreted, line by line). */
    public List<String> messages(List<? extends MessageSourceResolvable> said, Locale locale) {
        return said.stream().map(message -> message(message, locale)).toList();
    }

    private String message(MessageSourceResolvable message, Locale locale) {
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        return message(message.getCodes()[0], java.util.Arrays.asList(arguments), locale);
    }

    /** An argument as said: a message in the language, a list as its items separated by commas, else as it is. */
    private Object said(Object argument, Locale locale) {
        if (argument instanceof MessageSourceResolvable message) {
            return message(message, locale);
        }
        if (argument instanceof List<?> items) {
            return items.stream().map(item -> String.valueOf(said(item, locale))).collect(Collectors.joining(", "));
        }
        return argument;
    }
}
