package org.svyaz.series.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.activities.Priority;
import org.svyaz.series.OffsetUnit;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesStep;
import org.svyaz.series.StepOffset;
import org.svyaz.series.WeekendRule;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.VersionConflict;

/**
 * The Activity Series Wizard (SPEC S1, the manual's «Создание и редактирование серий событий»):
 * the first activity's page, the table of steps with Add, Edit, Remove and Move up/down, and the
 * finish page with the name and description, which saves the series. Every page after the first
 * names its draft by the {@code draft} parameter, so wizards in several tabs keep apart.
 */
@Controller
class SeriesWizardController {

    static final List<Integer> DURATIONS = List.of(0, 5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 480, 1440);
    static final List<Integer> LEAD_TIMES = List.of(0, 5, 10, 15, 30, 60, 120, 1440);

    private final SeriesManagement series;
    private final ActivityTypeManagement types;

    SeriesWizardController(SeriesManagement series, ActivityTypeManagement types) {
        this.series = series;
        this.types = types;
    }

    @GetMapping("/series/new")
    String startNew(HttpSession session) {
        series.requireMayCreate();
        return "redirect:/series/wizard/step?draft=" + SeriesDraft.startNew(session).key();
    }

    @GetMapping("/series/{id}/edit")
    String startEditing(@PathVariable UUID id, HttpSession session) {
        Series editing = series.get(id);
        series.requireMayChange(editing);
        return stepsPage(SeriesDraft.startEditing(session, editing));
    }

    /** The page of one activity: the first one, one to add (no index) or one to edit. */
    @GetMapping("/series/wizard/step")
    String step(@RequestParam(required = false) String draft, @RequestParam(required = false) Integer index, HttpSession session,
            Model model) {
        SeriesDraft drafted = SeriesDraft.of(session, draft);
        SeriesStep step = drafted.step(index);
        return stepPage(drafted, step == null ? null : index, step == null ? newStep() : step, Map.of(), model);
    }

    @PostMapping("/series/wizard/step")
    String saveStep(@RequestParam(required = false) String draft, @RequestParam(required = false) Integer index,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer durationMinutes, @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String regarding, @RequestParam(required = false) Integer offsetAmount,
            @RequestParam(required = false) OffsetUnit offsetUnit, @RequestParam(defaultValue = "false") boolean ringAlarm,
            @RequestParam(required = false) Integer alarmMinutesBefore, @RequestParam(defaultValue = "false") boolean moveToMonday,
            HttpSession session, Model model) {
        SeriesDraft drafted = SeriesDraft.of(session, draft);
        SeriesStep step = new SeriesStep(type, durationMinutes, priority, regarding, new StepOffset(offsetAmount, offsetUnit),
                ringAlarm ? (alarmMinutesBefore == null ? 0 : alarmMinutesBefore) : null,
                moveToMonday ? WeekendRule.NEXT_MONDAY : WeekendRule.NONE);
        try {
            drafted.put(index, series.checkStep(step));
        } catch (InvalidInput invalid) {
            return stepPage(drafted, drafted.step(index) == null ? null : index, step, invalid.fieldErrors(), model);
        }
        return stepsPage(drafted);
    }

    /** The table of the series' activities. */
    @GetMapping("/series/wizard")
    String steps(@RequestParam(required = false) String draft, HttpSession session, Model model) {
        SeriesDraft drafted = SeriesDraft.of(session, draft);
        model.addAttribute("draft", drafted);
        model.addAttribute("steps", drafted.steps());
        model.addAttribute("typesByCode", types.all().stream().collect(Collectors.toMap(ActivityType::code, type -> type)));
        return "series/steps";
    }

    @PostMapping("/series/wizard/steps/{index}/remove")
    String remove(@PathVariable int index, @RequestParam(required = false) String draft, HttpSession session) {
        SeriesDraft drafted = SeriesDraft.of(session, draft);
        drafted.remove(index);
        return stepsPage(drafted);
    }

    @PostMapping("/series/wizard/steps/{index}/up")
    String moveUp(@PathVariable int index, @RequestParam(required = false) String draft, HttpSession session) {
        SeriesDraft drafted = SeriesDraft.of(session, draft);
        drafted.move(index, -1);
        return stepsPage(drafted);
    }

    @PostMapping("/series/wizard/steps/{index}/down")
    String moveDown(@PathVariable int index, @RequestParam(required = false) String draft, HttpSession session) {
        SeriesDraft drafted = SeriesDraft.of(session, draft);
        drafted.move(index, 1);
        return stepsPage(drafted);
    }

    @GetMapping("/series/wizard/finish")
    String finish(@RequestParam(required = false) String draft, HttpSession session, Model model) {
        return finishPage(SeriesDraft.of(session, draft), Map.of(), model);
    }

    /** Saves the series: a new one, or the one being edited (unless someone changed it meanwhile). */
    @PostMapping("/series/wizard/finish")
    String save(@RequestParam(required = false) String draft, @RequestParam(required = false) String name,
            @RequestParam(required = false) String description, HttpSession session, Model model, RedirectAttributes redirect) {
        SeriesDraft drafted = SeriesDraft.of(session, draft);
        drafted.describe(name, description);
        try {
            Series saved = drafted.isNew() ? series.create(drafted.fields())
                    : series.update(drafted.seriesId(), drafted.fields(), drafted.version());
            SeriesDraft.forget(session, draft);
            redirect.addFlashAttribute("saved", "series.saved");
            redirect.addFlashAttribute("savedName", saved.name());
            return "redirect:/series";
        } catch (InvalidInput invalid) {
            return finishPage(drafted, invalid.fieldErrors(), model);
        } catch (VersionConflict conflict) {
            return finishPage(drafted, Map.of("name", new InvalidInput.FieldError("series.wizard.conflict")), model);
        }
    }

    /** A wizard page whose draft is gone: back to the list, saying so, rather than a silently empty new series. */
    @ExceptionHandler(SeriesDraft.Expired.class)
    String draftExpired(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("failed", "series.wizard.expired");
        return "redirect:/series";
    }

    private static String stepsPage(SeriesDraft draft) {
        return "redirect:/series/wizard?draft=" + draft.key();
    }

    private String stepPage(SeriesDraft draft, Integer index, SeriesStep step, Map<String, InvalidInput.FieldError> errors,
            Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("index", index);
        model.addAttribute("first", draft.steps().isEmpty());
        model.addAttribute("step", step);
        model.addAttribute("errors", errors);
        model.addAttribute("types", types.all());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("units", OffsetUnit.values());
        model.addAttribute("durations", DURATIONS);
        model.addAttribute("leadTimes", LEAD_TIMES);
        return "series/step";
    }

    private String finishPage(SeriesDraft draft, Map<String, InvalidInput.FieldError> errors, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        return "series/finish";
    }

    private static SeriesStep newStep() {
        return new SeriesStep(ActivityType.TO_DO, 30, Priority.MEDIUM, "", new StepOffset(0, OffsetUnit.DAYS), null, WeekendRule.NONE);
    }
}
