package com.kiorex.web.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;

/**
 * What Payara leaves out of the operations, completed from the resource classes by reflection: a tag
 * per resource class (the UI groups by it), operation ids unique across the API (Payara uses the bare
 * method name: several {@code list}), the types of path, query and header parameters (Payara calls a
 * UUID, an Instant or an enum "object"), and the query parameters of {@code @BeanParam} beans.
 */
final class ResourceDocs {

    private ResourceDocs() {
    }

    static void describe(OpenAPI api, Class<?> application, Set<Class<?>> classes) {
        if (api.getPaths() == null) {
            return;
        }
        ApplicationPath root = application.getAnnotation(ApplicationPath.class);
        for (Class<?> resource : classes) {
            Path resourcePath = resource.getAnnotation(Path.class);
            if (resourcePath == null) {
                continue;
            }
            String name = resource.getSimpleName().replaceFirst("Resource$", "");
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                PathItem item = api.getPaths().getPathItem(path(root == null ? "" : root.value(), resourcePath.value(),
                        methodPath == null ? "" : methodPath.value()));
                Operation operation = item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(verb));
                if (operation != null) {
                    describe(operation, name, method);
                }
            }
        }
    }

    /** The annotation that makes a method a resource method (@GET, @POST ...), or null. */
    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The entity parameter is the one without a JAX-RS annotation (@PathParam, @BeanParam, @Context ...). */
    static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
    }

    /** {@code name} is the resource class's without "Resource": "MedicalHistory". */
    private static void describe(Operation operation, String name, Method method) {
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.addTag(words(name));
        }
        org.eclipse.microprofile.openapi.annotations.Operation declared =
                method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        if (declared == null || declared.operationId().isEmpty()) {
            operation.setOperationId(Character.toLowerCase(name.charAt(0)) + name.substring(1)
                    + Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1));
        }
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    document(operation, field, field.getType());
                }
            } else {
                document(operation, parameter, parameter.getType());
            }
        }
    }

    private static void document(Operation operation, AnnotatedElement element, Class<?> type) {
        In in;
        String name;
        if (element.isAnnotationPresent(PathParam.class)) {
            in = In.PATH;
            name = element.getAnnotation(PathParam.class).value();
        } else if (element.isAnnotationPresent(QueryParam.class)) {
            in = In.QUERY;
            name = element.getAnnotation(QueryParam.class).value();
        } else if (element.isAnnotationPresent(HeaderParam.class)) {
            in = In.HEADER;
            name = element.getAnnotation(HeaderParam.class).value();
        } else {
            return;
        }
        org.eclipse.microprofile.openapi.models.parameters.Parameter parameter = operation.getParameters() == null
                ? null
                : operation.getParameters().stream()
                        .filter(p -> p.getIn() == in && name.equalsIgnoreCase(p.getName())).findFirst().orElse(null);
        if (parameter == null) {
            parameter = OASFactory.createParameter().name(name).in(in).required(in == In.PATH ? Boolean.TRUE : null);
            operation.addParameter(parameter);
        }
        if (element.isAnnotationPresent(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class)) {
            return; // documented by hand
        }
        Schema schema = schemaOf(type);
        if (schema == null) {
            return;
        }
        DefaultValue defaultValue = element.getAnnotation(DefaultValue.class);
        if (defaultValue != null) {
            schema.setDefaultValue(switch (schema.getType()) {
                case INTEGER -> Long.valueOf(defaultValue.value());
                case BOOLEAN -> Boolean.valueOf(defaultValue.value());
                default -> defaultValue.value();
            });
        }
        parameter.setSchema(schema);
    }

    private static Schema schemaOf(Class<?> type) {
        if (type == UUID.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("uuid");
        } else if (type == Instant.class || type == OffsetDateTime.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        } else if (type == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        } else if (type.isEnum()) {
            Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
            for (Object constant : type.getEnumConstants()) {
                schema.addEnumeration(((Enum<?>) constant).name());
            }
            return schema;
        } else if (type == int.class || type == Integer.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        } else if (type == long.class || type == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        } else if (type == boolean.class || type == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        } else if (type == String.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        return null;
    }

    private static String path(String... parts) {
        String joined = ("/" + String.join("/", parts))
                .replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}") // {id: regex} -> {id}
                .replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** "MedicalHistory" -> "Medical history". */
    private static String words(String camel) {
        return camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase().replaceFirst("^.",
                String.valueOf(Character.toUpperCase(camel.charAt(0))));
    }
}
