package org.svyaz.shell.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the modules' timed jobs (e-mailed reminders). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
