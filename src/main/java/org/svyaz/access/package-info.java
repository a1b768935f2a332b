/** Who may see a record: public, private or limited to teams and users, decided in one predicate; the teams. */
package org.svyaz.access;
