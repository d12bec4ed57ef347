package org.openspacemakers.marketplace.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Words people understand for what binding and Bean Validation found wrong with a form or a
 * request body, in the reader's language: each error's codes ({@code NotBlank.form.name},
 * {@code NotBlank}, {@code typeMismatch.java.time.LocalDate}, {@code typeMismatch}...) are looked
 * up in {@code messages*.properties}. Never the validator's or the converter's own text, which is
 * English or an exception's: an error none of whose codes has a message reads as {@value #FALLBACK}.
 */
@Component
public class BindingMessages {

    /** What an error whose codes have no message says. */
    static final String FALLBACK = "invalid.value";

    private final MessageSource messages;

    BindingMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** Each field at fault with what is wrong in words; an error of the whole form is named by the form. */
    public List<FieldProblem> explain(Errors errors, Locale locale) {
        return errors.getAllErrors().stream()
                .map(error -> new FieldProblem(error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        message(error, locale)))
                .toList();
    }

    /** What a page says of a form it refused: each field at fault and what is wrong with it. */
    public List<String> lines(Errors errors, Locale locale) {
        return explain(errors, locale).stream().map(FieldProblem::line).toList();
    }

    private String message(ObjectError error, Locale locale) {
        List<String> codes = new ArrayList<>(error.getCodes() == null ? List.of() : Arrays.asList(error.getCodes()));
        codes.add(FALLBACK);
        return messages.getMessage(new DefaultMessageSourceResolvable(codes.toArray(String[]::new), error.getArguments()),
                locale);
    }
}
