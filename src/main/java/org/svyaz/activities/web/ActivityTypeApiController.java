package org.svyaz.activities.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.ActivityTypeManagement;
import org.svyaz.shell.ListJson;

/** Activity types over the REST API: everyone lists them, administrators add, change and remove them. */
@RestController
class ActivityTypeApiController {

    private final ActivityTypeManagement types;

    ActivityTypeApiController(ActivityTypeManagement types) {
        this.types = types;
    }

    /** A type as sent: {@code code} optional (made from the name), durations and lead times in minutes. */
    record TypeRequest(String code, String name, String color, Integer defaultDuration, Integer defaultAlarm, Long version) {
    }

    @GetMapping("/api/v1/activity-types")
    ListJson<ActivityType> all(@RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return ListJson.page(types.all(), type -> type.id().toString(), after, limit);
    }

    @PostMapping("/api/v1/admin/activity-types")
    ResponseEntity<ActivityType> define(@RequestBody TypeRequest request) {
        ActivityType type = types.define(request.code(), request.name(), request.color(), request.defaultDuration(),
                request.defaultAlarm());
        return ResponseEntity.created(URI.create("/api/v1/admin/activity-types/" + type.id())).body(type);
    }

    @PatchMapping("/api/v1/admin/activity-types/{id}")
    ActivityType update(@PathVariable UUID id, @RequestBody TypeRequest request) {
        ActivityType type = types.get(id);
        return types.update(id, request.name(), request.color() == null ? type.color() : request.color(),
                request.defaultDuration(), request.defaultAlarm() == null ? type.defaultAlarm() : request.defaultAlarm(),
                request.version() == null ? type.version() : request.version());
    }

    @DeleteMapping("/api/v1/admin/activity-types/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        types.delete(id);
        return ResponseEntity.noContent().build();
    }
}
