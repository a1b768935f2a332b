package org.svyaz.series;

import java.time.LocalDate;

/** How far after a run's start date a step falls; {@code amount} of {@code unit} (both null when not given). */
public record StepOffset(Integer amount, OffsetUnit unit) {

    /** The start date moved by this offset; a month past its end clamps to the month's last day. */
    public LocalDate from(LocalDate start) {
        return switch (unit) {
            case DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
        };
    }
}
