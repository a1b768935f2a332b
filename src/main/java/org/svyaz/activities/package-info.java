/** Activities (calls, meetings, to-dos), their recurrence and alarms, the task list, and clearing into history. */
package org.svyaz.activities;
