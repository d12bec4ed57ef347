package org.openspacemakers.marketplace.compliance.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * The name of one of an enum's constants, such as the checklist item a form field is keyed by
 * ({@code comment[GPSR]}); null is left to other constraints. Spring reports a map key it cannot
 * convert to an enum under the field {@code null}, so such keys are bound as text and checked here,
 * which names the field, {@code comment[COLOUR]}.
 */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
@interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "{OneOf}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether the text names a constant of the enum, exactly. */
    class Check implements ConstraintValidator<OneOf, String> {

        private Class<? extends Enum<?>> type;

        @Override
        public void initialize(OneOf constraint) {
            this.type = constraint.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(value));
        }
    }
}
