package org.svyaz.groups;

/** What re-applying a group's membership rule changed. */
public record RuleApplied(int joined, int left) {
}
