package org.svyaz.series.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesFields;
import org.svyaz.series.SeriesStep;

/**
 * The series the wizard is building, kept in the user's session between its pages: a new one
 * ({@code seriesId} null) or a copy of an existing one at {@code version}, changed only when the
 * finish page saves it. Its readers are public for the templates.
 */
final class SeriesDraft {

    private static final String ATTRIBUTE = SeriesDraft.class.getName();

    private final UUID seriesId;
    private final Long version;
    private final List<SeriesStep> steps;
    private String name;
    private String description;

    private SeriesDraft(UUID seriesId, Long version, String name, String description, List<SeriesStep> steps) {
        this.seriesId = seriesId;
        this.version = version;
        this.name = name;
        this.description = description;
        this.steps = new ArrayList<>(steps);
    }

    static SeriesDraft startNew(HttpSession session) {
        return store(session, new SeriesDraft(null, null, "", "", List.of()));
    }

    static SeriesDraft startEditing(HttpSession session, Series series) {
        return store(session, new SeriesDraft(series.id(), series.version(), series.name(), series.description(), series.steps()));
    }

    /** The draft in the session; a new, empty one when there is none (an expired session). */
    static SeriesDraft of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof SeriesDraft draft ? draft : startNew(session);
    }

    static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }

    private static SeriesDraft store(HttpSession session, SeriesDraft draft) {
        session.setAttribute(ATTRIBUTE, draft);
        return draft;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public Long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<SeriesStep> steps() {
        return List.copyOf(steps);
    }

    public boolean isNew() {
        return seriesId == null;
    }

    /** The step at {@code index}, or null when the index names none (a step to add). */
    SeriesStep step(Integer index) {
        return index != null && index >= 0 && index < steps.size() ? steps.get(index) : null;
    }

    /** Puts the step at {@code index}, or adds it at the end when the index names none. */
    void put(Integer index, SeriesStep step) {
        if (step(index) != null) {
            steps.set(index, step);
        } else {
            steps.add(step);
        }
    }

    void remove(int index) {
        if (step(index) != null) {
            steps.remove(index);
        }
    }

    /** Moves the step at {@code index} one place up ({@code by} -1) or down (+1), if there is room. */
    void move(int index, int by) {
        int target = index + by;
        if (step(index) != null && step(target) != null) {
            steps.set(target, steps.set(index, steps.get(target)));
        }
    }

    void describe(String newName, String newDescription) {
        this.name = newName == null ? "" : newName;
        this.description = newDescription == null ? "" : newDescription;
    }

    SeriesFields fields() {
        return new SeriesFields(name, description, steps());
    }
}
