package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;

/**
 * The role matrix, cell by cell: every write endpoint of the REST API, as every role, on the
 * user's own record, on another user's public record and on another user's private one. Allowed
 * writes answer 2xx; refused ones 403 (the role may not) or 404 (a private record is unknown),
 * and leave the record as it was. The users and their tokens are made once; each cell writes on
 * a record made for it, so that cells do not depend on each other.
 */
class AccessMatrixTests extends SvyazTests {

    /**
     * Whose record a cell writes on, and who may see it: the actor's own, a colleague's public or
     * private one, a colleague's limited to others than the actor, and a colleague's limited to a
     * team the actor is in. The record kinds below say which of these they have.
     */
    enum Ownership { OWN, OTHERS_PUBLIC, OTHERS_PRIVATE, OTHERS_LIMITED, SHARED_WITH_ME }

    private static final List<Ownership> ALL = List.of(Ownership.values());
    /** History items are public or private. */
    private static final List<Ownership> PUBLIC_OR_PRIVATE = List.of(Ownership.OWN, Ownership.OTHERS_PUBLIC, Ownership.OTHERS_PRIVATE);
    /** Series are seen by every user. */
    private static final List<Ownership> PUBLIC_ONLY = List.of(Ownership.OWN, Ownership.OTHERS_PUBLIC);
    private static final List<Ownership> NONE = List.of(Ownership.OWN);

    /** What an endpoint asks of the role, as {@link Permissions} decides it. */
    enum Needs { CREATE, CHANGE, DELETE, MANAGE_FIELDS, MANAGE_USERS, ANY_USER }

    /** The records one cell works on, made by their owner (the acting user for OWN, a colleague otherwise). */
    record Cell(ApiClient owner, ApiClient actor, String ownerName, Map<String, String> ids) {
        String id(String name) {
            return ids.get(name);
        }
    }

    /** Makes the records a cell writes on, as {@code owner} and with the access the ownership says. */
    interface Setup {
        Map<String, String> make(ApiClient owner, String ownerName, Ownership ownership);
    }

    interface Write {
        Response send(Cell cell);
    }

    interface Snapshot {
        String of(Cell cell);
    }

    record Endpoint(String name, Needs needs, RecordKind kind, List<Ownership> ownerships, Setup setup, Write write, Snapshot snapshot) {
    }

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Map<Role, ApiClient> actors = new EnumMap<>(Role.class);
    private final Map<Role, String> actorNames = new EnumMap<>(Role.class);
    private ApiClient colleague;
    private String colleagueName;
    /** A team every acting user is in, which SHARED_WITH_ME records are limited to. */
    private String actorsTeam;

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointAsEveryRoleOnOwnOthersPrivateAndLimitedRecords() {
        for (Role role : Role.values()) {
            User user = data.user(role.name().toLowerCase(), role);
            actors.put(role, tokenClient(user));
            actorNames.put(role, user.userName());
        }
        User other = data.user("colleague", Role.STANDARD);
        colleague = tokenClient(other);
        colleagueName = other.userName();
        actorsTeam = created(admin().post("/api/v1/admin/teams", Map.of("name", unique("Everyone acting"),
                "members", List.copyOf(actorNames.values()))));
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Role role : Role.values()) {
                for (Ownership ownership : endpoint.ownerships()) {
                    cells.add(DynamicTest.dynamicTest(endpoint.name() + " as " + role + " on " + ownership,
                            () -> check(endpoint, role, ownership)));
                }
            }
        }
        return cells.stream();
    }

    private ApiClient tokenClient(User user) {
        String secret = users.actingAs(user.id(), () -> users.createApiToken("matrix", ApiTokenScope.WRITE, 1)).secret();
        return ApiClient.bearer(port, secret);
    }

    private void check(Endpoint endpoint, Role role, Ownership ownership) {
        ApiClient actor = actors.get(role);
        boolean own = ownership == Ownership.OWN;
        ApiClient owner = own ? actor : colleague;
        String ownerName = own ? actorNames.get(role) : colleagueName;
        Cell cell = new Cell(owner, actor, ownerName, endpoint.setup().make(owner, ownerName, ownership));
        String before = endpoint.snapshot().of(cell);
        Response response = endpoint.write().send(cell);
        int expected = expected(endpoint, role, ownership);
        String cellName = endpoint.name() + " as " + role + " on " + ownership + ": " + response;
        if (expected == 200) {
            assertThat(response.status()).as(cellName).isBetween(200, 299);
        } else {
            assertThat(response.status()).as(cellName).isEqualTo(expected);
            assertThat(endpoint.snapshot().of(cell)).as("a refused write changes nothing: " + cellName).isEqualTo(before);
        }
    }

    /** 200 standing for any success. */
    static int expected(Endpoint endpoint, Role role, Ownership ownership) {
        if (ownership == Ownership.OTHERS_PRIVATE || ownership == Ownership.OTHERS_LIMITED) {
            return 404;
        }
        boolean own = ownership == Ownership.OWN;
        boolean changes = role.may(Permission.CREATE_RECORDS) && (own || role.may(endpoint.kind().othersPermission()));
        boolean allowed = switch (endpoint.needs()) {
            case CREATE -> role.may(Permission.CREATE_RECORDS);
            case CHANGE -> changes;
            case DELETE -> changes && role.may(own ? Permission.DELETE_OWN_RECORDS : Permission.DELETE_OTHERS_RECORDS);
            case MANAGE_FIELDS -> role.may(Permission.MANAGE_FIELDS);
            case MANAGE_USERS -> role.may(Permission.MANAGE_USERS);
            case ANY_USER -> true;
        };
        return allowed ? 200 : 403;
    }

    // ---- the endpoints ------------------------------------------------------------------------

    private List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.addAll(contactEndpoints());
        all.addAll(groupEndpoints());
        all.addAll(noteAndHistoryEndpoints());
        all.addAll(documentEndpoints());
        all.addAll(activityEndpoints());
        all.addAll(seriesEndpoints());
        all.addAll(administrationEndpoints());
        all.addAll(personalEndpoints());
        return all;
    }

    private List<Endpoint> contactEndpoints() {
        Setup contact = (owner, name, ownership) -> Map.of("contact", contact(owner, ownership));
        Snapshot theContact = cell -> read(cell.owner(), "/api/v1/contacts/" + cell.id("contact"));
        Setup myRecord = (owner, name, ownership) -> Map.of("contact", owner.get("/api/v1/me").json().get("myRecordId").asText());
        return List.of(
                new Endpoint("POST /contacts", Needs.CREATE, RecordKind.CONTACT, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/contacts", Map.of("company", "New Ltd")), contactCount()),
                new Endpoint("PATCH /contacts/{id}", Needs.CHANGE, RecordKind.CONTACT, ALL, contact,
                        cell -> cell.actor().patch("/api/v1/contacts/" + cell.id("contact"), Map.of("city", "Тверь")), theContact),
                new Endpoint("PATCH /contacts/{id} of a My Record", Needs.CHANGE, RecordKind.MY_RECORD, PUBLIC_ONLY, myRecord,
                        cell -> cell.actor().patch("/api/v1/contacts/" + cell.id("contact"), Map.of("city", "Тверь")), theContact),
                new Endpoint("DELETE /contacts/{id}", Needs.DELETE, RecordKind.CONTACT, ALL, contact,
                        cell -> cell.actor().delete("/api/v1/contacts/" + cell.id("contact")), theContact),
                new Endpoint("POST /contacts/{id}/duplicate", Needs.CREATE, RecordKind.CONTACT, ALL, contact,
                        cell -> cell.actor().post("/api/v1/contacts/" + cell.id("contact") + "/duplicate", Map.of("fields", "all")),
                        both(theContact, contactCount())));
    }

    private List<Endpoint> groupEndpoints() {
        Setup group = (owner, name, ownership) -> Map.of("group", group(owner, ownership), "contact", contact(owner, Ownership.OWN));
        Setup withMember = (owner, name, ownership) -> {
            Map<String, String> ids = new HashMap<>(group.make(owner, name, ownership));
            maker(owner).post("/api/v1/groups/" + ids.get("group") + "/members", Map.of("contactIds", List.of(ids.get("contact"))));
            return ids;
        };
        Setup withRule = (owner, name, ownership) -> {
            Map<String, String> ids = group.make(owner, name, ownership);
            maker(owner).put("/api/v1/groups/" + ids.get("group") + "/rule", rule());
            return ids;
        };
        Snapshot theGroup = cell -> read(cell.owner(), "/api/v1/groups/" + cell.id("group"))
                + read(cell.owner(), "/api/v1/groups/" + cell.id("group") + "/members");
        return List.of(
                new Endpoint("POST /groups", Needs.CREATE, RecordKind.GROUP, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/groups", Map.of("name", unique("New group"))), groupCount()),
                new Endpoint("PATCH /groups/{id}", Needs.CHANGE, RecordKind.GROUP, ALL, group,
                        cell -> cell.actor().patch("/api/v1/groups/" + cell.id("group"), Map.of("description", "Changed")), theGroup),
                new Endpoint("DELETE /groups/{id}", Needs.DELETE, RecordKind.GROUP, ALL, group,
                        cell -> cell.actor().delete("/api/v1/groups/" + cell.id("group")), theGroup),
                new Endpoint("POST /groups/{id}/duplicate", Needs.CREATE, RecordKind.GROUP, ALL, group,
                        cell -> cell.actor().post("/api/v1/groups/" + cell.id("group") + "/duplicate", Map.of("fields", "all")),
                        groupCount()),
                new Endpoint("POST /groups/{id}/members", Needs.CHANGE, RecordKind.GROUP, ALL, group,
                        cell -> cell.actor().post("/api/v1/groups/" + cell.id("group") + "/members",
                                Map.of("contactIds", List.of(cell.id("contact")))), theGroup),
                new Endpoint("DELETE /groups/{id}/members/{contactId}", Needs.CHANGE, RecordKind.GROUP, ALL, withMember,
                        cell -> cell.actor().delete("/api/v1/groups/" + cell.id("group") + "/members/" + cell.id("contact")), theGroup),
                new Endpoint("PUT /groups/{id}/rule", Needs.CHANGE, RecordKind.GROUP, ALL, group,
                        cell -> cell.actor().put("/api/v1/groups/" + cell.id("group") + "/rule", rule()), theGroup),
                new Endpoint("DELETE /groups/{id}/rule", Needs.CHANGE, RecordKind.GROUP, ALL, withRule,
                        cell -> cell.actor().delete("/api/v1/groups/" + cell.id("group") + "/rule"), theGroup),
                new Endpoint("POST /groups/{id}/rule/apply", Needs.CHANGE, RecordKind.GROUP, ALL, withRule,
                        cell -> cell.actor().post("/api/v1/groups/" + cell.id("group") + "/rule/apply", Map.of()), theGroup),
                new Endpoint("POST /groups/lookup (a read)", Needs.ANY_USER, RecordKind.GROUP, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/groups/lookup", Map.of("criteria", List.of())), groupCount()));
    }

    private List<Endpoint> noteAndHistoryEndpoints() {
        Setup privateContact = (owner, name, ownership) -> Map.of("contact", contact(owner, ownership), "group", group(owner));
        Setup note = (owner, name, ownership) -> Map.of("note",
                maker(owner).post("/api/v1/contacts/" + contact(owner, Ownership.OWN) + "/notes", withAccess(Map.of("text", "Mine"), ownership)).id());
        Setup item = (owner, name, ownership) -> Map.of("item", maker(owner).post("/api/v1/contacts/" + contact(owner, Ownership.OWN) + "/history",
                Map.of("regarding", "Called", "private", isPrivate(ownership))).id());
        Snapshot notesOf = cell -> read(cell.owner(), "/api/v1/contacts/" + cell.id("contact") + "/notes")
                + read(cell.owner(), "/api/v1/groups/" + cell.id("group") + "/notes");
        Snapshot historyOf = cell -> read(cell.owner(), "/api/v1/contacts/" + cell.id("contact") + "/history")
                + read(cell.owner(), "/api/v1/groups/" + cell.id("group") + "/history");
        Snapshot theNote = cell -> read(cell.owner(), "/api/v1/notes/" + cell.id("note"));
        Snapshot theItem = cell -> read(cell.owner(), "/api/v1/history/" + cell.id("item"));
        return List.of(
                new Endpoint("POST /contacts/{id}/notes", Needs.CREATE, RecordKind.NOTE, ALL, privateContact,
                        cell -> cell.actor().post("/api/v1/contacts/" + cell.id("contact") + "/notes", Map.of("text", "Hello")), notesOf),
                new Endpoint("POST /groups/{id}/notes", Needs.CREATE, RecordKind.NOTE, PUBLIC_ONLY, privateContact,
                        cell -> cell.actor().post("/api/v1/groups/" + cell.id("group") + "/notes", Map.of("text", "Hello")), notesOf),
                new Endpoint("PATCH /notes/{id}", Needs.CHANGE, RecordKind.NOTE, ALL, note,
                        cell -> cell.actor().patch("/api/v1/notes/" + cell.id("note"), Map.of("text", "Changed")), theNote),
                new Endpoint("DELETE /notes/{id}", Needs.DELETE, RecordKind.NOTE, ALL, note,
                        cell -> cell.actor().delete("/api/v1/notes/" + cell.id("note")), theNote),
                new Endpoint("POST /contacts/{id}/history", Needs.CREATE, RecordKind.HISTORY_ITEM, ALL, privateContact,
                        cell -> cell.actor().post("/api/v1/contacts/" + cell.id("contact") + "/history", Map.of("regarding", "Call")),
                        historyOf),
                new Endpoint("POST /groups/{id}/history", Needs.CREATE, RecordKind.HISTORY_ITEM, PUBLIC_ONLY, privateContact,
                        cell -> cell.actor().post("/api/v1/groups/" + cell.id("group") + "/history", Map.of("regarding", "Call")),
                        historyOf),
                new Endpoint("PATCH /history/{id}", Needs.CHANGE, RecordKind.HISTORY_ITEM, PUBLIC_OR_PRIVATE, item,
                        cell -> cell.actor().patch("/api/v1/history/" + cell.id("item"), Map.of("regarding", "Changed")), theItem),
                new Endpoint("DELETE /history/{id}", Needs.DELETE, RecordKind.HISTORY_ITEM, PUBLIC_OR_PRIVATE, item,
                        cell -> cell.actor().delete("/api/v1/history/" + cell.id("item")), theItem));
    }

    private List<Endpoint> documentEndpoints() {
        Setup target = (owner, name, ownership) -> Map.of("contact", contact(owner, ownership), "group", group(owner));
        Setup document = (owner, name, ownership) -> {
            String contact = contact(owner, ownership);
            return Map.of("contact", contact, "document", maker(owner).upload("/api/v1/contacts/" + contact + "/documents", "offer.txt",
                    "text/plain", bytes("offer")).id());
        };
        Snapshot documentsOf = cell -> read(cell.owner(), "/api/v1/contacts/" + cell.id("contact") + "/documents")
                + (cell.id("group") == null ? "" : read(cell.owner(), "/api/v1/groups/" + cell.id("group") + "/documents"));
        return List.of(
                new Endpoint("POST /contacts/{id}/documents", Needs.CREATE, RecordKind.DOCUMENT, ALL, target,
                        cell -> cell.actor().upload("/api/v1/contacts/" + cell.id("contact") + "/documents", "a.txt", "text/plain",
                                bytes("a")), documentsOf),
                new Endpoint("POST /groups/{id}/documents", Needs.CREATE, RecordKind.DOCUMENT, PUBLIC_ONLY, target,
                        cell -> cell.actor().upload("/api/v1/groups/" + cell.id("group") + "/documents", "a.txt", "text/plain",
                                bytes("a")), documentsOf),
                new Endpoint("DELETE /documents/{id}", Needs.DELETE, RecordKind.DOCUMENT, ALL, document,
                        cell -> cell.actor().delete("/api/v1/documents/" + cell.id("document")), documentsOf));
    }

    private List<Endpoint> activityEndpoints() {
        Setup activity = (owner, name, ownership) -> Map.of("activity", activity(owner, ownership));
        Setup contact = (owner, name, ownership) -> Map.of("contact", contact(owner, ownership));
        Snapshot theActivity = cell -> read(cell.owner(), "/api/v1/activities/" + cell.id("activity"));
        Snapshot activitiesOf = cell -> read(cell.owner(), "/api/v1/contacts/" + cell.id("contact") + "/activities");
        return List.of(
                new Endpoint("POST /activities", Needs.CREATE, RecordKind.ACTIVITY, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/activities", call(false)), cell -> ""),
                new Endpoint("PATCH /activities/{id}", Needs.CHANGE, RecordKind.ACTIVITY, ALL, activity,
                        cell -> cell.actor().patch("/api/v1/activities/" + cell.id("activity"), Map.of("regarding", "Changed")),
                        theActivity),
                new Endpoint("DELETE /activities/{id}", Needs.DELETE, RecordKind.ACTIVITY, ALL, activity,
                        cell -> cell.actor().delete("/api/v1/activities/" + cell.id("activity")), theActivity),
                new Endpoint("POST /activities/{id}/clear", Needs.CHANGE, RecordKind.ACTIVITY, ALL, activity,
                        cell -> cell.actor().post("/api/v1/activities/" + cell.id("activity") + "/clear", Map.of("result", "COMPLETED")),
                        theActivity),
                new Endpoint("POST /activities/{id}/alarm", Needs.CHANGE, RecordKind.ACTIVITY, ALL, activity,
                        cell -> cell.actor().post("/api/v1/activities/" + cell.id("activity") + "/alarm", Map.of("dismiss", true)),
                        theActivity),
                new Endpoint("POST /contacts/{id}/activities/import", Needs.CREATE, RecordKind.ACTIVITY, ALL, contact,
                        cell -> cell.actor().upload("/api/v1/contacts/" + cell.id("contact") + "/activities/import", "meeting.ics",
                                "text/calendar", bytes(ICS)), activitiesOf));
    }

    private List<Endpoint> seriesEndpoints() {
        Setup series = (owner, name, ownership) -> Map.of("series", series(owner), "contact", contact(owner, Ownership.OWN));
        Setup run = (owner, name, ownership) -> {
            Map<String, String> ids = series.make(owner, name, ownership);
            String runId = maker(owner).post("/api/v1/series/" + ids.get("series") + "/schedule", schedule(ids.get("contact"))).json()
                    .get("runId").asText();
            return Map.of("series", ids.get("series"), "contact", ids.get("contact"), "run", runId);
        };
        Snapshot theSeries = cell -> read(cell.owner(), "/api/v1/series/" + cell.id("series"));
        Snapshot activitiesOf = cell -> read(cell.owner(), "/api/v1/contacts/" + cell.id("contact") + "/activities");
        return List.of(
                new Endpoint("POST /series", Needs.CREATE, RecordKind.SERIES, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/series", seriesBody()), seriesCount()),
                new Endpoint("PUT /series/{id}", Needs.CHANGE, RecordKind.SERIES, PUBLIC_ONLY, series,
                        cell -> cell.actor().put("/api/v1/series/" + cell.id("series"), seriesBody()), theSeries),
                new Endpoint("DELETE /series/{id}", Needs.DELETE, RecordKind.SERIES, PUBLIC_ONLY, series,
                        cell -> cell.actor().delete("/api/v1/series/" + cell.id("series")), theSeries),
                new Endpoint("POST /series/{id}/duplicate", Needs.CREATE, RecordKind.SERIES, PUBLIC_ONLY, series,
                        cell -> cell.actor().post("/api/v1/series/" + cell.id("series") + "/duplicate", Map.of()), seriesCount()),
                new Endpoint("POST /series/{id}/schedule", Needs.CREATE, RecordKind.SERIES, PUBLIC_ONLY, series,
                        cell -> cell.actor().post("/api/v1/series/" + cell.id("series") + "/schedule", schedule(cell.id("contact"))),
                        activitiesOf),
                new Endpoint("POST /series/runs/{runId}/undo", Needs.DELETE, RecordKind.ACTIVITY, PUBLIC_ONLY, run,
                        cell -> cell.actor().post("/api/v1/series/runs/" + cell.id("run") + "/undo", Map.of()), activitiesOf));
    }

    private List<Endpoint> administrationEndpoints() {
        Setup field = (owner, name, ownership) -> Map.of("field", admin().post("/api/v1/admin/custom-fields",
                Map.of("entity", "contact", "name", unique("field").replace(" ", ""), "label", "Field", "type", "TEXT")).id());
        Setup status = (owner, name, ownership) -> Map.of("status", admin().post("/api/v1/admin/contact-statuses",
                Map.of("code", unique("s").replace(" ", ""), "nameEn", "Partner", "nameRu", "Партнёр")).id());
        Setup type = (owner, name, ownership) -> Map.of("type", admin().post("/api/v1/admin/activity-types",
                Map.of("name", unique("Demo"), "color", "#aa00aa")).id());
        Setup user = (owner, name, ownership) -> Map.of("user", admin().post("/api/v1/admin/users", newUser()).id());
        Snapshot fields = cell -> read(admin(), "/api/v1/custom-fields");
        Snapshot statuses = cell -> read(admin(), "/api/v1/contact-statuses");
        Snapshot types = cell -> read(admin(), "/api/v1/activity-types");
        Snapshot usersList = cell -> read(admin(), "/api/v1/admin/users?limit=1000");
        return List.of(
                new Endpoint("POST /admin/custom-fields", Needs.MANAGE_FIELDS, RecordKind.CONTACT, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/admin/custom-fields", Map.of("entity", "contact",
                                "name", unique("f").replace(" ", ""), "label", "F", "type", "TEXT")), fields),
                new Endpoint("PATCH /admin/custom-fields/{id}", Needs.MANAGE_FIELDS, RecordKind.CONTACT, NONE, field,
                        cell -> cell.actor().patch("/api/v1/admin/custom-fields/" + cell.id("field"), Map.of("label", "Changed")), fields),
                new Endpoint("DELETE /admin/custom-fields/{id}", Needs.MANAGE_FIELDS, RecordKind.CONTACT, NONE, field,
                        cell -> cell.actor().delete("/api/v1/admin/custom-fields/" + cell.id("field")), fields),
                new Endpoint("POST /admin/contact-statuses", Needs.MANAGE_FIELDS, RecordKind.CONTACT, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/admin/contact-statuses", Map.of("code", unique("n").replace(" ", ""),
                                "nameEn", "New", "nameRu", "Новый")), statuses),
                new Endpoint("PATCH /admin/contact-statuses/{id}", Needs.MANAGE_FIELDS, RecordKind.CONTACT, NONE, status,
                        cell -> cell.actor().patch("/api/v1/admin/contact-statuses/" + cell.id("status"), Map.of("nameEn", "Changed")),
                        statuses),
                new Endpoint("DELETE /admin/contact-statuses/{id}", Needs.MANAGE_FIELDS, RecordKind.CONTACT, NONE, status,
                        cell -> cell.actor().delete("/api/v1/admin/contact-statuses/" + cell.id("status")), statuses),
                new Endpoint("POST /admin/activity-types", Needs.MANAGE_FIELDS, RecordKind.ACTIVITY, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/admin/activity-types", Map.of("name", unique("Visit"), "color", "#00aa00")),
                        types),
                new Endpoint("PATCH /admin/activity-types/{id}", Needs.MANAGE_FIELDS, RecordKind.ACTIVITY, NONE, type,
                        cell -> cell.actor().patch("/api/v1/admin/activity-types/" + cell.id("type"), Map.of("color", "#0000aa")), types),
                new Endpoint("DELETE /admin/activity-types/{id}", Needs.MANAGE_FIELDS, RecordKind.ACTIVITY, NONE, type,
                        cell -> cell.actor().delete("/api/v1/admin/activity-types/" + cell.id("type")), types),
                new Endpoint("POST /admin/users", Needs.MANAGE_USERS, RecordKind.MY_RECORD, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/admin/users", newUser()), usersList),
                new Endpoint("PATCH /admin/users/{id}", Needs.MANAGE_USERS, RecordKind.MY_RECORD, NONE, user,
                        cell -> cell.actor().patch("/api/v1/admin/users/" + cell.id("user"), Map.of("role", "ADMINISTRATOR")), usersList),
                new Endpoint("POST /admin/users/{id}/password", Needs.MANAGE_USERS, RecordKind.MY_RECORD, NONE, user,
                        cell -> cell.actor().post("/api/v1/admin/users/" + cell.id("user") + "/password",
                                Map.of("password", "another-long-secret")), usersList));
    }

    /**
     * What every user does with their own account, lookups, tags and calendar, whatever the
     * role. ({@code POST /me/password} ends the caller's tokens; SessionEndTests covers it.)
     */
    private List<Endpoint> personalEndpoints() {
        Setup token = (owner, name, ownership) -> Map.of("token", owner.post("/api/v1/me/tokens", Map.of("name", "script")).json()
                .get("token").get("id").asText());
        Setup lookup = (owner, name, ownership) -> Map.of("lookup", owner.post("/api/v1/lookups", Map.of("name", unique("Mine"),
                "criteria", List.of(criterion()))).id());
        Setup tagged = (owner, name, ownership) -> {
            String contact = contact(owner, Ownership.OWN);
            owner.post("/api/v1/me/tags", Map.of("contactIds", List.of(contact)));
            return Map.of("contact", contact);
        };
        Snapshot none = cell -> "";
        return List.of(
                new Endpoint("PATCH /me", Needs.ANY_USER, RecordKind.MY_RECORD, NONE, nothing(),
                        cell -> cell.actor().patch("/api/v1/me", Map.of("language", "en")), none),
                new Endpoint("POST /me/tokens", Needs.ANY_USER, RecordKind.MY_RECORD, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/me/tokens", Map.of("name", "script")), none),
                new Endpoint("DELETE /me/tokens/{id}", Needs.ANY_USER, RecordKind.MY_RECORD, NONE, token,
                        cell -> cell.actor().delete("/api/v1/me/tokens/" + cell.id("token")), none),
                new Endpoint("POST /me/calendar-feed", Needs.ANY_USER, RecordKind.ACTIVITY, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/me/calendar-feed", Map.of()), none),
                new Endpoint("PUT /me/calendar-sharing/{userName}", Needs.ANY_USER, RecordKind.ACTIVITY, NONE, nothing(),
                        cell -> cell.actor().put("/api/v1/me/calendar-sharing/" + colleagueName, Map.of("access", "VIEW")), none),
                new Endpoint("DELETE /me/calendar-sharing/{userName}", Needs.ANY_USER, RecordKind.ACTIVITY, NONE,
                        (owner, name, ownership) -> {
                            owner.put("/api/v1/me/calendar-sharing/" + colleagueName, Map.of("access", "VIEW"));
                            return Map.of();
                        },
                        cell -> cell.actor().delete("/api/v1/me/calendar-sharing/" + colleagueName), none),
                new Endpoint("POST /contacts/lookup (a read)", Needs.ANY_USER, RecordKind.CONTACT, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/contacts/lookup", Map.of("keyword", "Kwik")), none),
                new Endpoint("POST /lookups", Needs.ANY_USER, RecordKind.CONTACT, NONE, nothing(),
                        cell -> cell.actor().post("/api/v1/lookups", Map.of("name", unique("Saved"), "criteria", List.of(criterion()))),
                        none),
                new Endpoint("PUT /lookups/{id}", Needs.ANY_USER, RecordKind.CONTACT, NONE, lookup,
                        cell -> cell.actor().put("/api/v1/lookups/" + cell.id("lookup"), Map.of("name", unique("Renamed"),
                                "criteria", List.of(criterion()))), none),
                new Endpoint("DELETE /lookups/{id}", Needs.ANY_USER, RecordKind.CONTACT, NONE, lookup,
                        cell -> cell.actor().delete("/api/v1/lookups/" + cell.id("lookup")), none),
                new Endpoint("POST /me/tags", Needs.ANY_USER, RecordKind.CONTACT, NONE, tagged,
                        cell -> cell.actor().post("/api/v1/me/tags", Map.of("contactIds", List.of(cell.id("contact")))), none),
                new Endpoint("DELETE /me/tags", Needs.ANY_USER, RecordKind.CONTACT, NONE, tagged,
                        cell -> cell.actor().delete("/api/v1/me/tags"), none),
                new Endpoint("DELETE /me/tags/{contactId}", Needs.ANY_USER, RecordKind.CONTACT, NONE, tagged,
                        cell -> cell.actor().delete("/api/v1/me/tags/" + cell.id("contact")), none));
    }

    // ---- records and bodies -------------------------------------------------------------------

    private static Setup nothing() {
        return (owner, name, ownership) -> Map.of();
    }

    private static Snapshot both(Snapshot first, Snapshot second) {
        return cell -> first.of(cell) + second.of(cell);
    }

    private static Snapshot contactCount() {
        return cell -> cell.actor().get("/api/v1/contacts?limit=1").json().get("total").asText();
    }

    private static Snapshot groupCount() {
        return cell -> cell.actor().get("/api/v1/groups?limit=1").json().get("total").asText();
    }

    private static Snapshot seriesCount() {
        return cell -> cell.actor().get("/api/v1/series?limit=1").json().get("total").asText();
    }

    /** The record as its owner reads it, or the status that says it is gone. */
    private static String read(ApiClient client, String path) {
        Response response = client.get(path);
        return response.status() + " " + response.text();
    }

    /**
     * Who makes an owner's records: the owner, or for a Browse user, who may write nothing, an
     * administrator (who names them record manager or owner where a record has one).
     */
    private ApiClient maker(ApiClient owner) {
        return owner == actors.get(Role.BROWSE) ? admin() : owner;
    }

    private String nameOf(ApiClient owner) {
        return owner == colleague ? colleagueName : actorNames.entrySet().stream()
                .filter(entry -> actors.get(entry.getKey()) == owner).findFirst().orElseThrow().getValue();
    }

    /** Whether records made for this ownership are private (history items know no other access). */
    private static boolean isPrivate(Ownership ownership) {
        return ownership == Ownership.OTHERS_PRIVATE;
    }

    /** The body with the access the ownership says: limited to the colleague alone, or to the actors' team. */
    private Map<String, Object> withAccess(Map<String, Object> body, Ownership ownership) {
        Map<String, Object> withAccess = new HashMap<>(body);
        withAccess.remove("private");
        switch (ownership) {
            case OTHERS_PRIVATE -> withAccess.put("access", "PRIVATE");
            case OTHERS_LIMITED -> withAccess.putAll(Map.of("access", "LIMITED", "accessUsers", List.of(colleagueName)));
            case SHARED_WITH_ME -> withAccess.putAll(Map.of("access", "LIMITED", "accessTeams", List.of(actorsTeam)));
            default -> withAccess.put("access", "PUBLIC");
        }
        return withAccess;
    }

    private String contact(ApiClient owner, Ownership ownership) {
        return created(maker(owner).post("/api/v1/contacts", withAccess(Map.of("company", "Kwik-e-mart", "lastName", "Giverts",
                "recordManager", nameOf(owner)), ownership)));
    }

    private String group(ApiClient owner) {
        return group(owner, Ownership.OWN);
    }

    private String group(ApiClient owner, Ownership ownership) {
        return created(maker(owner).post("/api/v1/groups", withAccess(Map.of("name", unique("Clients")), ownership)));
    }

    private String activity(ApiClient owner, Ownership ownership) {
        Map<String, Object> body = withAccess(call(false), ownership);
        body.put("scheduledFor", nameOf(owner));
        return created(maker(owner).post("/api/v1/activities", body));
    }

    private String series(ApiClient owner) {
        return created(maker(owner).post("/api/v1/series", seriesBody()));
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response.id();
    }

    private static Map<String, Object> call(boolean isPrivate) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "CALL");
        body.put("date", "2030-01-10");
        body.put("time", "10:00");
        body.put("durationMinutes", 30);
        body.put("regarding", "Send the price list");
        body.put("alarmMinutesBefore", 15);
        body.put("private", isPrivate);
        return body;
    }

    private static Map<String, Object> seriesBody() {
        Map<String, Object> step = new HashMap<>();
        step.put("type", "CALL");
        step.put("durationMinutes", 15);
        step.put("priority", "MEDIUM");
        step.put("regarding", "Call after the meeting");
        step.put("offset", Map.of("amount", 2, "unit", "DAYS"));
        step.put("weekendRule", "NEXT_MONDAY");
        return Map.of("name", unique("Development"), "description", "", "steps", List.of(step));
    }

    private static Map<String, Object> schedule(String contactId) {
        return Map.of("target", Map.of("contactIds", List.of(contactId)), "startDate", "2030-02-04", "confirm", true);
    }

    private static Map<String, Object> rule() {
        return Map.of("criteria", List.of(criterion()), "match", "all");
    }

    private static Map<String, Object> criterion() {
        return Map.of("field", "city", "op", "equals", "value", "Тверь");
    }

    private static Map<String, Object> newUser() {
        return Map.of("userName", unique("user").replace(" ", "").toLowerCase(), "password", "a-long-enough-secret",
                "fullName", "New User", "role", "STANDARD");
    }

    private static String unique(String name) {
        return name + " " + NAMES.incrementAndGet();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:matrix@example.com\r\n"
            + "DTSTAMP:20300101T000000Z\r\nDTSTART:20300110T100000Z\r\nDTEND:20300110T110000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";

}
