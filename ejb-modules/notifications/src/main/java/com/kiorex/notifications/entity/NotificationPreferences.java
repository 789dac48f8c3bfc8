package com.kiorex.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How one account wants to be told things: addresses, language, quiet hours, and channels per event
 * type ({@link #ANY_TYPE} for every type not named). Without a row, {@link #DEFAULT_CHANNELS} apply.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreferences {

    public static final String ANY_TYPE = "*";
    public static final Set<Channel> DEFAULT_CHANNELS = Set.copyOf(EnumSet.of(Channel.EMAIL, Channel.IN_APP));

    @Id
    @Column(name = "account_subject")
    private String accountSubject;

    private String email;
    private String phone;
    @Column(name = "push_token")
    private String pushToken;
    private String language;
    @Column(name = "quiet_start")
    private LocalTime quietStart;
    @Column(name = "quiet_end")
    private LocalTime quietEnd;
    @Column(name = "quiet_zone")
    private String quietZone;
    private String channels;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NotificationPreferences() {
    }

    public NotificationPreferences(String accountSubject) {
        this.accountSubject = accountSubject;
        this.language = "en";
        this.channels = "";
    }

    /** Replaces everything at once (PUT semantics); the caller has validated formats. */
    public void update(Addresses addresses, String language, QuietHours quietHours, Map<String, Set<Channel>> channels,
                       Instant now) {
        this.email = addresses.email();
        this.phone = addresses.phone();
        this.pushToken = addresses.pushToken();
        this.language = language == null ? "en" : language;
        this.quietStart = quietHours == null ? null : quietHours.start();
        this.quietEnd = quietHours == null ? null : quietHours.end();
        this.quietZone = quietHours == null ? null : quietHours.zone().getId();
        this.channels = encode(channels);
        this.updatedAt = now;
    }

    public Set<Channel> channelsFor(String eventType) {
        Map<String, Set<Channel>> all = channels();
        return all.getOrDefault(eventType, all.getOrDefault(ANY_TYPE, DEFAULT_CHANNELS));
    }

    public Map<String, Set<Channel>> channels() {
        Map<String, Set<Channel>> decoded = new LinkedHashMap<>();
        if (channels == null || channels.isBlank()) {
            return decoded;
        }
        for (String entry : channels.split(";")) {
            String[] parts = entry.split("=", 2);
            Set<Channel> set = EnumSet.noneOf(Channel.class);
            if (parts.length == 2 && !parts[1].isEmpty()) {
                for (String c : parts[1].split("\\|")) {
                    set.add(Channel.valueOf(c));
                }
            }
            decoded.put(parts[0], set);
        }
        return decoded;
    }

    static String encode(Map<String, Set<Channel>> channels) {
        if (channels == null) {
            return "";
        }
        return new TreeMap<>(channels).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().sorted().map(Enum::name)
                        .collect(Collectors.joining("|")))
                .collect(Collectors.joining(";"));
    }

    public Optional<QuietHours> quietHours() {
        return quietStart == null ? Optional.empty()
                : Optional.of(new QuietHours(quietStart, quietEnd, ZoneId.of(quietZone)));
    }

    public Addresses addresses() {
        return new Addresses(email, phone, pushToken);
    }

    public String accountSubject() {
        return accountSubject;
    }

    public String language() {
        return language;
    }

    /** Where the person can be reached; any part may be null. */
    public record Addresses(String email, String phone, String pushToken) {
    }
}
