package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CUSTOM_FIELD;
import static org.svyaz.schema.Tables.CUSTOM_VALUE;
import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.NOTE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.svyaz.access.Visibility;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.SearchKeys;

/**
 * Keyword search over the contacts' fields (names, e-mail, address, phone numbers by their
 * digits), their custom fields' text, their notes, their history and their activities' Regarding
 * and Details: a contact matches when one of them holds every word. In a contact's fields a word
 * matches any part of them; in notes and history, on PostgreSQL, the beginning of a word (its full-text indexes
 * answer and rank that), and on H2, which reads the text, any part too. The private notes and
 * history items and activities of other users never match.
 */
@Component
public class KeywordSearch {

    static final int MAX_WORDS = 10;
    /** A contact's keyword text (names, e-mail, address, phone digits), as the PostgreSQL keyword index holds it. */
    static final Field<String> CONTACT_TEXT = CONTACT.KEYWORDS_SEARCH;

    private final DSLContext dsl;
    private final TextMatch match;

    KeywordSearch(DSLContext dsl, TextMatch match) {
        this.dsl = dsl;
        this.match = match;
    }

    /** The words of a search text, folded as search keys are. */
    public static List<String> words(String text) {
        return Arrays.stream(SearchKeys.text(text).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    /** The contacts that match, as a condition on the contact table. */
    Condition matching(String text, UUID viewer, FieldErrors errors) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            errors.add("keyword", "error.lookup.keyword");
            return DSL.noCondition();
        }
        var hit = hits(words, viewer).asTable("hit");
        return CONTACT.ID.in(DSL.select(hit.field("contact_id", SQLDataType.UUID)).from(hit));
    }

    /**
     * Every match, one row per matching contact, note or history item: contact id, score, source
     * (CONTACT, NOTE, HISTORY) and the matching item's id.
     */
    public Select<Record4<UUID, Double, String, UUID>> hits(List<String> words, UUID viewer) {
        return dsl.select(CONTACT.ID.as("contact_id"), DSL.inline(1.0).as("score"),
                        DSL.inline("CONTACT").as("source"), CONTACT.ID.as("item_id"))
                .from(CONTACT)
                .where(containsAll(CONTACT_TEXT, words))
                .unionAll(dsl.select(CUSTOM_VALUE.RECORD_ID, DSL.inline(0.9), DSL.inline("CUSTOM"), CUSTOM_VALUE.FIELD_ID)
                        .from(CUSTOM_VALUE)
                        .where(containsAll(CUSTOM_VALUE.TEXT_SEARCH, words)))
                .unionAll(dsl.select(NOTE.CONTACT_ID, score(noteVector(), words, 0.8), DSL.inline("NOTE"), NOTE.ID)
                        .from(NOTE)
                        .where(matches(noteVector(), folded(NOTE.BODY), words))
                        .and(Visibility.visibleTo(viewer, NOTE.ACCESS, NOTE.AUTHOR_ID, NOTE.ID)))
                .unionAll(dsl.select(HISTORY_ITEM.CONTACT_ID, score(historyVector(), words, 0.6), DSL.inline("HISTORY"), HISTORY_ITEM.ID)
                        .from(HISTORY_ITEM)
                        .where(matches(historyVector(), folded(HISTORY_ITEM.REGARDING.concat(" ").concat(HISTORY_ITEM.DETAILS)), words))
                        .and(Visibility.visibleTo(viewer, HISTORY_ITEM.ACCESS, HISTORY_ITEM.USER_ID, HISTORY_ITEM.ID)))
                .unionAll(dsl.select(ACTIVITY_CONTACT.CONTACT_ID, score(activityVector(), words, 0.5), DSL.inline("ACTIVITY"), ACTIVITY.ID)
                        .from(ACTIVITY).join(ACTIVITY_CONTACT).on(ACTIVITY_CONTACT.ACTIVITY_ID.eq(ACTIVITY.ID))
                        .where(matches(activityVector(), folded(ACTIVITY.REGARDING.concat(" ").concat(ACTIVITY.DETAILS)), words))
                        .and(Visibility.visibleTo(viewer, ACTIVITY.ACCESS, ACTIVITY.OWNER_ID, ACTIVITY.ID)));
    }

    /** The best match of one contact. */
    public record RankedHit(UUID contactId, String source, UUID itemId, double score) {
    }

    /**
     * The contacts that match best, at most {@code limit}, each with its best-scoring match; on H2
     * (no ranking) a contact's own fields count more than its notes, its notes more than history.
     * Each source is asked on its own, joined to the contacts the viewer may see, and the answers
     * are merged here: both databases plan three simple queries well.
     */
    public List<RankedHit> ranked(List<String> words, UUID viewer, int limit) {
        int candidates = limit * 20;
        List<RankedHit> hits = new ArrayList<>();
        hits.addAll(dsl.select(CONTACT.ID, DSL.inline(1.0), CONTACT.ID)
                .from(CONTACT)
                .where(containsAll(CONTACT_TEXT, words)).and(FilterConditions.visibleTo(viewer))
                .limit(candidates)
                .fetch(row -> new RankedHit(row.value1(), "CONTACT", row.value3(), row.value2())));
        hits.addAll(dsl.select(CUSTOM_VALUE.RECORD_ID, DSL.inline(0.9), CUSTOM_VALUE.FIELD_ID)
                .from(CUSTOM_VALUE).join(CONTACT).on(CONTACT.ID.eq(CUSTOM_VALUE.RECORD_ID))
                .where(containsAll(CUSTOM_VALUE.TEXT_SEARCH, words)).and(FilterConditions.visibleTo(viewer))
                .limit(candidates)
                .fetch(row -> new RankedHit(row.value1(), "CUSTOM", row.value3(), row.value2())));
        Field<Double> noteScore = score(noteVector(), words, 0.8);
        hits.addAll(dsl.select(NOTE.CONTACT_ID, noteScore, NOTE.ID)
                .from(NOTE).join(CONTACT).on(CONTACT.ID.eq(NOTE.CONTACT_ID))
                .where(matches(noteVector(), folded(NOTE.BODY), words))
                .and(Visibility.visibleTo(viewer, NOTE.ACCESS, NOTE.AUTHOR_ID, NOTE.ID))
                .and(FilterConditions.visibleTo(viewer))
                .orderBy(noteScore.desc())
                .limit(candidates)
                .fetch(row -> new RankedHit(row.value1(), "NOTE", row.value3(), row.value2())));
        Field<Double> historyScore = score(historyVector(), words, 0.6);
        hits.addAll(dsl.select(HISTORY_ITEM.CONTACT_ID, historyScore, HISTORY_ITEM.ID)
                .from(HISTORY_ITEM).join(CONTACT).on(CONTACT.ID.eq(HISTORY_ITEM.CONTACT_ID))
                .where(matches(historyVector(), folded(HISTORY_ITEM.REGARDING.concat(" ").concat(HISTORY_ITEM.DETAILS)), words))
                .and(Visibility.visibleTo(viewer, HISTORY_ITEM.ACCESS, HISTORY_ITEM.USER_ID, HISTORY_ITEM.ID))
                .and(FilterConditions.visibleTo(viewer))
                .orderBy(historyScore.desc())
                .limit(candidates)
                .fetch(row -> new RankedHit(row.value1(), "HISTORY", row.value3(), row.value2())));
        Field<Double> activityScore = score(activityVector(), words, 0.5);
        hits.addAll(dsl.select(ACTIVITY_CONTACT.CONTACT_ID, activityScore, ACTIVITY.ID)
                .from(ACTIVITY).join(ACTIVITY_CONTACT).on(ACTIVITY_CONTACT.ACTIVITY_ID.eq(ACTIVITY.ID))
                .join(CONTACT).on(CONTACT.ID.eq(ACTIVITY_CONTACT.CONTACT_ID))
                .where(matches(activityVector(), folded(ACTIVITY.REGARDING.concat(" ").concat(ACTIVITY.DETAILS)), words))
                .and(Visibility.visibleTo(viewer, ACTIVITY.ACCESS, ACTIVITY.OWNER_ID, ACTIVITY.ID))
                .and(FilterConditions.visibleTo(viewer))
                .orderBy(activityScore.desc())
                .limit(candidates)
                .fetch(row -> new RankedHit(row.value1(), "ACTIVITY", row.value3(), row.value2())));
        Map<UUID, RankedHit> best = new java.util.LinkedHashMap<>();
        hits.stream()
                .sorted(java.util.Comparator.comparingDouble(RankedHit::score).reversed())
                .forEach(hit -> best.putIfAbsent(hit.contactId(), hit));
        return best.values().stream().limit(limit).toList();
    }

    /**
     * The text each note, history item or activity of these hits holds, by item id; for a custom
     * field, its label and value, by contact id (a field's id is the same for every contact).
     */
    public Map<UUID, String> texts(List<RankedHit> hits) {
        Map<UUID, String> texts = new HashMap<>();
        List<RankedHit> custom = hits.stream().filter(hit -> hit.source().equals("CUSTOM")).toList();
        if (!custom.isEmpty()) {
            // one query for all of them: each hit's own field is picked from its contact's rows
            Set<UUID> fields = custom.stream().map(RankedHit::itemId).collect(Collectors.toSet());
            Map<UUID, UUID> fieldOf = custom.stream().collect(Collectors.toMap(RankedHit::contactId, RankedHit::itemId, (first, second) -> first));
            dsl.select(CUSTOM_VALUE.RECORD_ID, CUSTOM_VALUE.FIELD_ID, CUSTOM_FIELD.LABEL, CUSTOM_VALUE.TEXT_VALUE)
                    .from(CUSTOM_VALUE).join(CUSTOM_FIELD).on(CUSTOM_FIELD.ID.eq(CUSTOM_VALUE.FIELD_ID))
                    .where(CUSTOM_VALUE.RECORD_ID.in(fieldOf.keySet())).and(CUSTOM_VALUE.FIELD_ID.in(fields))
                    .forEach(row -> {
                        if (row.value2().equals(fieldOf.get(row.value1()))) {
                            texts.put(row.value1(), row.value3() + ": " + row.value4());
                        }
                    });
        }
        List<UUID> notes = hits.stream().filter(hit -> hit.source().equals("NOTE")).map(RankedHit::itemId).toList();
        List<UUID> items = hits.stream().filter(hit -> hit.source().equals("HISTORY")).map(RankedHit::itemId).toList();
        if (!notes.isEmpty()) {
            dsl.select(NOTE.ID, NOTE.BODY).from(NOTE).where(NOTE.ID.in(notes)).forEach(row -> texts.put(row.value1(), row.value2()));
        }
        if (!items.isEmpty()) {
            dsl.select(HISTORY_ITEM.ID, HISTORY_ITEM.REGARDING, HISTORY_ITEM.DETAILS).from(HISTORY_ITEM).where(HISTORY_ITEM.ID.in(items))
                    .forEach(row -> texts.put(row.value1(), (row.value2() + " " + row.value3()).strip()));
        }
        List<UUID> activities = hits.stream().filter(hit -> hit.source().equals("ACTIVITY")).map(RankedHit::itemId).toList();
        if (!activities.isEmpty()) {
            dsl.select(ACTIVITY.ID, ACTIVITY.REGARDING, ACTIVITY.DETAILS).from(ACTIVITY).where(ACTIVITY.ID.in(activities))
                    .forEach(row -> texts.put(row.value1(), (row.value2() + " " + row.value3()).strip()));
        }
        return texts;
    }

    private boolean onPostgres() {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    /** The text search vectors of the PostgreSQL indexes, written exactly as V10 creates them, so they are used. */
    private static Field<Object> noteVector() {
        return DSL.field("to_tsvector('simple', translate({0}, 'Ёё', 'Ее'))", Object.class, NOTE.BODY);
    }

    private static Field<Object> historyVector() {
        return DSL.field("to_tsvector('simple', translate({0} || ' ' || {1}, 'Ёё', 'Ее'))", Object.class,
                HISTORY_ITEM.REGARDING, HISTORY_ITEM.DETAILS);
    }

    /** The same expression as the activities' keyword index (V21, PostgreSQL). */
    private static Field<Object> activityVector() {
        return DSL.field("to_tsvector('simple', translate({0} || ' ' || {1}, 'Ёё', 'Ее'))", Object.class,
                ACTIVITY.REGARDING, ACTIVITY.DETAILS);
    }

    private Condition matches(Field<Object> vector, Field<String> text, List<String> words) {
        if (onPostgres()) {
            return DSL.condition("{0} @@ to_tsquery('simple', {1})", vector, DSL.val(prefixQuery(words)));
        }
        return containsAll(text, words);
    }

    /** Every word somewhere in the text. */
    private Condition containsAll(Field<String> text, List<String> words) {
        List<Condition> each = new ArrayList<>();
        words.forEach(word -> each.add(match.contains(text, word)));
        return DSL.and(each);
    }

    private Field<Double> score(Field<Object> vector, List<String> words, double weight) {
        if (onPostgres()) {
            return DSL.field("ts_rank({0}, to_tsquery('simple', {1})) * {2}", SQLDataType.DOUBLE, vector, DSL.val(prefixQuery(words)),
                    DSL.inline(weight));
        }
        return DSL.inline(weight);
    }

    /** Every word as a prefix, all required: {@code kwik:* & mart:*} (words hold letters and digits only). */
    private static String prefixQuery(List<String> words) {
        return String.join(" & ", words.stream().map(word -> word + ":*").toList());
    }

    private static Field<String> folded(Field<String> text) {
        return DSL.replace(DSL.lower(text), "ё", "е");
    }
}
