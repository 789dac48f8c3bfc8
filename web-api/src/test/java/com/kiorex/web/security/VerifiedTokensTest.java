package com.kiorex.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(3, clock);

    @Test
    void aRememberedTokenIsFoundByItsExactTextOnly() {
        Token token = new Token("header.payload.signature", NOW + 300, Set.of("patient"));
        tokens.remember(token);

        assertThat(tokens.verified("header.payload.signature")).isSameAs(token);
        assertThat(tokens.verified("header.payload.signaturE")).isNull();
        assertThat(tokens.verified("header.payload.signature ")).isNull();
        assertThat(tokens.verified(null)).isNull();
    }

    @Test
    void aTokenIsForgottenTheSecondItExpires() {
        tokens.remember(new Token("a.b.c", NOW + 10, Set.of()));
        clock.now = NOW + 9;
        assertThat(tokens.verified("a.b.c")).isNotNull();

        clock.now = NOW + 10;
        assertThat(tokens.verified("a.b.c")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void expiredTokensAndTokensWithoutExpiryAreNotRemembered() {
        tokens.remember(new Token("old.b.c", NOW, Set.of()));
        tokens.remember(new Token("forever.b.c", 0, Set.of()));
        tokens.remember(new Token(null, NOW + 300, Set.of()));

        assertThat(tokens.size()).isZero();
        assertThat(tokens.verified("old.b.c")).isNull();
        assertThat(tokens.verified("forever.b.c")).isNull();
    }

    @Test
    void onlyAContainerPrincipalIsRemembered() {
        JsonWebToken notAPrincipal = new PlainToken("x.y.z", NOW + 300);
        tokens.remember(notAPrincipal);
        assertThat(tokens.verified("x.y.z")).isNull();
    }

    @Test
    void whenFullExpiredEntriesMakeRoomAndOtherwiseNewTokensAreNotKept() {
        tokens.remember(new Token("1.b.c", NOW + 5, Set.of()));
        tokens.remember(new Token("2.b.c", NOW + 300, Set.of()));
        tokens.remember(new Token("3.b.c", NOW + 300, Set.of()));
        tokens.remember(new Token("4.b.c", NOW + 300, Set.of()));
        assertThat(tokens.verified("4.b.c")).as("full: not kept, Payara verifies it every time").isNull();

        clock.now = NOW + 6;
        tokens.remember(new Token("4.b.c", NOW + 300, Set.of()));
        assertThat(tokens.verified("4.b.c")).as("the expired entry made room").isNotNull();
        assertThat(tokens.verified("2.b.c")).isNotNull();
        assertThat(tokens.size()).isEqualTo(3);
    }

    @Test
    void aLimitOfZeroTurnsTheCacheOff() {
        VerifiedTokens off = new VerifiedTokens(0, clock);
        off.remember(new Token("a.b.c", NOW + 300, Set.of()));
        assertThat(off.verified("a.b.c")).isNull();
    }

    @Test
    void theStoreAnswersOnlyForRememberedBearerTokens() {
        VerifiedTokenStore store = new VerifiedTokenStore();
        store.tokens = tokens;
        Token token = new Token("h.p.s", NOW + 300, Set.of("doctor"));

        assertThat(store.validate(new SignedJWTCredential("h.p.s")).getStatus())
                .as("never seen: Payara's store decides").isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);

        tokens.remember(token);
        CredentialValidationResult result = store.validate(new SignedJWTCredential("h.p.s"));
        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal()).isSameAs(token);
        assertThat(result.getCallerGroups()).containsExactly("doctor");

        assertThat(store.validate(new SignedJWTCredential("h.p.x")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
        assertThat(store.validate(new UsernamePasswordCredential("h.p.s", "h.p.s")).getStatus())
                .as("other credentials are not ours").isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
        assertThat(store.priority()).isLessThan(100);
        assertThat(store.validationTypes()).as("groups of a result are kept only from a store that provides them")
                .contains(IdentityStore.ValidationType.VALIDATE, IdentityStore.ValidationType.PROVIDE_GROUPS);
        assertThat(store.getCallerGroups(result)).containsExactly("doctor");
        assertThat(store.getCallerGroups(new CredentialValidationResult("someone"))).isEmpty();
    }

    /** What Payara's JsonWebTokenImpl is: a caller principal carrying the token's claims. */
    static final class Token extends CallerPrincipal implements JsonWebToken {
        private final Map<String, Object> claims = new HashMap<>();

        Token(String raw, long exp, Set<String> groups) {
            super("subject");
            if (raw != null) {
                claims.put("raw_token", raw);
            }
            if (exp > 0) {
                claims.put("exp", exp);
            }
            claims.put("groups", groups);
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }

    private record PlainToken(String raw, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "subject";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("raw_token", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) ("raw_token".equals(claimName) ? raw : "exp".equals(claimName) ? (Object) exp : null);
        }
    }

    private static final class MovableClock extends Clock {
        long now;

        MovableClock(long now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(now);
        }
    }
}
