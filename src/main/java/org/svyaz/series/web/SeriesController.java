package org.svyaz.series.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesRun;
import org.svyaz.series.SeriesScheduling;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.UserManagement;

/**
 * The list of activity series (the wizard's introduction: create a new series or edit one) with
 * Duplicate and Delete, and a series' history of runs, each of which can be undone.
 */
@Controller
class SeriesController {

    private final SeriesManagement series;
    private final SeriesScheduling scheduling;
    private final SeriesViews views;
    private final ActivityTypeManagement types;
    private final UserManagement users;

    SeriesController(SeriesManagement series, SeriesScheduling scheduling, SeriesViews views, ActivityTypeManagement types,
            UserManagement users) {
        this.series = series;
        this.scheduling = scheduling;
        this.views = views;
        this.types = types;
        this.users = users;
    }

    @GetMapping("/series")
    String list(Model model) {
        model.addAttribute("allSeries", series.all());
        model.addAttribute("types", types.all());
        model.addAttribute("me", users.current());
        return "series/list";
    }

    @PostMapping("/series/{id}/duplicate")
    String duplicate(@PathVariable UUID id, RedirectAttributes redirect) {
        Series copy = series.duplicate(id);
        redirect.addFlashAttribute("saved", "series.duplicated");
        redirect.addFlashAttribute("savedName", copy.name());
        return "redirect:/series";
    }

    @PostMapping("/series/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Series deleted = series.get(id);
        series.delete(id, version);
        redirect.addFlashAttribute("saved", "series.deleted");
        redirect.addFlashAttribute("savedName", deleted.name());
        return "redirect:/series";
    }

    /** The series' runs, the latest first; the series may have been deleted since, its runs stay. */
    @GetMapping("/series/{id}/history")
    String history(@PathVariable UUID id, @RequestParam(required = false) UUID run, Model model) {
        List<SeriesRun> runs = scheduling.history(id);
        model.addAttribute("seriesId", id);
        model.addAttribute("seriesName", runs.isEmpty() ? series.get(id).name() : runs.get(0).seriesName());
        model.addAttribute("runs", runs);
        model.addAttribute("highlighted", run);
        model.addAttribute("userNames", views.userNames(runs));
        return "series/history";
    }

    @PostMapping("/series/runs/{runId}/undo")
    String undo(@PathVariable UUID runId, RedirectAttributes redirect) {
        SeriesRun run = scheduling.run(runId);
        try {
            scheduling.undo(runId);
            redirect.addFlashAttribute("saved", "series.history.undone");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("failed", invalid.fieldErrors().values().iterator().next().messageKey());
        }
        return "redirect:/series/" + run.seriesId() + "/history";
    }
}
