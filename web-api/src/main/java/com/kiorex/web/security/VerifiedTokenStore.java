package com.kiorex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Answers for a bearer token found in {@link VerifiedTokens} before Payara's MP-JWT identity store
 * verifies it again. Anything else (a token not seen before, an expired one, any other credential)
 * is NOT_VALIDATED here, so Payara's store decides as it always does: this store can only
 * short-cut an acceptance Payara has already made, never accept on its own.
 */
@ApplicationScoped
public class VerifiedTokenStore implements IdentityStore {

    /** Payara's MP-JWT store has the default priority (100); a lower number is asked first. */
    static final int PRIORITY = 10;

    /** Payara's credential type for a bearer token; it is not on our compile path, so it is read by name. */
    static final String PAYARA_CREDENTIAL = "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential";

    private static final ClassValue<MethodHandle> RAW_TOKEN = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            if (!PAYARA_CREDENTIAL.equals(type.getName())) {
                return null;
            }
            try {
                return MethodHandles.publicLookup().findVirtual(type, "getSignedJWT", MethodType.methodType(String.class));
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
    };

    @Inject
    VerifiedTokens tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        String raw = rawToken(credential);
        CallerPrincipal principal = raw == null ? null : tokens.verified(raw);
        if (principal == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Set<String> groups = ((JsonWebToken) principal).getGroups();
        return new CredentialValidationResult(principal, groups == null ? Set.of() : groups);
    }

    static String rawToken(Credential credential) {
        MethodHandle getter = credential == null ? null : RAW_TOKEN.get(credential.getClass());
        if (getter == null) {
            return null;
        }
        try {
            return (String) getter.invoke(credential);
        } catch (Throwable e) {
            return null;
        }
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * Both kinds: the handler keeps the groups of a VALID result only when the store that gave it
     * also provides groups (without that the container saw no roles, and EJB role checks refused).
     */
    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    /** The token's own groups, whichever store validated it; nothing for any other principal. */
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        if (result.getCallerPrincipal() instanceof JsonWebToken token && token.getGroups() != null) {
            return token.getGroups();
        }
        return Set.of();
    }
}
