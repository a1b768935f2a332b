package org.svyaz.series.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesRun;
import org.svyaz.series.SeriesSchedule;
import org.svyaz.series.SeriesScheduling;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.ListJson;

/** Activity series over the REST API (API.md, "Activity series"), with their runs' history and undo. */
@RestController
@RequestMapping("/api/v1/series")
class SeriesApiController {

    private final SeriesManagement series;
    private final SeriesScheduling scheduling;
    private final SeriesViews views;

    SeriesApiController(SeriesManagement series, SeriesScheduling scheduling, SeriesViews views) {
        this.series = series;
        this.scheduling = scheduling;
        this.views = views;
    }

    @GetMapping
    ListJson<SeriesJson> all(@RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return ListJson.page(series.all().stream().map(SeriesJson::of).toList(), json -> json.id().toString(), after, limit);
    }

    @PostMapping
    ResponseEntity<SeriesJson> create(@RequestBody SeriesJson body) {
        return created(series.create(requireBody(body).fields()));
    }

    @GetMapping("/{id}")
    SeriesJson get(@PathVariable UUID id) {
        return SeriesJson.of(series.get(id));
    }

    /** Replaces the series' name, description and steps; a {@code version} in the body must be the stored one (else 409). */
    @PutMapping("/{id}")
    SeriesJson update(@PathVariable UUID id, @RequestBody SeriesJson body) {
        return SeriesJson.of(series.update(id, requireBody(body).fields(), body.version()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) Long version) {
        series.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/duplicate")
    ResponseEntity<SeriesJson> duplicate(@PathVariable UUID id) {
        return created(series.duplicate(id));
    }

    /**
     * Counts what scheduling would create ({@code confirm: false}), or creates it all in one
     * transaction; both answer 200, as API.md writes it.
     */
    @PostMapping("/{id}/schedule")
    ResponseEntity<ScheduleJson> schedule(@PathVariable UUID id, @RequestBody ScheduleRequest body) {
        if (body == null) {
            throw InvalidInput.of("target", "error.required");
        }
        if (!body.confirmed()) {
            SeriesSchedule preview = scheduling.preview(id, body.seriesTarget(), body.startDate(), body.scheduledFor());
            return ResponseEntity.ok(views.toJson(preview, false));
        }
        SeriesSchedule done = scheduling.schedule(id, body.seriesTarget(), body.startDate(), body.scheduledFor());
        return ResponseEntity.ok(views.toJson(done, true));
    }

    /** The series' runs, the latest first. */
    @GetMapping("/{id}/runs")
    ListJson<SeriesRunJson> runs(@PathVariable UUID id, @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return ListJson.page(toJson(scheduling.history(id)), json -> json.id().toString(), after, limit);
    }

    @GetMapping("/runs/{runId}")
    SeriesRunJson run(@PathVariable UUID runId) {
        return toJson(List.of(scheduling.run(runId))).get(0);
    }

    /** Undoes a run: erases its activities not yet cleared. */
    @PostMapping("/runs/{runId}/undo")
    SeriesRunJson undo(@PathVariable UUID runId) {
        return toJson(List.of(scheduling.undo(runId))).get(0);
    }

    private List<SeriesRunJson> toJson(List<SeriesRun> runs) {
        Map<UUID, String> names = views.userNames(runs);
        return runs.stream().map(run -> SeriesRunJson.of(run, names)).toList();
    }

    private static SeriesJson requireBody(SeriesJson body) {
        if (body == null) {
            throw InvalidInput.of("name", "error.required");
        }
        return body;
    }

    private static ResponseEntity<SeriesJson> created(Series created) {
        return ResponseEntity.created(URI.create("/api/v1/series/" + created.id())).body(SeriesJson.of(created));
    }
}
