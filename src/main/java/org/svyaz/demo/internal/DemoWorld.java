package org.svyaz.demo.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.ClearResult;
import org.svyaz.activities.Frequency;
import org.svyaz.activities.Priority;
import org.svyaz.activities.Recurrence;
import org.svyaz.activities.ScheduledActivity;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.groups.Group;
import org.svyaz.groups.GroupFields;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupMembers;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.HistoryManagement;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.history.NoteManagement;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesScheduling;
import org.svyaz.series.SeriesTarget;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.Language;
import org.svyaz.users.NewUser;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * With {@code --demo}, fills an empty database with the manual's world: the sales manager
 * {@code zdv} developing Kwik-e-mart, where Barney Giverts and three colleagues work, a few more
 * companies, the synchronization user {@code syncro}, notes, zdv's activities around today and
 * the manual's activity series «Разработка компании». Runs before the web server
 * opens, so the first page already shows it.
 */
@Component
class DemoWorld implements SmartLifecycle {

    static final String ZDV_PASSWORD = "zdv-demo";
    static final String SYNCRO_PASSWORD = "syncro-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);

    private final ApplicationArguments arguments;
    private final UserManagement users;
    private final ContactManagement contacts;
    private final CustomFieldManagement customFields;
    private final NoteManagement notes;
    private final HistoryManagement history;
    private final GroupManagement groups;
    private final GroupMembers members;
    private final ActivityManagement activities;
    private final SeriesManagement series;
    private final SeriesScheduling scheduling;
    private volatile boolean running;

    DemoWorld(ApplicationArguments arguments, UserManagement users, ContactManagement contacts, CustomFieldManagement customFields,
            NoteManagement notes, HistoryManagement history, GroupManagement groups, GroupMembers members,
            ActivityManagement activities, SeriesManagement series, SeriesScheduling scheduling) {
        this.activities = activities;
        this.series = series;
        this.scheduling = scheduling;
        this.arguments = arguments;
        this.users = users;
        this.contacts = contacts;
        this.customFields = customFields;
        this.notes = notes;
        this.groups = groups;
        this.members = members;
        this.history = history;
    }

    @Override
    public void start() {
        running = true;
        if (!arguments.containsOption("demo")) {
            return;
        }
        if (users.all().size() > 1) {
            log.warn("--demo: the database already has users besides admin; the demo world is loaded only into an empty one");
            return;
        }
        load();
        System.out.println("Svyaz: loaded the demo world; log in as zdv / " + ZDV_PASSWORD + " (a new password is asked for then) or as admin");
    }

    void load() {
        User admin = users.byUserName("admin").orElseThrow();
        users.actingAs(admin.id(), () -> {
            customFields.define(new NewCustomField("contact", "contractCode", "Contract code", "Код договора", CustomFieldType.TEXT, List.of()));
            return null;
        });
        // their passwords are printed and in the manual: each must choose their own at the first log-in
        User zdv = users.create(new NewUser("zdv", ZDV_PASSWORD, "Дмитрий Зайцев", Role.MANAGER, Language.RU, null, true));
        users.create(new NewUser("syncro", SYNCRO_PASSWORD, "Синхронизация", Role.STANDARD, Language.RU, null, true));
        users.actingAs(zdv.id(), () -> {
            Contact barney = loadKwikEMart();
            Contact petrov = loadOtherCompanies();
            loadGroups(barney);
            loadActivities(barney, petrov);
            loadSeries(barney);
            return null;
        });
    }

    private Contact loadKwikEMart() {
        Contact barney = contacts.create(contact("Kwik-e-mart", "Barney", "Giverts", "Mr.", "Purchasing manager", "+1 (555) 013-2003",
                "barney.giverts@kwik-e-mart.com", "742 Evergreen Terrace", "Springfield", "Oregon", "97403", "USA", "prospect", "KEM-2003-017"));
        contacts.create(contact("Kwik-e-mart", "Apu", "Nahasapeemapetilon", "Mr.", "Store manager", "+1 (555) 013-2001",
                "apu@kwik-e-mart.com", "742 Evergreen Terrace", "Springfield", "Oregon", "97403", "USA", "prospect", "KEM-2003-017"));
        contacts.create(contact("Kwik-e-mart", "Sanjay", "Nahasapeemapetilon", "Mr.", "Co-owner", "+1 (555) 013-2002",
                "sanjay@kwik-e-mart.com", "742 Evergreen Terrace", "Springfield", "Oregon", "97403", "USA", "prospect", "KEM-2003-017"));
        contacts.create(contact("Kwik-e-mart", "Manjula", "Nahasapeemapetilon", "Mrs.", "Accountant", "+1 (555) 013-2004",
                "manjula@kwik-e-mart.com", "742 Evergreen Terrace", "Springfield", "Oregon", "97403", "USA", "prospect", "KEM-2003-017"));
        notes.add(barney.id(), "Интересуется поставками в сеть магазинов Kwik-e-mart. Просил прислать прайс-лист и условия доставки.", false);
        notes.add(barney.id(), "Личное: предпочитает звонки после обеда.", true);
        history.record(barney.id(), new NewHistoryItem(HistoryKind.MANUAL, "CALL", "COMPLETED", "Первый звонок: представились, договорились прислать предложение",
                "", false, OffsetDateTime.of(2003, 9, 1, 11, 0, 0, 0, ZoneOffset.ofHours(4))));
        return barney;
    }

    /** Kwik-e-mart's people by rule, its management by hand, and the customers in a group of their own. */
    private void loadGroups(Contact barney) {
        Group kwikEMart = groups.create(new GroupFields("Kwik-e-mart", "Сеть магазинов в Спрингфилде", "+1 (555) 013-2000",
                "742 Evergreen Terrace", "Springfield", "kwik-e-mart.com", null, Map.of()));
        members.setRule(kwikEMart.id(), new ContactFilter.Criteria(List.of(new Criterion("company", Operator.EQUALS, "Kwik-e-mart")),
                Match.ALL), kwikEMart.version());
        Group management = groups.create(new GroupFields("Руководство", "Кто принимает решения о закупках", "", "", "", "",
                kwikEMart.id(), Map.of()));
        members.add(management.id(), List.of(barney.id()));
        notes.add(RecordOwner.group(kwikEMart.id()), "Цель на 2003 год: поставки во все магазины сети.", false);
        Group customers = groups.create(new GroupFields("Клиенты", "Все, с кем заключены договоры", "", "", "", "", null, Map.of()));
        members.setRule(customers.id(), new ContactFilter.Criteria(List.of(new Criterion("status", Operator.EQUALS, "customer")),
                Match.ALL), customers.version());
    }

    private Contact loadOtherCompanies() {
        Contact petrov = contacts.create(contact("ООО «Ромашка»", "Иван", "Петров", "Господин", "Генеральный директор", "+7 (495) 123-45-67",
                "i.petrov@romashka.ru", "ул. Тверская, д. 7", "Москва", "Москва", "125009", "Россия", "customer", "Д-2002/114"));
        contacts.create(contact("ООО «Ромашка»", "Ольга", "Смирнова", "Госпожа", "Главный бухгалтер", "+7 (495) 123-45-68",
                "o.smirnova@romashka.ru", "ул. Тверская, д. 7", "Москва", "Москва", "125009", "Россия", "customer", "Д-2002/114"));
        contacts.create(contact("АО «Тверьхлеб»", "Сергей", "Кузнецов", "Господин", "Начальник отдела закупок", "+7 (4822) 55-12-30",
                "kuznetsov@tverhleb.ru", "пр-т Победы, д. 20", "Тверь", "Тверская область", "170100", "Россия", "prospect", null));
        contacts.create(contact("ЗАО «Волга-Логистик»", "Анна", "Морозова", "Госпожа", "Логист", "+7 (831) 200-40-50",
                "", "ул. Рождественская, д. 3", "Нижний Новгород", "Нижегородская область", "603001", "Россия", "other", null));
        contacts.create(contact("Springfield Nuclear Power Plant", "Montgomery", "Burns", "Mr.", "Owner", "+1 (555) 010-0001",
                "burns@snpp.com", "100 Industrial Way", "Springfield", "Oregon", "97403", "USA", "customer", "SNPP-1989-001"));
        contacts.create(contact("Springfield Nuclear Power Plant", "Waylon", "Smithers", "Mr.", "Executive assistant", "+1 (555) 010-0002",
                "smithers@snpp.com", "100 Industrial Way", "Springfield", "Oregon", "97403", "USA", "customer", "SNPP-1989-001"));
        contacts.create(contact("Moe's Tavern", "Moe", "Szyslak", "Mr.", "Owner", "+1 (555) 010-0667", "",
                "57 Walnut Street", "Springfield", "Oregon", "97403", "USA", "other", null));
        notes.add(petrov.id(), "Договор продлён на 2004 год. Следующая встреча — в январе.", false);
        return petrov;
    }

    /**
     * The manual's series, scheduled for Barney from 05.09.2003 as the manual walks through it:
     * four timeless activities in his Activities tab (and zdv's past-due list), the call moved
     * off the weekend to Monday 08.09.2003.
     */
    private void loadSeries(Contact barney) {
        Series development = series.create(ManualSeries.companyDevelopment(ManualSeries.NAME));
        scheduling.schedule(development.id(), new SeriesTarget.Contacts(List.of(barney.id())), ManualSeries.START, null);
    }

    /** zdv's week: a call with Barney today (with an alarm), a meeting tomorrow, a past-due to-do, a weekly call, a cleared call. */
    private void loadActivities(Contact barney, Contact petrov) {
        LocalDate today = activities.today();
        activities.schedule(activity(ActivityType.CALL, today, LocalTime.of(14, 30), 30, barney, "Отправить прайс-лист и условия доставки",
                Priority.HIGH, 15, null));
        activities.schedule(activity(ActivityType.MEETING, today.plusDays(1), LocalTime.of(11, 0), 90, barney,
                "Встреча в офисе Kwik-e-mart: презентация", Priority.MEDIUM, 60, null));
        activities.schedule(activity(ActivityType.TO_DO, today.minusDays(2), null, 10, barney, "Собрать информацию о компании", Priority.LOW,
                null, null));
        activities.schedule(activity(ActivityType.CALL, today, LocalTime.of(10, 0), 15, petrov, "Еженедельный звонок: статус поставок",
                Priority.MEDIUM, 10, new Recurrence(Frequency.WEEKLY, 1, Set.of(today.getDayOfWeek()), null, null, null, 8)));
        ScheduledActivity first = activities.schedule(activity(ActivityType.CALL, today.minusDays(7), LocalTime.of(12, 0), 15, barney,
                "Первый звонок после выставки", Priority.MEDIUM, null, null));
        activities.clear(first.activity().id(), ClearResult.LEFT_MESSAGE, "Оставил сообщение секретарю");
    }

    private static ActivityFields activity(String type, LocalDate date, LocalTime time, int minutes, Contact with, String regarding,
            Priority priority, Integer alarm, Recurrence recurrence) {
        return new ActivityFields(type, date, time, null, minutes, List.of(with.id()), regarding, "", priority, null, alarm, null,
                null, false, recurrence);
    }

    private static ContactFields contact(String company, String firstName, String lastName, String salutation, String title,
            String phone, String email, String address, String city, String region, String postalCode, String country, String status,
            String contractCode) {
        Map<String, Object> custom = contractCode == null ? Map.of() : Map.of("contractCode", contractCode);
        return new ContactFields(company, firstName, lastName, salutation, title, null, phone, null, null, null, null, email, List.of(),
                null, address, null, city, region, postalCode, country, status, (UUID) null, null, false, custom);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the administrator exists, before the web server opens. */
    @Override
    public int getPhase() {
        return 0;
    }
}
