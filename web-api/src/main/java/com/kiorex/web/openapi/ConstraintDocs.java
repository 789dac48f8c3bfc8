package com.kiorex.web.openapi;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the Bean Validation constraints of the bodies the resources take and return into their
 * schemas: required, length, pattern, email format, bounds, and past/future dates as a description.
 * The types are found from the resource methods themselves (body parameters, return types and the
 * fields of those), and each is matched to the schema Payara generated under its simple name. The
 * constraints are read from the fields, where Java puts a record component's constraints.
 */
final class ConstraintDocs {

    private static final Map<Class<? extends Annotation>, String> TEMPORAL = Map.of(
            Past.class, "must be in the past", PastOrPresent.class, "must not be in the future",
            Future.class, "must be in the future", FutureOrPresent.class, "must not be in the past");

    private ConstraintDocs() {
    }

    static void describe(Components components, Set<Class<?>> applicationClasses) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, Class<?>> types = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Class<?> resource : applicationClasses) {
            if (resource.isAnnotationPresent(Path.class)) {
                for (Method method : resource.getMethods()) {
                    if (ResourceDocs.httpMethod(method) != null) {
                        collect(method.getGenericReturnType(), types, ambiguous);
                        for (Parameter parameter : method.getParameters()) {
                            if (ResourceDocs.isBody(parameter)) {
                                collect(parameter.getParameterizedType(), types, ambiguous);
                            }
                        }
                    }
                }
            }
        }
        types.forEach((name, type) -> {
            Schema schema = schemas.get(name);
            if (schema != null && !ambiguous.contains(name)) {
                describe(schema, type);
            }
        });
    }

    private static void collect(Type type, Map<String, Class<?>> types, Set<String> ambiguous) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), types, ambiguous);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, types, ambiguous);
            }
        } else if (type instanceof Class<?> cls && cls.getName().startsWith("com.kiorex.") && !cls.isEnum()) {
            Class<?> known = types.putIfAbsent(cls.getSimpleName(), cls);
            if (known == null) {
                for (Field field : cls.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        collect(field.getGenericType(), types, ambiguous);
                    }
                }
            } else if (known != cls) {
                ambiguous.add(cls.getSimpleName());
            }
        }
    }

    private static void describe(Schema schema, Class<?> type) {
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String name = field.getName();
            if (field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                    || field.isAnnotationPresent(NotEmpty.class)) {
                List<String> required = schema.getRequired();
                if (required == null || !required.contains(name)) {
                    schema.addRequired(name);
                }
            }
            Schema property = schema.getProperties() == null ? null : schema.getProperties().get(name);
            if (property != null && property.getRef() == null) {
                describe(property, field);
            }
        }
    }

    private static void describe(Schema property, Field field) {
        boolean many = field.getType().isArray() || Collection.class.isAssignableFrom(field.getType());
        Size size = field.getAnnotation(Size.class);
        if (size != null) {
            if (size.min() > 0) {
                if (many) {
                    property.setMinItems(size.min());
                } else {
                    property.setMinLength(size.min());
                }
            }
            if (size.max() != Integer.MAX_VALUE) {
                if (many) {
                    property.setMaxItems(size.max());
                } else {
                    property.setMaxLength(size.max());
                }
            }
        }
        if ((field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotEmpty.class))
                && (size == null || size.min() < 1)) {
            if (many) {
                property.setMinItems(1);
            } else {
                property.setMinLength(1);
            }
        }
        Pattern pattern = field.getAnnotation(Pattern.class);
        if (pattern != null) {
            // Bean Validation matches the whole value; an OpenAPI (ECMA 262) pattern may match a part.
            property.setPattern("^(?:" + pattern.regexp() + ")$");
        }
        if (field.isAnnotationPresent(Email.class)) {
            property.setFormat("email");
        }
        Min min = field.getAnnotation(Min.class);
        if (min != null) {
            property.setMinimum(BigDecimal.valueOf(min.value()));
        }
        Max max = field.getAnnotation(Max.class);
        if (max != null) {
            property.setMaximum(BigDecimal.valueOf(max.value()));
        }
        TEMPORAL.forEach((constraint, text) -> {
            if (field.isAnnotationPresent(constraint)) {
                property.setDescription(append(property.getDescription(), text));
            }
        });
    }

    private static String append(String description, String text) {
        return description == null || description.isBlank() ? text : description + "; " + text;
    }
}
