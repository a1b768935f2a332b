package org.svyaz.activities.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.schema.tables.records.ActivityRecord;
import org.svyaz.shell.Formats;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * Reminders by e-mail (SPEC A3), when an SMTP server is configured ({@code spring.mail.host}):
 * every half minute, each alarm that came due is sent once to the e-mail address on its owner's
 * My Record, in the owner's language, besides the reminder list in the page. Alarms that came due
 * more than a day ago (the server was down) are not mailed any more; the page still shows them.
 */
@Component
public class ReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);
    private static final Duration TOO_OLD = Duration.ofDays(1);
    private static final int BATCH = 200;

    private final JooqReminderMails mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final ContactManagement contacts;
    private final UserManagement users;
    private final MessageSource messages;
    private final Clock clock;
    private final String from;
    private final JooqActivityTypes types;

    ReminderMailer(JooqReminderMails mails, ObjectProvider<JavaMailSender> sender, ContactManagement contacts, UserManagement users,
            MessageSource messages, Clock clock, @Value("${svyaz.mail.from:svyaz@localhost}") String from, JooqActivityTypes types) {
        this.types = types;
        this.mails = mails;
        this.sender = sender;
        this.contacts = contacts;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
        this.from = from;
    }

    /** @return how many reminders went out */
    @Scheduled(fixedDelayString = "${svyaz.reminders.mail-interval:30s}", initialDelayString = "${svyaz.reminders.mail-interval:30s}")
    public int sendDue() {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ActivityRecord> due = mails.dueUnsent(now.minus(TOO_OLD), now, BATCH);
        int sent = 0;
        for (ActivityRecord activity : due) {
            Optional<SimpleMailMessage> message = messageFor(activity);
            try {
                if (message.isPresent()) {
                    mailSender.send(message.get());
                    sent++;
                }
                mails.markSent(activity, now);
            } catch (MailException e) {
                // the SMTP server failed: the alarm stays unsent and is tried again next time
                log.warn("A reminder e-mail could not be sent: {}", e.getMessage());
                break;
            }
        }
        return sent;
    }

    /** The reminder for the activity's owner, or nothing when the owner's My Record has no e-mail. */
    private Optional<SimpleMailMessage> messageFor(ActivityRecord activity) {
        Optional<User> owner = users.findById(activity.getOwnerId());
        Optional<UUID> myRecord = owner.flatMap(user -> contacts.myRecordId(user.id()));
        if (myRecord.isEmpty()) {
            return Optional.empty();
        }
        Contact me = users.actingAs(owner.get().id(), () -> contacts.get(myRecord.get()));
        if (me.email().isBlank()) {
            return Optional.empty();
        }
        Locale locale = owner.get().language().locale();
        String typeCode = types.codeOf(activity.getTypeId());
        String type = messages.getMessage("activityType." + typeCode, null, typeCode, locale);
        String when = whenFor(activity, owner.get().timeZone(), locale);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(me.email());
        message.setSubject(messages.getMessage("activities.reminderMail.subject", new Object[] {type, activity.getRegarding()}, locale));
        message.setText(messages.getMessage("activities.reminderMail.text",
                new Object[] {type, when, activity.getRegarding(), activity.getDetails()}, locale));
        return Optional.of(message);
    }

    /** The activity's date and start as its owner's clock reads them (a timeless one's date alone). */
    private String whenFor(ActivityRecord activity, ZoneId ownerZone, Locale locale) {
        if (activity.getStartTime() == null) {
            return Formats.text(activity.getActivityDate(), locale, messages);
        }
        LocalDateTime there = activity.getStartsAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(ownerZone).toLocalDateTime();
        return Formats.text(there.toLocalDate(), locale, messages) + " " + Formats.text(there.toLocalTime(), locale, messages);
    }
}
