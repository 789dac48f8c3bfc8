package com.kiorex.web.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Deny by default: every resource method must say who may call it with {@code @RolesAllowed} or
 * {@code @PermitAll} (on the method, or on the class); a method that says nothing, or
 * {@code @DenyAll}, refuses everyone.
 */
@Provider
public class AccessControlFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resource = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(Set.of()));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleCheck(Set.of(method.getAnnotation(RolesAllowed.class).value())));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (resource.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleCheck(Set.of(resource.getAnnotation(RolesAllowed.class).value())));
        } else if (!resource.isAnnotationPresent(PermitAll.class)) {
            context.register(new RoleCheck(Set.of()));
        }
    }
}
