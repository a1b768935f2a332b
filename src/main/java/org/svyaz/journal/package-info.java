/** The change journal: every write of a record users see, field by field, with a hybrid logical clock. */
package org.svyaz.journal;
