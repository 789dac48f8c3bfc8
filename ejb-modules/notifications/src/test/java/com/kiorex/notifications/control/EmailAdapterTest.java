package com.kiorex.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import org.junit.jupiter.api.Test;

class EmailAdapterTest {

    private final EmailAdapter adapter = new EmailAdapter();

    @Test
    void oneMailSessionServesEveryEmail_whileTheSettingsStayTheSame() {
        var relay = new NotificationsConfig.Smtp("relay.hospital.local", 25, null, null, "noreply@h.local", false);
        Session first = adapter.session(relay);
        assertThat(adapter.session(new NotificationsConfig.Smtp("relay.hospital.local", 25, null, null,
                "noreply@h.local", false))).isSameAs(first);
        assertThat(first.getProperty("mail.smtp.host")).isEqualTo("relay.hospital.local");
        assertThat(first.getProperty("mail.smtp.auth")).isEqualTo("false");
    }

    @Test
    void changedSettings_getANewSession() {
        Session before = adapter.session(new NotificationsConfig.Smtp("relay-a", 25, null, null, "a@h.local", false));
        Session after = adapter.session(new NotificationsConfig.Smtp("relay-b", 587, "kiorex", "secret", "a@h.local", true));
        assertThat(after).isNotSameAs(before);
        assertThat(after.getProperty("mail.smtp.port")).isEqualTo("587");
        assertThat(after.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(after.getProperty("mail.smtp.auth")).isEqualTo("true");
    }
}
