package org.svyaz.lookups;

import java.util.List;
import org.svyaz.contacts.Contact;

/**
 * One page of a contact list.
 *
 * @param next the cursor of the following page, or null on the last page
 * @param previous the cursor of the page before, or null on the first page
 */
public record ContactPage(List<Contact> items, long total, String next, String previous) {
}
