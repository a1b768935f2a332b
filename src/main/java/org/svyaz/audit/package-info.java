/** The audit log: changes from the journal and security events in one timeline, for administrators. */
package org.svyaz.audit;
