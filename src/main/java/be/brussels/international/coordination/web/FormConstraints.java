package be.brussels.international.coordination.web;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.PropertyDescriptor;
import org.springframework.stereotype.Component;

/**
 * {@code ${@constraints.required(form, 'title')}}: whether a form must have a field — what its constraints say
 * ({@code @NotBlank}, {@code @NotNull}, {@code @NotEmpty} always checked) —, so that every form's label marks it and
 * the browser knows it, from the one place the rule is written (fragments/form; a field's {@code isRequired} decides
 * where the form has no such constraint, the controller checking it itself).
 */
@Component("constraints")
public class FormConstraints {

    private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(NotBlank.class, NotNull.class,
            NotEmpty.class);

    private final Validator validator;

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    FormConstraints(Validator validator) {
        this.validator = validator;
    }

    public boolean required(Object form, String field) {
        if (form == null || field == null || field.contains(".") || field.contains("[")) {
            return false;
        }
        return known.computeIfAbsent(form.getClass().getName() + '#' + field, key -> {
            PropertyDescriptor property = validator.getConstraintsForClass(form.getClass())
                    .getConstraintsForProperty(field);
            return property != null && property.getConstraintDescriptors().stream()
                    .anyMatch(constraint -> REQUIRED.contains(constraint.getAnnotation().annotationType())
                            && constraint.getGroups().contains(Default.class));
        });
    }
}
