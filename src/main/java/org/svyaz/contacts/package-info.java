/** Contacts, the core element: fields, statuses, the contact window and list. */
package org.svyaz.contacts;
