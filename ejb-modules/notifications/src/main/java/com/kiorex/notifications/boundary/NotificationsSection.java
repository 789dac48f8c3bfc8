package com.kiorex.notifications.boundary;

import com.kiorex.kernel.inbox.boundary.Inbox;
import java.util.List;

/**
 * The notifications part of a patient's GDPR export: the preferences of their own account
 * (addresses, language, quiet hours, channels; null for a family member or when never set), the
 * notifications to that account or about the patient with each channel's delivery (reminders
 * included), and the in-app messages about them or in their own inbox.
 */
public record NotificationsSection(Preferences preferences, List<NotificationView> notifications,
                                   List<Inbox.Message> inbox) {
}
