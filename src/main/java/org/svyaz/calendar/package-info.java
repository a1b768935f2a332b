/** The calendar: daily, weekly and monthly views of activities, the mini-calendar, and iCalendar feeds. */
package org.svyaz.calendar;
