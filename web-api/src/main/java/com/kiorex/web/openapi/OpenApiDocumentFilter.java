package com.kiorex.web.openapi;

import com.kiorex.web.KiorexApplication;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the document Payara generates (registered with {@code mp.openapi.filter}): tags, unique
 * operation ids and parameter types from the resource classes, the request bodies' constraints (Payara's
 * own bean-validation pass is switched off, see microprofile-config.properties), and the problem+json
 * error responses on every operation.
 */
public class OpenApiDocumentFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() == null && schema.getRef() == null && schema.getEnumeration() != null
                && !schema.getEnumeration().isEmpty()) {
            schema.setType(Schema.SchemaType.STRING); // Payara leaves an enum's type out
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Set<Class<?>> classes = new KiorexApplication().getClasses();
        ResourceDocs.describe(api, KiorexApplication.class, classes);
        ConstraintDocs.describe(api.getComponents(), classes);
        ProblemResponses.addTo(api, api.getComponents());
    }
}
