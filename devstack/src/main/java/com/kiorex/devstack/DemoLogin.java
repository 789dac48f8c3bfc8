package com.kiorex.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Gets access tokens for the DEMO users of the kiorex realm with the password grant of the
 * dev/test-only client {@code kiorex-dev-cli}, adding the TOTP code for staff users.
 * Everything in {@link #USERS} (passwords and OTP secrets) is public demo data.
 */
public final class DemoLogin {

    public static final String CLIENT_ID = "kiorex-dev-cli";

    /** A demo account; {@code otpSecret} (base32) is null for users who need no OTP (patients). */
    public record DemoUser(String username, String password, List<String> roles, String otpSecret) {

        public boolean needsOtp() {
            return otpSecret != null;
        }
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("patient.alice", "demo-patient.alice", List.of("patient"), null),
            new DemoUser("patient.bob", "demo-patient.bob", List.of("patient"), null),
            new DemoUser("doctor.house", "demo-doctor.house", List.of("doctor"), "DEMOONLYDOCTORHOUSEKIOREXTOTPDEM"),
            new DemoUser("doctor.grey", "demo-doctor.grey", List.of("doctor"), "DEMOONLYDOCTORGREYKIOREXTOTPDEMO"),
            new DemoUser("nurse.joy", "demo-nurse.joy", List.of("nurse"), "DEMOONLYNURSEJOYKIOREXTOTPDEMOSE"),
            new DemoUser("lab.tech", "demo-lab.tech", List.of("lab-technician"), "DEMOONLYLABTECHKIOREXTOTPDEMOSEC"),
            new DemoUser("pharma.phil", "demo-pharma.phil", List.of("pharmacist"), "DEMOONLYPHARMAPHILKIOREXTOTPDEMO"),
            new DemoUser("billing.bea", "demo-billing.bea", List.of("billing-clerk"), "DEMOONLYBILLINGBEAKIOREXTOTPDEMO"),
            new DemoUser("admin.ada", "demo-admin.ada", List.of("admin"), "DEMOONLYADMINADAKIOREXTOTPDEMOSE"),
            new DemoUser("batch.otto", "demo-batch.otto", List.of("batch-operator"), "DEMOONLYBATCHOTTOKIOREXTOTPDEMOS"));

    /**
     * Keycloak refuses a code it has already accepted (otpPolicyCodeReusable=false) but accepts the
     * next step's code too (look-ahead window 1), so each login takes the next unused step.
     */
    private static final Map<String, Long> LAST_OTP_STEP = new ConcurrentHashMap<>();
    /** Longer than the realm's quickLoginCheckMilliSeconds (1000). */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(1_500);

    private final URI tokenEndpoint;
    private final HttpClient http;
    private final Clock clock;

    public DemoLogin(String tokenEndpoint) {
        this(tokenEndpoint, Clock.systemUTC());
    }

    DemoLogin(String tokenEndpoint, Clock clock) {
        this.tokenEndpoint = URI.create(tokenEndpoint);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.clock = clock;
    }

    public static Optional<DemoUser> user(String username) {
        return USERS.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** The demo logins as lines of text, for the launcher to print. */
    public static String table() {
        return USERS.stream()
                .map(u -> String.format("  %-14s password %-20s roles %-16s %s", u.username(), u.password(),
                        String.join(",", u.roles()), u.needsOtp() ? "TOTP secret " + u.otpSecret() : "no OTP"))
                .collect(Collectors.joining(System.lineSeparator(), "Demo logins (DEMO ONLY):" + System.lineSeparator(), ""));
    }

    /** Access token for a demo user from {@link #USERS}. */
    public String accessToken(String username) throws IOException, InterruptedException {
        DemoUser demo = user(username).orElseThrow(() -> new IllegalArgumentException("not a demo user: " + username));
        return accessToken(username, demo.password());
    }

    /**
     * Access token for any user; a TOTP code is sent when the username is a demo user with an OTP
     * secret. A demo user with the demo password who is refused is retried once with a later code.
     */
    public String accessToken(String username, String password) throws IOException, InterruptedException {
        Optional<DemoUser> demo = user(username);
        String secret = demo.map(DemoUser::otpSecret).orElse(null);
        HttpResponse<String> response = passwordGrant(username, password, otp(secret, username));
        if (secret != null && response.statusCode() == 400 && demo.get().password().equals(password)) {
            // Another process may have used this code already: retry once with a later step, after
            // the realm's quick-login window so the retry is not read as a brute-force burst.
            Thread.sleep(RETRY_PAUSE.toMillis());
            response = passwordGrant(username, password, otp(secret, username));
        }
        String token = response.statusCode() == 200 ? jsonString(response.body(), "access_token") : null;
        if (token == null) {
            throw new LoginRefused(username, response.statusCode(), jsonString(response.body(), "error"),
                    jsonString(response.body(), "error_description"));
        }
        return token;
    }

    private String otp(String secret, String username) throws InterruptedException {
        return secret == null ? null : Totp.code(secret, nextOtpStep(username));
    }

    /** The raw password grant, for tests of refusals; {@code totp} may be null. */
    public HttpResponse<String> passwordGrant(String username, String password, String totp)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLIENT_ID);
        form.put("username", username);
        form.put("password", password);
        if (totp != null) {
            form.put("totp", totp);
        }
        return http.send(HttpRequest.newBuilder(tokenEndpoint)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The current step, or the next one if this JVM already used the current one (Keycloak accepts one
     * step ahead); waits when both are used.
     */
    private long nextOtpStep(String username) throws InterruptedException {
        while (true) {
            long now = Totp.timeStep(clock.instant());
            Long previous = LAST_OTP_STEP.get(username);
            long candidate = previous == null ? now : Math.max(now, previous + 1);
            if (candidate > now + 1) {
                Thread.sleep(1_000);
            } else if (previous == null ? LAST_OTP_STEP.putIfAbsent(username, candidate) == null
                    : LAST_OTP_STEP.replace(username, previous, candidate)) {
                return candidate;
            }
        }
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The string value of a top-level field in a flat JSON object such as a token response
     * (no JSON library in this module); null when absent or not a string.
     */
    static String jsonString(String json, String field) {
        int at = json.indexOf('"' + field + '"');
        while (at >= 0) {
            int i = skipSpaces(json, at + field.length() + 2);
            if (i < json.length() && json.charAt(i) == ':') {
                i = skipSpaces(json, i + 1);
                return i < json.length() && json.charAt(i) == '"' ? readString(json, i + 1) : null;
            }
            at = json.indexOf('"' + field + '"', at + 1);
        }
        return null;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String readString(String s, int i) {
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return null;
    }

    /** The token endpoint refused the login (wrong password, missing or wrong OTP, locked user...). */
    public static final class LoginRefused extends IOException {

        private static final long serialVersionUID = 1L;
        private final int status;
        private final String error;

        LoginRefused(String username, int status, String error, String description) {
            super("login refused for " + username + ": HTTP " + status + " " + error + " (" + description + ")");
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }
    }
}
