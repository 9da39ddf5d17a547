package be.brussels.international.coordination.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so whatever goes into one is serialized — among it a refused
 * form and its binding result, flashed back to the record's page (RefusedForm), and read on whichever instance
 * serves the next request. Every form of the application must therefore serialize, with all it holds; an upload
 * (never kept by a browser either) is transient.
 */
class FormSerializationTests {

    private static final String ROOT = "be.brussels.international.coordination";

    @Test
    void everyFormSerializesWithItsBindingResultAndHoldsOnlySerializableValues() throws Exception {
        List<Class<?>> forms = forms();
        assertThat(forms).as("the forms of the application").hasSizeGreaterThan(30);
        List<String> problems = new ArrayList<>();
        for (Class<?> form : forms) {
            if (!Serializable.class.isAssignableFrom(form)) {
                problems.add(form.getName() + " is not Serializable");
                continue;
            }
            // Another version of the application reads it during a rolling upgrade: a field added must not make it
            // unreadable (an implicit serialVersionUID changes with every change of the class).
            if (Arrays.stream(form.getDeclaredFields()).noneMatch(field -> field.getName().equals("serialVersionUID"))) {
                problems.add(form.getName() + " declares no serialVersionUID");
            }
            for (Class<?> type = form; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                        continue;
                    }
                    if (!serializable(field.getGenericType())) {
                        problems.add(form.getSimpleName() + "." + field.getName() + " (" + field.getGenericType()
                                + ") cannot be serialized");
                    }
                }
            }
            var constructor = form.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            BeanPropertyBindingResult result = new BeanPropertyBindingResult(instance, "form");
            result.reject("form.refused");
            assertThat(roundTrip(result).getTarget()).isInstanceOf(form);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aRefusedUploadTravelsWithoutItsFileButWithItsMessage() throws Exception {
        Upload form = new Upload();
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "upload");
        result.addError(new FieldError("upload", "file", new MockMultipartFile("file", new byte[] {1, 2}), false,
                new String[] {"document.refused.type"}, null, null));
        result.rejectValue("title", "NotBlank");
        RedirectAttributesModelMap attributes = new RedirectAttributesModelMap();

        RefusedForm.backTo("/somewhere", attributes, "upload", form, result);

        BindingResult travelled = (BindingResult) roundTrip(new HashMap<>(attributes.getFlashAttributes()))
                .get(BindingResult.MODEL_KEY_PREFIX + "upload");
        assertThat(travelled.getFieldError("file").getCode()).isEqualTo("document.refused.type");
        assertThat(travelled.getFieldError("file").getRejectedValue()).isNull();
        assertThat(travelled.getFieldError("title").getCode()).isEqualTo("NotBlank");
    }

    /** A form with an upload, as DocumentForm or ImageForm. */
    public static class Upload implements Serializable {

        private String title;

        private transient MultipartFile file;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }
    }

    @Test
    void theCheckRefusesWhatASessionCouldNotHold() {
        assertThat(serializable(MultipartFile.class)).isFalse();
        assertThat(serializable(Object.class)).isFalse();
        assertThat(serializable(String.class)).isTrue();
        assertThat(serializable(int.class)).isTrue();
    }

    private static boolean serializable(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive() || plain.isEnum() || Serializable.class.isAssignableFrom(plain);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
            for (Type argument : generic.getActualTypeArguments()) {
                if (!serializable(argument)) {
                    return false;
                }
            }
            return true; // the collections the binder makes (ArrayList, LinkedHashMap...) serialize
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T result) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    /**
     * The form objects: every type a controller binds with {@code @ModelAttribute}, and every class named …Form
     * (RefusedForm, a helper, aside).
     */
    private static List<Class<?>> forms() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Form")));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Set<Class<?>> forms = new LinkedHashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(ROOT)) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isAnnotationPresent(Controller.class)) {
                for (Method method : type.getDeclaredMethods()) {
                    for (Parameter parameter : method.getParameters()) {
                        if (parameter.isAnnotationPresent(ModelAttribute.class)) {
                            forms.add(parameter.getType());
                        }
                    }
                }
            }
            else if (type != RefusedForm.class && !type.getName().contains("Test")) {
                forms.add(type);
            }
        }
        return new ArrayList<>(forms);
    }
}
