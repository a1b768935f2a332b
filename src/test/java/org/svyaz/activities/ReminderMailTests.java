package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.activities.ActivityApiTests.call;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.svyaz.ApiClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestClock;
import org.svyaz.activities.internal.ReminderMailer;
import org.svyaz.shell.DisplayTime;
import org.svyaz.users.Language;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Reminders by e-mail (SPEC A3) through a real SMTP server (GreenMail), with the clock set by the test. */
class ReminderMailTests extends SvyazTests {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        // the test sends by calling the mailer; the timed run must not race it
        properties.add("svyaz.reminders.mail-interval", () -> "1h");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    ReminderMailer mailer;

    @Autowired
    TestClock clock;

    @Autowired
    DisplayTime time;

    @BeforeEach
    void emptyMailbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void mailsADueAlarmOnceToTheOwnersMyRecordInTheOwnersLanguageAndAgainWhenSnoozed() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD, Language.RU);
        ApiClient api = api(zdv);
        String myRecord = api.get("/api/v1/me").json().get("myRecordId").asText();
        api.patch("/api/v1/contacts/" + myRecord, Map.of("email", "zdv@example.com"));
        String barney = api.post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        at("09:00");
        Map<String, Object> body = call(DAY.toString(), "10:00", barney);
        body.put("alarmMinutesBefore", 15);
        String activity = api.post("/api/v1/activities", body).id();

        at("09:44");
        assertThat(mailer.sendDue()).isZero();
        at("09:46");
        assertThat(mailer.sendDue()).isEqualTo(1);
        assertThat(mailer.sendDue()).isZero();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("zdv@example.com");
        assertThat(received[0].getSubject()).isEqualTo("Напоминание: Звонок, Send the price list");
        assertThat(((String) received[0].getContent())).contains("10.03.2026 10:00");

        api.post("/api/v1/activities/" + activity + "/alarm", Map.of("minutes", 10));
        clock.advance(Duration.ofMinutes(11));
        assertThat(mailer.sendDue()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void sendsNothingWhenTheOwnerHasNoAddressOrTheActivityIsCleared() {
        User zdv = data.user("zdv", Role.STANDARD);
        ApiClient api = api(zdv);
        at("09:00");
        Map<String, Object> body = call(DAY.toString(), "10:00");
        body.put("alarmMinutesBefore", 15);
        api.post("/api/v1/activities", body);
        at("09:50");
        assertThat(mailer.sendDue()).isZero();

        String myRecord = api.get("/api/v1/me").json().get("myRecordId").asText();
        api.patch("/api/v1/contacts/" + myRecord, Map.of("email", "zdv@example.com"));
        Map<String, Object> cleared = call(DAY.toString(), "11:00");
        cleared.put("alarmMinutesBefore", 15);
        String clearedId = api.post("/api/v1/activities", cleared).id();
        api.post("/api/v1/activities/" + clearedId + "/clear", Map.of("result", "COMPLETED"));
        at("10:50");
        assertThat(mailer.sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private void at(String wallClock) {
        clock.set(DAY.atTime(LocalTime.parse(wallClock)).atZone(time.zone()).toInstant());
    }
}
