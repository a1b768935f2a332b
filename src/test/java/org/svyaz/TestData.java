package org.svyaz;

import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationContext;
import org.svyaz.customfields.internal.CustomFieldState;
import org.svyaz.groups.internal.Rules;
import org.svyaz.journal.internal.JournalEscapeListener;
import org.svyaz.lookups.internal.CountCache;
import org.svyaz.users.Language;
import org.svyaz.users.NewUser;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;
import org.svyaz.users.internal.LoginState;

/**
 * Puts the database back to what a fresh start-up leaves (the administrator and the built-in
 * statuses), and makes users for a test. Test code only: it deletes rows directly.
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "secret-password";
    private static final AtomicInteger USERS = new AtomicInteger();

    private final DSLContext dsl;
    private final UserManagement users;
    private final ApplicationContext context;

    TestData(DSLContext dsl, UserManagement users, ApplicationContext context) {
        this.dsl = dsl;
        this.users = users;
        this.context = context;
    }

    public void reset() {
        JournalEscapeListener.asFixture(this::emptyTables);
        context.getBean(TestClock.class).reset();
        LoginState.forgetAll(context);
        CustomFieldState.forgetAll(context);
        context.getBean(CountCache.class).forgetAll();
        context.getBean(Rules.class).forget();
    }

    private void emptyTables() {
        UUID admin = users.byUserName("admin").orElseThrow().id();
        dsl.execute("delete from record_grant");
        dsl.execute("delete from team_member");
        dsl.execute("delete from team");
        dsl.execute("delete from journal_entry");
        dsl.execute("delete from sync_partner");
        dsl.execute("delete from database_identity_history");
        dsl.execute("delete from calendar_feed");
        dsl.execute("delete from calendar_grant");
        dsl.execute("delete from reminder_mail");
        dsl.execute("delete from series_run");
        dsl.execute("delete from series_step");
        dsl.execute("delete from series");
        dsl.execute("delete from activity_contact");
        dsl.execute("delete from activity");
        dsl.execute("delete from activity_series");
        dsl.execute("delete from task_list_filter");
        dsl.execute("delete from activity_type where built_in = false");
        dsl.execute("delete from document_chunk");
        dsl.execute("delete from document");
        dsl.execute("delete from note");
        dsl.execute("delete from history_item");
        dsl.execute("delete from custom_value");
        dsl.execute("delete from custom_field");
        dsl.execute("delete from api_token");
        dsl.execute("delete from security_event");
        dsl.execute("delete from contact_tag");
        dsl.execute("delete from contact_list_columns");
        dsl.execute("delete from saved_lookup");
        dsl.execute("delete from group_member");
        dsl.execute("update contact_group set parent_id = null");
        dsl.execute("delete from contact_group");
        dsl.execute("delete from contact where my_record_of is null or my_record_of <> ?", admin);
        dsl.execute("delete from app_user where id <> ?", admin);
        dsl.execute("delete from contact_status where code not in ('prospect', 'customer', 'other')");
        dsl.execute("update app_user set language = 'en', full_name = 'Administrator', user_role = 'ADMINISTRATOR', enabled = true, "
                + "must_change_password = false, credentials_changed_at = null where id = ?", admin);
    }

    public User admin() {
        return users.byUserName("admin").orElseThrow();
    }

    /** A new user with the role; the name starts as given and is made unique. */
    public User user(String name, Role role) {
        return user(name, role, Language.EN);
    }

    public User user(String name, Role role, Language language) {
        return user(name, role, language, null);
    }

    /** A user who lives in the zone (null: the server's). */
    public User user(String name, Role role, ZoneId zone) {
        return user(name, role, Language.EN, zone);
    }

    private User user(String name, Role role, Language language, ZoneId zone) {
        String userName = name + "-" + USERS.incrementAndGet();
        return users.actingAs(admin().id(), () -> users.create(new NewUser(userName, PASSWORD, name, role, language, zone)));
    }
}
