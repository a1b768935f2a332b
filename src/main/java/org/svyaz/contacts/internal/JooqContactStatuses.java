package org.svyaz.contacts.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_STATUS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.svyaz.contacts.ContactStatus;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.ContactStatusRecord;
import org.svyaz.shell.RecordNotFound;

/** The status list in {@code contact_status}. */
@Repository
public class JooqContactStatuses {

    private static final String ENTITY = "contactStatus";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqContactStatuses(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    public List<ContactStatus> all() {
        return dsl.selectFrom(CONTACT_STATUS).orderBy(CONTACT_STATUS.POSITION, CONTACT_STATUS.CODE).fetch(JooqContactStatuses::toStatus);
    }

    public Optional<ContactStatus> byCode(String code) {
        return dsl.selectFrom(CONTACT_STATUS).where(CONTACT_STATUS.CODE.eq(code)).fetchOptional(JooqContactStatuses::toStatus);
    }

    public Optional<ContactStatus> byId(UUID statusId) {
        return dsl.selectFrom(CONTACT_STATUS).where(CONTACT_STATUS.ID.eq(statusId)).fetchOptional(JooqContactStatuses::toStatus);
    }

    /** The status a new contact gets when none is given: the first of the list. */
    public String firstCode() {
        return all().get(0).code();
    }

    public ContactStatus insert(String code, String nameEn, String nameRu) {
        Integer last = dsl.select(DSL.max(CONTACT_STATUS.POSITION)).from(CONTACT_STATUS).fetchOne(0, Integer.class);
        ContactStatusRecord status = dsl.newRecord(CONTACT_STATUS);
        status.setCode(code);
        status.setNameEn(nameEn);
        status.setNameRu(nameRu);
        status.setPosition(last == null ? 1 : last + 1);
        return toStatus(writes.insert(ENTITY, status, null));
    }

    public ContactStatus update(UUID statusId, String nameEn, String nameRu, int position, long expectedVersion) {
        ContactStatusRecord status = fetch(statusId);
        status.setNameEn(nameEn);
        status.setNameRu(nameRu);
        status.setPosition(position);
        writes.update(ENTITY, status, expectedVersion, null);
        return toStatus(status);
    }

    /** Gives a status a new code, through the journal. */
    public ContactStatus recode(UUID statusId, String code) {
        ContactStatusRecord status = fetch(statusId);
        long version = status.getVersion();
        status.setCode(code);
        writes.update(ENTITY, status, version, null);
        return toStatus(status);
    }

    public boolean inUse(UUID statusId) {
        return dsl.fetchExists(CONTACT, CONTACT.STATUS.eq(statusId));
    }

    public void delete(UUID statusId) {
        writes.delete(ENTITY, fetch(statusId), null);
    }

    private ContactStatusRecord fetch(UUID statusId) {
        return dsl.selectFrom(CONTACT_STATUS).where(CONTACT_STATUS.ID.eq(statusId)).fetchOptional()
                .orElseThrow(() -> new RecordNotFound("error.statusNotFound"));
    }

    private static ContactStatus toStatus(ContactStatusRecord status) {
        return new ContactStatus(status.getId(), status.getCode(), status.getNameEn(), status.getNameRu(), status.getPosition(),
                status.getVersion());
    }
}
