package com.kiorex.kernel.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;

/**
 * The caller of the current request, filled in once by the web layer from the verified token.
 * Outside a request (message consumers, batch) it stays the {@code system} caller.
 */
@RequestScoped
public class Caller {

    public static final String SYSTEM = "system";
    /** The subject of a request that carried no valid token. */
    public static final String ANONYMOUS = "anonymous";

    private String subject = SYSTEM;
    private String username = SYSTEM;
    private Set<String> roles = Set.of();
    private String clientAddress;
    private String requestId = UUID.randomUUID().toString();
    private String accessReason;

    public void identify(String subject, String username, Set<String> roles, String clientAddress, String requestId) {
        this.subject = subject;
        this.username = username;
        this.roles = Set.copyOf(roles);
        this.clientAddress = clientAddress;
        this.requestId = requestId;
    }

    /**
     * The reason a caller gave for reaching data outside their normal access (an administrator's
     * break-glass read); recorded in the audit trail, never used as a permission by itself.
     */
    public void statedReason(String reason) {
        this.accessReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public String accessReason() {
        return accessReason;
    }

    public boolean isAnonymous() {
        return ANONYMOUS.equals(subject);
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String requestId() {
        return requestId;
    }

    /** The roles as one audit-friendly string, platform roles only, sorted. */
    public String rolesForAudit() {
        return String.join(",", roles.stream().filter(Role.ALL::contains).sorted().toList());
    }
}
