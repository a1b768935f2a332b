package org.svyaz.contacts.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_STATUS;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;
import org.svyaz.access.Access;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Visibility;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactNotFound;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.ContactRecord;
import org.svyaz.shell.SearchKeys;

/** Contacts in the {@code contact} table; every write goes through the journal. */
@Repository
public class JooqContacts {

    public static final String ENTITY = "contact";
    private static final int PAGE = 1000;

    /** The text columns by the API name of their field. */
    static final Map<String, TableField<ContactRecord, String>> TEXT_COLUMNS = Map.ofEntries(
            Map.entry("company", CONTACT.COMPANY),
            Map.entry("firstName", CONTACT.FIRST_NAME),
            Map.entry("lastName", CONTACT.LAST_NAME),
            Map.entry("salutation", CONTACT.SALUTATION),
            Map.entry("title", CONTACT.TITLE),
            Map.entry("department", CONTACT.DEPARTMENT),
            Map.entry("phone", CONTACT.PHONE),
            Map.entry("phoneExt", CONTACT.PHONE_EXT),
            Map.entry("mobile", CONTACT.MOBILE),
            Map.entry("fax", CONTACT.FAX),
            Map.entry("homePhone", CONTACT.HOME_PHONE),
            Map.entry("email", CONTACT.EMAIL),
            Map.entry("website", CONTACT.WEBSITE),
            Map.entry("address1", CONTACT.ADDRESS1),
            Map.entry("address2", CONTACT.ADDRESS2),
            Map.entry("city", CONTACT.CITY),
            Map.entry("region", CONTACT.REGION),
            Map.entry("postalCode", CONTACT.POSTAL_CODE),
            Map.entry("country", CONTACT.COUNTRY),
            Map.entry("referredBy", CONTACT.REFERRED_BY));

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqContacts(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    /** Who may see a contact, as {@link Visibility} decides for every record. */
    public static Condition visibleTo(UUID viewer) {
        return Visibility.visibleTo(viewer, CONTACT.ACCESS, CONTACT.RECORD_MANAGER_ID, CONTACT.ID);
    }

    public UUID insert(ValidContact contact, UUID creator, UUID myRecordOf) {
        ContactRecord record = newRecord(contact, creator, myRecordOf);
        return writes.insert(ENTITY, record, null).getId();
    }

    /** Inserts many contacts in batches; returns their new ids in the order given. */
    public List<UUID> insertAll(List<ValidContact> contacts, UUID creator) {
        List<ContactRecord> records = contacts.stream().map(contact -> newRecord(contact, creator, null)).toList();
        writes.insertAll(ENTITY, records, record -> null);
        return records.stream().map(ContactRecord::getId).toList();
    }

    private ContactRecord newRecord(ValidContact contact, UUID creator, UUID myRecordOf) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ContactRecord record = dsl.newRecord(CONTACT);
        apply(contact, record);
        record.setMyRecordOf(myRecordOf);
        record.setCreatedAt(now);
        record.setCreatedBy(creator);
        record.setUpdatedAt(now);
        record.setUpdatedBy(creator);
        return record;
    }

    /** @return whether any field changed */
    public boolean update(UUID contactId, ValidContact contact, UUID editor, long expectedVersion) {
        ContactRecord record = fetch(contactId);
        apply(contact, record);
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setUpdatedBy(editor);
        return writes.update(ENTITY, record, expectedVersion, null);
    }

    /**
     * The My Records never edited since they were made (version 1) that still carry a sales
     * status: the default status every My Record was given before it started without one.
     */
    public List<ContactRecord> untouchedMyRecordsWithAStatus() {
        return dsl.selectFrom(CONTACT).where(CONTACT.MY_RECORD_OF.isNotNull()).and(CONTACT.VERSION.eq(1L))
                .and(CONTACT.STATUS.isNotNull()).fetch();
    }

    /** Takes the sales status off a contact, as its record manager's change, through the journal. */
    public void clearStatus(ContactRecord record) {
        long version = record.getVersion();
        record.setStatus(null);
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setUpdatedBy(record.getRecordManagerId());
        writes.update(ENTITY, record, version, null);
    }

    /**
     * Moves every contact of one status to another, each a journaled change of the contact (a
     * merge of two statuses), a page at a time so that any number of contacts fits in memory.
     *
     * @return how many contacts moved
     */
    public int replaceStatus(UUID fromStatusId, UUID toStatusId) {
        int moved = 0;
        List<ContactRecord> page;
        do {
            page = dsl.selectFrom(CONTACT).where(CONTACT.STATUS.eq(fromStatusId)).orderBy(CONTACT.ID).limit(PAGE).fetch();
            for (ContactRecord record : page) {
                long version = record.getVersion();
                record.setStatus(toStatusId);
                writes.update(ENTITY, record, version, null);
            }
            moved += page.size();
        } while (page.size() == PAGE);
        return moved;
    }

    /** Moves a contact whose custom fields changed to its next version. */
    public void touch(UUID contactId, UUID editor, long expectedVersion) {
        ContactRecord record = fetch(contactId);
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setUpdatedBy(editor);
        writes.touch(ENTITY, record, expectedVersion);
    }

    public void delete(UUID contactId) {
        writes.delete(ENTITY, fetch(contactId), null);
    }

    public List<Contact> visible(Collection<UUID> contactIds, UUID viewer) {
        List<ContactRecord> records = dsl.selectFrom(CONTACT).where(CONTACT.ID.in(contactIds)).and(visibleTo(viewer)).fetch();
        Map<UUID, String> statusCodes = records.isEmpty() ? Map.of() : statusCodes();
        return records.stream().map(record -> toContact(record, statusCodes)).toList();
    }

    /** The status list's codes by id: a handful of rows, which the API names a contact's status by. */
    private Map<UUID, String> statusCodes() {
        return dsl.select(CONTACT_STATUS.ID, CONTACT_STATUS.CODE).from(CONTACT_STATUS).fetchMap(CONTACT_STATUS.ID, CONTACT_STATUS.CODE);
    }

    public Map<UUID, String> visibleNames(Collection<UUID> contactIds, UUID viewer) {
        return dsl.select(CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.COMPANY).from(CONTACT)
                .where(CONTACT.ID.in(contactIds)).and(visibleTo(viewer))
                .fetchMap(CONTACT.ID, row -> Contact.displayName(row.value2(), row.value3(), row.value4()));
    }

    public Set<UUID> visibleIds(Collection<UUID> contactIds, UUID viewer) {
        return new HashSet<>(dsl.select(CONTACT.ID).from(CONTACT).where(CONTACT.ID.in(contactIds)).and(visibleTo(viewer)).fetch(CONTACT.ID));
    }

    public boolean isVisible(UUID contactId, UUID viewer) {
        return dsl.fetchExists(CONTACT, CONTACT.ID.eq(contactId).and(visibleTo(viewer)));
    }

    public Optional<UUID> myRecordOf(UUID userId) {
        return dsl.select(CONTACT.ID).from(CONTACT).where(CONTACT.MY_RECORD_OF.eq(userId)).fetchOptional(CONTACT.ID);
    }

    private ContactRecord fetch(UUID contactId) {
        return dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(contactId)).fetchOptional().orElseThrow(ContactNotFound::new);
    }

    private static void apply(ValidContact contact, ContactRecord record) {
        contact.text().forEach((field, value) -> record.set(TEXT_COLUMNS.get(field), value));
        record.setOtherEmails(contact.otherEmails());
        record.setStatus(contact.statusId());
        record.setRecordManagerId(contact.recordManagerId());
        record.setAccess(contact.access().level().name());
        applySearchKeys(record);
    }

    /** The derived search keys of the fields lookups search most (see V8__lookups_init.sql). */
    static void applySearchKeys(ContactRecord record) {
        record.setCompanySearch(SearchKeys.text(record.getCompany()));
        record.setFirstNameSearch(SearchKeys.text(record.getFirstName()));
        record.setLastNameSearch(SearchKeys.text(record.getLastName()));
        record.setCitySearch(SearchKeys.text(record.getCity()));
        record.setEmailSearch(SearchKeys.text(record.getEmail()));
        record.setPhoneSearch(SearchKeys.phone(record.getPhone()));
        record.setMobileSearch(SearchKeys.phone(record.getMobile()));
        record.setFaxSearch(SearchKeys.phone(record.getFax()));
        record.setHomePhoneSearch(SearchKeys.phone(record.getHomePhone()));
        record.setKeywordsSearch(SearchKeys.keywords(
                List.of(record.getCompany(), record.getFirstName(), record.getLastName(), record.getCity(), record.getEmail(),
                        record.getAddress1(), record.getAddress2(), record.getRegion(), record.getPostalCode(), record.getCountry()),
                List.of(record.getPhone(), record.getMobile(), record.getFax(), record.getHomePhone())));
    }

    private static Contact toContact(ContactRecord r, Map<UUID, String> statusCodes) {
        List<String> otherEmails = r.getOtherEmails().isEmpty() ? List.of() : Arrays.asList(r.getOtherEmails().split("\n"));
        return new Contact(r.getId(), r.getCompany(), r.getFirstName(), r.getLastName(), r.getSalutation(), r.getTitle(),
                r.getDepartment(), r.getPhone(), r.getPhoneExt(), r.getMobile(), r.getFax(), r.getHomePhone(), r.getEmail(),
                otherEmails, r.getWebsite(), r.getAddress1(), r.getAddress2(), r.getCity(), r.getRegion(), r.getPostalCode(),
                r.getCountry(), r.getStatus() == null ? null : statusCodes.get(r.getStatus()), r.getRecordManagerId(), r.getReferredBy(), RecordAccess.of(Access.valueOf(r.getAccess())), Map.of(),
                r.getMyRecordOf(), r.getCreatedAt(), r.getCreatedBy(), r.getUpdatedAt(), r.getUpdatedBy(), r.getVersion());
    }
}
