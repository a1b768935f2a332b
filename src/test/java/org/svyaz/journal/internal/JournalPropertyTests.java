package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.TestDatabaseConfiguration;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.TeamManagement;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ClearResult;
import org.svyaz.activities.EditScope;
import org.svyaz.activities.Frequency;
import org.svyaz.activities.Priority;
import org.svyaz.activities.Recurrence;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.groups.GroupFields;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupMembers;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.HistoryManagement;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.history.NoteManagement;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.series.OffsetUnit;
import org.svyaz.series.SeriesFields;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesScheduling;
import org.svyaz.series.SeriesStep;
import org.svyaz.series.SeriesTarget;
import org.svyaz.series.StepOffset;
import org.svyaz.series.WeekendRule;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.RecordOwner;
import org.svyaz.shell.UserFacingException;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * Whatever users of different roles do through the modules, in whatever order (records made,
 * changed, opened, closed and limited to teams and users, then deleted alone or with what they
 * belong to), a replay of the journal gives every journaled table as it is: {@code journal
 * check} finds no difference. Steps a module refuses (not permitted, not found, invalid) change
 * nothing and are skipped; jqwik's statistics say how many of each were done, refused (and why),
 * or had nothing to act on.
 */
@JqwikSpringSupport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestDatabaseConfiguration.class, TestData.class})
@Tag("database")
class JournalPropertyTests {

    private static final List<String> COMPANIES = List.of("Kwik-e-mart", "Plant", "Moe's");

    @Autowired
    TestData data;

    @Autowired
    UserManagement users;

    @Autowired
    JournalCheck check;

    @Autowired
    JournaledWrites writes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ContactManagement contacts;

    @Autowired
    GroupManagement groups;

    @Autowired
    GroupMembers members;

    @Autowired
    ActivityManagement activities;

    @Autowired
    NoteManagement notes;

    @Autowired
    HistoryManagement history;

    @Autowired
    CustomFieldManagement customFields;

    @Autowired
    SeriesManagement series;

    @Autowired
    SeriesScheduling scheduling;

    @Autowired
    TeamManagement teams;

    @Property(tries = 15, edgeCases = EdgeCasesMode.NONE)
    void aReplayOfTheJournalGivesTheTablesAsTheyAre(@ForAll("workloads") List<Step> workload) {
        Workload run = new Workload();
        workload.forEach(run::perform);

        JournalCheck.Outcome outcome = check.run();

        assertThat(outcome.difference()).as("after %s", workload).isNull();
    }

    @Provide
    Arbitrary<List<Step>> workloads() {
        // picks favour the newest records, so that a step often acts on what the steps just before it made
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 9).withDistribution(RandomDistribution.biased());
        Arbitrary<Step> step = Combinators.combine(kinds(), Arbitraries.integers().between(0, 2), pick,
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 4))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25).withSizeDistribution(RandomDistribution.uniform());
    }

    /** Steps that make records come more often than those that need records made. */
    private static Arbitrary<Kind> kinds() {
        return Arbitraries.frequency(Arrays.stream(Kind.values()).map(kind -> Tuple.of(kind.weight, kind)).toList());
    }

    private static SeriesFields onboarding(String name) {
        return new SeriesFields(name, "", List.of(new SeriesStep("CALL", 15, Priority.MEDIUM, "Welcome call",
                new StepOffset(1, OffsetUnit.DAYS), null, WeekendRule.NEXT_MONDAY)));
    }

    /** What a step does, and how often it is drawn. */
    enum Kind {
        CREATE_CONTACT(3), EDIT_CONTACT(2), DELETE_CONTACT(1), DEFINE_FIELD(1), DELETE_FIELD(1), CREATE_GROUP(2), EDIT_GROUP(1),
        DELETE_GROUP(1), ADD_MEMBERS(2), REMOVE_MEMBER(1), SET_RULE(1), SCHEDULE_ACTIVITY(3), EDIT_ACTIVITY(2), CLEAR_ACTIVITY(1),
        ERASE_ACTIVITY(1), ADD_NOTE(2), EDIT_NOTE(1), DELETE_NOTE(1), RECORD_HISTORY(2), DELETE_HISTORY(1), CREATE_SERIES(1),
        SCHEDULE_SERIES(2), UNDO_RUN(2), DELETE_TEAM(1);

        private final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /**
     * One step: what, by whom (0 the administrator, 1 a manager, 2 a standard user), two picks
     * among the records made so far (or values), and an access (0 public, 1 private, 2 limited to
     * a team, 3 to a user, 4 to a team and a user).
     */
    record Step(Kind kind, int actor, int first, int second, int access) {

        @Override
        public String toString() {
            return kind + "(" + actor + "," + first + "," + second + "," + access + ")";
        }
    }

    /** One try: fresh data, three users, two teams, a stage to start from, and the records its steps made. */
    private final class Workload {

        private final List<User> actors = new ArrayList<>();
        private final List<UUID> teamIds = new ArrayList<>();
        private final List<UUID> contactIds = new ArrayList<>();
        private final List<UUID> groupIds = new ArrayList<>();
        private final List<UUID> activityIds = new ArrayList<>();
        private final List<UUID> noteIds = new ArrayList<>();
        private final List<UUID> itemIds = new ArrayList<>();
        private final Map<String, UUID> fields = new LinkedHashMap<>();
        private final List<UUID> seriesIds = new ArrayList<>();
        private final List<UUID> runIds = new ArrayList<>();
        private int made;
        private boolean idle;

        Workload() {
            data.reset();
            User admin = data.admin();
            User manager = data.user("zdv", Role.MANAGER);
            User standard = data.user("anna", Role.STANDARD);
            actors.addAll(List.of(admin, manager, standard));
            users.actingAs(admin.id(), () -> {
                teamIds.add(teams.create("Sales", List.of(manager.userName(), standard.userName())).id());
                teamIds.add(teams.create("Support", List.of(standard.userName())).id());
                return null;
            });
            transactions.executeWithoutResult(status -> writes.journalExisting());
            // a stage to act on from the first step: a custom field, two contacts and a series
            users.actingAs(admin.id(), () -> {
                fields.put("region", customFields.define(new NewCustomField("contact", "region", "Region", CustomFieldType.TEXT,
                        null)).id());
                seriesIds.add(series.create(onboarding("Onboarding")).id());
                return null;
            });
            users.actingAs(manager.id(), () -> {
                contactIds.add(contacts.create(ContactFields.named(COMPANIES.get(0), "Barney", "Giverts")).id());
                contactIds.add(contacts.create(ContactFields.named(COMPANIES.get(1), "Homer", "Simpson")).id());
                return null;
            });
        }

        void perform(Step step) {
            User actor = actors.get(step.actor());
            try {
                users.actingAs(actor.id(), () -> {
                    perform(step, actor);
                    return null;
                });
                Statistics.label("steps").collect(step.kind(), idle ? "nothing to do" : "done");
            } catch (UserFacingException refused) {
                Statistics.label("steps").collect(step.kind(), "refused: " + reason(refused));
                // a step the module refuses changes nothing
            }
        }

        private void perform(Step step, User actor) {
            made++;
            idle = false;
            switch (step.kind()) {
                case CREATE_CONTACT -> contactIds.add(contacts.create(contact(step, actor)).id());
                case EDIT_CONTACT -> with(contactIds, step.first(), id -> contacts.update(id, contact(step, actor),
                        contacts.get(id).version()));
                case DELETE_CONTACT -> with(contactIds, step.first(), id -> {
                    contacts.delete(id, null);
                    contactIds.remove(id);
                });
                case DEFINE_FIELD -> {
                    String name = "field" + step.first();
                    fields.put(name, customFields.define(new NewCustomField("contact", name, "Field " + step.first(),
                            CustomFieldType.TEXT, null)).id());
                }
                case DELETE_FIELD -> with(new ArrayList<>(fields.values()), step.first(), id -> {
                    customFields.delete(id);
                    fields.values().remove(id);
                });
                case CREATE_GROUP -> {
                    UUID parent = step.second() % 2 == 1 && !groupIds.isEmpty() ? groupIds.get(step.first() % groupIds.size()) : null;
                    groupIds.add(groups.create(group("Group " + made, parent, step, actor)).id());
                }
                case EDIT_GROUP -> with(groupIds, step.first(), id -> groups.update(id, group("Group " + made, groups.get(id).parentId(),
                        step, actor), groups.get(id).version()));
                case DELETE_GROUP -> with(groupIds, step.first(), id -> groupIds.removeAll(groups.delete(id, null)));
                case ADD_MEMBERS -> with(groupIds, step.first(), id -> members.add(id, picks(contactIds, step.second(), 2)));
                case REMOVE_MEMBER -> with(groupIds, step.first(), group -> with(contactIds, step.second(),
                        contact -> members.remove(group, contact)));
                case SET_RULE -> with(groupIds, step.first(), id -> members.setRule(id, new ContactFilter.Criteria(List.of(
                        new Criterion("company", Operator.EQUALS, COMPANIES.get(step.second() % COMPANIES.size()))), Match.ALL),
                        groups.get(id).version()));
                case SCHEDULE_ACTIVITY -> activityIds.addAll(scheduled(activities.schedule(activity(null, picks(contactIds,
                        step.first(), 1 + step.second() % 3), step, actor)).activity()));
                case EDIT_ACTIVITY -> with(activityIds, step.first(), id -> {
                    Activity activity = activities.get(id);
                    activities.update(id, activity(activity, picks(contactIds, step.second(), 1 + step.second() % 3), step, actor),
                            activity.version(), scope(step));
                });
                case CLEAR_ACTIVITY -> with(activityIds, step.first(), id -> activities.clear(id, ClearResult.COMPLETED, "Done"));
                case ERASE_ACTIVITY -> with(activityIds, step.first(), id -> {
                    activities.erase(id, scope(step));
                    activityIds.remove(id);
                });
                case ADD_NOTE -> with(owners(step), step.first(), id -> noteIds.add(notes.add(
                        owner(id), "Note " + made, access(step, actor)).id()));
                case EDIT_NOTE -> with(noteIds, step.first(), id -> notes.edit(id, "Edited " + made, access(step, actor),
                        notes.get(id).version()));
                case DELETE_NOTE -> with(noteIds, step.first(), id -> {
                    notes.delete(id);
                    noteIds.remove(id);
                });
                case RECORD_HISTORY -> with(owners(step), step.first(), id -> itemIds.add(
                        history.record(owner(id), new NewHistoryItem(HistoryKind.MANUAL, null, null, "Visit " + made, "",
                                step.access() == 1, null)).id()));
                case DELETE_HISTORY -> with(itemIds, step.first(), id -> {
                    history.delete(id);
                    itemIds.remove(id);
                });
                case CREATE_SERIES -> seriesIds.add(series.create(onboarding("Onboarding " + made)).id());
                case SCHEDULE_SERIES -> with(seriesIds, step.first(), id -> {
                    List<UUID> reached = picks(contactIds, step.second(), 2);
                    runIds.add(scheduling.schedule(id, new SeriesTarget.Contacts(reached), LocalDate.of(2026, 12, 7), null).runId());
                    reached.forEach(contact -> activities.ofContact(contact, false).stream().map(Activity::id)
                            .filter(activity -> !activityIds.contains(activity)).forEach(activityIds::add));
                });
                case UNDO_RUN -> with(runIds, step.first(), id -> {
                    scheduling.undo(id);
                    runIds.remove(id);
                });
                case DELETE_TEAM -> with(teamIds, step.first(), id -> {
                    teams.delete(id);
                    teamIds.remove(id);
                });
            }
        }

        private static String reason(UserFacingException refused) {
            return refused.getClass().getSimpleName() + " " + (refused instanceof InvalidInput invalid ? invalid.fieldErrors().entrySet()
                    .stream().map(error -> error.getKey() + ": " + error.getValue().messageKey()).sorted().toList()
                    : refused.getMessage());
        }

        /** The groups made so far when the step says so and there are any, else the contacts. */
        private List<UUID> owners(Step step) {
            return step.second() % 2 == 1 && !groupIds.isEmpty() ? groupIds : contactIds;
        }

        private RecordOwner owner(UUID contactOrGroup) {
            return groupIds.contains(contactOrGroup) ? RecordOwner.group(contactOrGroup) : RecordOwner.contact(contactOrGroup);
        }

        /** The ids of a new activity, or of every occurrence of a new recurring one. */
        private List<UUID> scheduled(Activity first) {
            return first.seriesId() == null ? List.of(first.id())
                    : activities.ofContact(first.contactIds().get(0), true).stream().filter(a -> first.seriesId().equals(a.seriesId()))
                            .map(Activity::id).toList();
        }

        private GroupFields group(String name, UUID parent, Step step, User actor) {
            return new GroupFields(name, "", "", "", "City " + step.second(), "", parent, Map.of()).with(null, access(step, actor));
        }

        private static EditScope scope(Step step) {
            return step.second() % 2 == 1 ? EditScope.SERIES : EditScope.OCCURRENCE;
        }

        private ContactFields contact(Step step, User actor) {
            Map<String, Object> values = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(fields.keySet());
            if (!names.isEmpty()) {
                values.put(names.get(step.second() % names.size()), step.second() % 2 == 0 ? "K-" + made : null);
            }
            return new ContactFields(COMPANIES.get(step.second() % COMPANIES.size()), "Barney", "Giverts " + made, null, null, null,
                    null, null, null, null, null, null, List.of(), null, null, null, "City " + step.first(), null, null, null, null,
                    null, null, access(step, actor), values);
        }

        /** A new activity (every third one weekly, three times), or the changes to one. */
        private ActivityFields activity(Activity before, List<UUID> with, Step step, User actor) {
            LocalTime time = LocalTime.of(8 + step.first(), 0);
            Recurrence weekly = before == null && step.first() % 3 == 0 && !with.isEmpty()
                    ? new Recurrence(Frequency.WEEKLY, 1, Set.of(), null, null, null, 3) : null;
            return new ActivityFields("CALL", LocalDate.of(2026, 12, 1 + step.second()), time, null, 30, with,
                    before == null ? "Call " + made : before.regarding() + "!", "", Priority.MEDIUM, null, null, null, null,
                    access(step, actor), weekly, null);
        }

        /** The step's access: granted teams and users are among those that exist, and never the actor alone. */
        private RecordAccess access(Step step, User actor) {
            UUID other = actors.get((actors.indexOf(actor) + 1 + step.first() % 2) % actors.size()).id();
            return switch (step.access()) {
                case 0 -> RecordAccess.PUBLIC;
                case 1 -> RecordAccess.PRIVATE;
                case 2 -> teamIds.isEmpty() ? RecordAccess.limited(List.of(), List.of(other))
                        : RecordAccess.limited(List.of(teamIds.get(0)), List.of());
                case 3 -> RecordAccess.limited(List.of(), List.of(other));
                default -> RecordAccess.limited(teamIds.isEmpty() ? List.of() : List.of(teamIds.get(teamIds.size() - 1)),
                        List.of(other));
            };
        }

        /** Acts on one of the records made so far, if any: the newest for pick 0, the one before it for 1, and so on. */
        private <T> void with(List<T> made, int pick, Consumer<T> action) {
            if (made.isEmpty()) {
                idle = true;
            } else {
                action.accept(made.get(made.size() - 1 - pick % made.size()));
            }
        }

        private static List<UUID> picks(List<UUID> made, int from, int count) {
            List<UUID> picked = new ArrayList<>();
            for (int i = 0; i < count && i < made.size(); i++) {
                UUID id = made.get((from + i) % made.size());
                if (!picked.contains(id)) {
                    picked.add(id);
                }
            }
            return picked;
        }
    }
}
