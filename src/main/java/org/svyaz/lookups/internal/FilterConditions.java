package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_TAG;
import static org.svyaz.schema.Tables.CONTACT_GROUP;
import static org.svyaz.schema.Tables.GROUP_MEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.access.Visibility;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.shell.FieldErrors;

/**
 * Turns a lookup into the SQL condition on the contact table that selects its contacts, always
 * within what the user may see. Building the condition is also how a lookup is checked: every
 * problem of every criterion is reported at once, under {@code criteria[i]}.
 */
@Component
public class FilterConditions {

    private final CriterionConditions criteria;
    private final KeywordSearch keywords;

    FilterConditions(CriterionConditions criteria, KeywordSearch keywords) {
        this.criteria = criteria;
        this.keywords = keywords;
    }

    /** Contacts the viewer may see: all but the private ones of other record managers. */
    public static Condition visibleTo(UUID viewer) {
        return Visibility.visibleTo(viewer, CONTACT.ACCESS, CONTACT.RECORD_MANAGER_ID, CONTACT.ID);
    }

    /** A group_member row that makes its contact a member: added by hand or by the rule, and not excluded. */
    public static Condition isMember() {
        return GROUP_MEMBER.BY_HAND.isTrue().or(GROUP_MEMBER.BY_RULE.isTrue()).and(GROUP_MEMBER.EXCLUDED.isFalse());
    }

    /**
     * The contacts a membership rule selects, private ones included: membership is a fact about
     * a contact, and who may see it is decided when members are listed.
     *
     * @throws org.svyaz.shell.InvalidInput when a criterion names an unknown field, operator or value
     */
    public Condition ofRule(ContactFilter.Criteria rule) {
        FieldErrors errors = new FieldErrors();
        Condition condition = criteria(rule, errors);
        errors.throwIfAny();
        return condition;
    }

    /** @throws org.svyaz.shell.InvalidInput when a criterion names an unknown field, operator or value */
    public Condition of(ContactFilter filter, UUID viewer) {
        FieldErrors errors = new FieldErrors();
        Condition condition = build(filter, viewer, errors);
        errors.throwIfAny();
        return visibleTo(viewer).and(condition);
    }

    private Condition build(ContactFilter filter, UUID viewer, FieldErrors errors) {
        if (filter instanceof ContactFilter.Criteria list) {
            return criteria(list, errors);
        }
        if (filter instanceof ContactFilter.Keyword keyword) {
            return keywords.matching(keyword.text(), viewer, errors);
        }
        if (filter instanceof ContactFilter.MyRecord) {
            return CONTACT.MY_RECORD_OF.eq(viewer);
        }
        if (filter instanceof ContactFilter.Tagged) {
            return DSL.exists(DSL.selectOne().from(CONTACT_TAG)
                    .where(CONTACT_TAG.USER_ID.eq(viewer)).and(CONTACT_TAG.CONTACT_ID.eq(CONTACT.ID)));
        }
        if (filter instanceof ContactFilter.InGroup group) {
            return DSL.exists(DSL.selectOne().from(GROUP_MEMBER)
                    .where(GROUP_MEMBER.GROUP_ID.eq(group.groupId())).and(GROUP_MEMBER.CONTACT_ID.eq(CONTACT.ID))
                    .and(isMember()))
                    // a group the viewer may not see has, for them, no members
                    .and(DSL.exists(DSL.selectOne().from(CONTACT_GROUP).where(CONTACT_GROUP.ID.eq(group.groupId()))
                            .and(Visibility.visibleTo(viewer, CONTACT_GROUP.ACCESS, CONTACT_GROUP.RECORD_MANAGER_ID, CONTACT_GROUP.ID))));
        }
        if (filter instanceof ContactFilter.Fixed fixed) {
            return JooqSnapshots.holds(fixed.snapshotId());
        }
        if (filter instanceof ContactFilter.Both both) {
            return build(both.first(), viewer, errors).and(build(both.second(), viewer, errors));
        }
        if (filter instanceof ContactFilter.Either either) {
            return build(either.first(), viewer, errors).or(build(either.second(), viewer, errors));
        }
        if (filter instanceof ContactFilter.Without without) {
            return build(without.base(), viewer, errors).andNot(build(without.removed(), viewer, errors));
        }
        // everyone: a true condition, not "no condition", so that "either everyone or ..." is everyone
        return DSL.trueCondition();
    }

    private Condition criteria(ContactFilter.Criteria list, FieldErrors errors) {
        if (list.criteria() == null || list.criteria().isEmpty()) {
            errors.add("criteria", "error.lookup.noCriteria");
            return DSL.noCondition();
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < list.criteria().size(); i++) {
            Criterion criterion = list.criteria().get(i);
            conditions.add(criteria.of(criterion, "criteria[" + i + "]", errors));
        }
        return list.match() == Match.ANY ? DSL.or(conditions) : DSL.and(conditions);
    }
}
