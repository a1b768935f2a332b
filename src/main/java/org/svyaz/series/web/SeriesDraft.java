package org.svyaz.series.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.util.WebUtils;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesFields;
import org.svyaz.series.SeriesStep;

/**
 * The series the wizard is building, kept in the user's session between its pages: a new one
 * ({@code seriesId} null) or a copy of an existing one at {@code version}, changed only when the
 * finish page saves it. Its readers are public for the templates.
 * <p>
 * Each draft has its own key, carried by the wizard's links and forms: with one draft per session,
 * a user editing two series in two tabs saved the second tab's steps and name over the first.
 */
final class SeriesDraft {

    private static final String ATTRIBUTE = SeriesDraft.class.getName();

    /** Drafts kept per session, for a user's open tabs; starting one more forgets the least recently used. */
    static final int MOST_DRAFTS = 10;

    private final String key = UUID.randomUUID().toString();
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

    /** The session's draft with this key; {@link Expired} when there is none (finished, forgotten or an expired session). */
    static SeriesDraft of(HttpSession session, String key) {
        synchronized (WebUtils.getSessionMutex(session)) {
            SeriesDraft draft = key == null ? null : drafts(session).get(key);
            if (draft == null) {
                throw new Expired();
            }
            return draft;
        }
    }

    static void forget(HttpSession session, String key) {
        synchronized (WebUtils.getSessionMutex(session)) {
            drafts(session).remove(key);
        }
    }

    private static SeriesDraft store(HttpSession session, SeriesDraft draft) {
        synchronized (WebUtils.getSessionMutex(session)) {
            drafts(session).put(draft.key, draft);
        }
        return draft;
    }

    /** The session's drafts by key, in the order of use (callers hold the session's mutex). */
    @SuppressWarnings("unchecked")
    private static Map<String, SeriesDraft> drafts(HttpSession session) {
        Object drafts = session.getAttribute(ATTRIBUTE);
        if (drafts instanceof Map<?, ?> map) {
            return (Map<String, SeriesDraft>) map;
        }
        Map<String, SeriesDraft> created = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SeriesDraft> eldest) {
                return size() > MOST_DRAFTS;
            }
        };
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    /** The key the wizard's pages carry to name this draft. */
    public String key() {
        return key;
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

    /** No draft has the key a wizard page carried: it was finished, or forgotten as the session expired or more were started. */
    static final class Expired extends RuntimeException {

        Expired() {
            super("no such series draft");
        }
    }
}
