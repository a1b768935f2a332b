package org.svyaz.series.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.svyaz.activities.ActivityRuns;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.activities.Priority;
import org.svyaz.series.OffsetUnit;
import org.svyaz.series.SeriesFields;
import org.svyaz.series.SeriesStep;
import org.svyaz.series.StepOffset;
import org.svyaz.series.WeekendRule;
import org.svyaz.shell.FieldErrors;

/** The rules a series must keep; problems are reported per field ({@code steps[1].offset.amount}), all at once. */
@Component
public class SeriesRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_REGARDING = 2000;
    public static final int MAX_STEPS = 100;
    /** An offset reaches at most ten years past the start date. */
    public static final int MAX_OFFSET_YEARS = 10;
    private static final Map<OffsetUnit, Integer> MAX_OFFSET = Map.of(OffsetUnit.DAYS, 3652, OffsetUnit.WEEKS, 521,
            OffsetUnit.MONTHS, 12 * MAX_OFFSET_YEARS);

    private final JooqSeries series;
    private final ActivityTypeManagement types;

    SeriesRules(JooqSeries series, ActivityTypeManagement types) {
        this.series = series;
        this.types = types;
    }

    /** A series that passed every rule: its name and description stripped, its steps complete. */
    public record ValidSeries(String name, String description, List<SeriesStep> steps) {
    }

    /**
     * Checks the series as it is created, or changed ({@code seriesId} not null).
     *
     * @throws org.svyaz.shell.InvalidInput with every problem found
     */
    public ValidSeries check(SeriesFields fields, UUID seriesId) {
        FieldErrors errors = new FieldErrors();
        String name = fields.name() == null ? "" : fields.name().strip();
        if (name.isEmpty()) {
            errors.add("name", "error.required");
        } else if (series.nameTaken(name, seriesId)) {
            errors.add("name", "error.series.nameTaken", name);
        }
        errors.checkLength("name", name, MAX_NAME);
        String description = fields.description() == null ? "" : fields.description().strip();
        errors.checkLength("description", description, MAX_DESCRIPTION);
        List<SeriesStep> given = fields.steps() == null ? List.of() : fields.steps();
        if (given.isEmpty()) {
            errors.add("steps", "error.series.noSteps");
        } else if (given.size() > MAX_STEPS) {
            errors.add("steps", "error.series.tooManySteps", MAX_STEPS);
        }
        Map<String, ActivityType> byCode = typesByCode();
        List<SeriesStep> steps = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            steps.add(checkStep(given.get(i), "steps[" + i + "].", byCode, errors));
        }
        errors.throwIfAny();
        return new ValidSeries(name, description, steps);
    }

    /**
     * Checks one step on its own, as the wizard's step page takes it; field names without a prefix.
     *
     * @throws org.svyaz.shell.InvalidInput with every problem found
     */
    public SeriesStep checkStep(SeriesStep step) {
        FieldErrors errors = new FieldErrors();
        SeriesStep checked = checkStep(step, "", typesByCode(), errors);
        errors.throwIfAny();
        return checked;
    }

    private Map<String, ActivityType> typesByCode() {
        return types.all().stream().collect(Collectors.toMap(ActivityType::code, type -> type));
    }

    private static SeriesStep checkStep(SeriesStep step, String prefix, Map<String, ActivityType> types, FieldErrors errors) {
        if (step == null) {
            errors.add(prefix + "type", "error.required");
            return null;
        }
        String code = step.type() == null ? "" : step.type().strip();
        ActivityType type = types.get(code);
        if (type == null) {
            errors.add(prefix + "type", code.isEmpty() ? "error.required" : "error.activity.type");
        }
        int duration = step.durationMinutes() != null ? step.durationMinutes() : type == null ? 0 : type.defaultDuration();
        if (duration < 0 || duration > ActivityRuns.MAX_DURATION_MINUTES) {
            errors.add(prefix + "durationMinutes", "error.activity.duration", ActivityRuns.MAX_DURATION_MINUTES / (24 * 60));
        }
        String regarding = step.regarding() == null ? "" : step.regarding().strip();
        if (regarding.isEmpty()) {
            errors.add(prefix + "regarding", "error.required");
        }
        errors.checkLength(prefix + "regarding", regarding, MAX_REGARDING);
        checkOffset(step.offset(), prefix + "offset.", errors);
        Integer alarm = step.alarmMinutesBefore();
        if (alarm != null && (alarm < 0 || alarm > ActivityRuns.MAX_ALARM_MINUTES)) {
            errors.add(prefix + "alarmMinutesBefore", "error.activity.alarm", ActivityRuns.MAX_ALARM_MINUTES / (24 * 60));
        }
        return new SeriesStep(code, duration, step.priority() == null ? Priority.MEDIUM : step.priority(), regarding,
                step.offset(), alarm, step.weekendRule() == null ? WeekendRule.NONE : step.weekendRule());
    }

    private static void checkOffset(StepOffset offset, String prefix, FieldErrors errors) {
        if (offset == null || offset.amount() == null) {
            errors.add(prefix + "amount", "error.required");
        } else if (offset.amount() < 0) {
            errors.add(prefix + "amount", "error.series.offsetNegative");
        } else if (offset.unit() != null && offset.amount() > MAX_OFFSET.get(offset.unit())) {
            errors.add(prefix + "amount", "error.series.offsetTooFar", MAX_OFFSET_YEARS);
        }
        if (offset == null || offset.unit() == null) {
            errors.add(prefix + "unit", "error.required");
        }
    }
}
