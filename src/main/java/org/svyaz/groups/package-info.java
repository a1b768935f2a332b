/** Groups of contacts: a tree of groups and subgroups, members by hand and by rule, group lookups. */
package org.svyaz.groups;
