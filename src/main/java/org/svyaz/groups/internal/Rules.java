package org.svyaz.groups.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.springframework.stereotype.Component;
import org.svyaz.groups.Group;
import org.svyaz.groups.RuleApplied;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.ContactList;

/**
 * Membership rules (SPEC G5): a rule is a lookup's criteria, checked when it is saved; its
 * matching contacts are the group's rule members, re-applied to the whole group on demand and
 * to one contact whenever that contact changes. The rules are kept in memory between changes of
 * any group, so that a contact change costs nothing when no group has a rule.
 */
@Component
public class Rules {

    private final JooqGroups groups;
    private final JooqGroupMembers members;
    private final ContactList contacts;
    private volatile Map<UUID, ContactFilter.Criteria> byGroup;

    Rules(JooqGroups groups, JooqGroupMembers members, ContactList contacts) {
        this.groups = groups;
        this.members = members;
        this.contacts = contacts;
    }

    /** @throws org.svyaz.shell.InvalidInput when the rule names an unknown field, operator or value */
    public void check(ContactFilter.Criteria rule) {
        contacts.ruleCondition(rule);
    }

    /** Gives the group a rule (or none, with null) and applies it at once. */
    public RuleApplied set(UUID groupId, ContactFilter.Criteria given, long expectedVersion) {
        ContactFilter.Criteria rule = given == null ? null : (ContactFilter.Criteria) contacts.canonical(given);
        if (rule != null) {
            check(rule);
        }
        groups.setRule(groupId, rule, expectedVersion);
        forget();
        if (rule == null) {
            members.clearRule(groupId);
            return new RuleApplied(0, 0);
        }
        return apply(groupId, rule);
    }

    public RuleApplied apply(UUID groupId, ContactFilter.Criteria rule) {
        int[] changes = members.applyRule(groupId, contacts.ruleCondition(rule));
        return new RuleApplied(changes[0], changes[1]);
    }

    /** Puts one changed contact in or out of every group whose rule it now meets or no longer meets. */
    public void applyTo(UUID contactId) {
        rules().forEach((groupId, rule) -> {
            Condition condition = contacts.ruleCondition(rule);
            members.setRuleMember(groupId, contactId, members.matches(contactId, condition));
        });
    }

    public void forget() {
        byGroup = null;
    }

    private Map<UUID, ContactFilter.Criteria> rules() {
        Map<UUID, ContactFilter.Criteria> known = byGroup;
        if (known == null) {
            known = groups.withRules().stream().collect(Collectors.toMap(Group::id, Group::rule));
            byGroup = known;
        }
        return known;
    }
}
