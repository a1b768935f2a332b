package org.svyaz.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The journal's own serializer: values in the journal's fixed format ({@value #FORMAT}), whatever
 * the web API's JSON settings are or become. Text, numbers and booleans are JSON's own; ids,
 * dates ({@code 2026-12-03}), times ({@code 09:30}), local date-times and instants (in UTC,
 * {@code 2026-12-03T09:30:00Z}) are strings; decimals are exact numbers; lists are arrays and
 * maps objects of such values.
 */
public final class JournalValues {

    /** The format entries are written in: 2 since fields are logical names written by this serializer. */
    public static final short FORMAT = 2;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JournalValues() {
    }

    /** The value as JSON text, or null for null. */
    public static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(toNode(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A journal value cannot be written: " + e.getMessage(), e);
        }
    }

    /** JSON text as a tree, or null for null. */
    public static JsonNode read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a journal value: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof OffsetDateTime instant) {
            return NODES.textNode(instant.toInstant().toString());
        }
        if (value instanceof UUID || value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime
                || value instanceof Instant || value instanceof Enum<?>) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Collection<?> values) {
            ArrayNode array = NODES.arrayNode();
            values.forEach(element -> array.add(toNode(element)));
            return array;
        }
        if (value instanceof Map<?, ?> values) {
            ObjectNode object = NODES.objectNode();
            values.forEach((key, element) -> object.set(String.valueOf(key), toNode(element)));
            return object;
        }
        throw new IllegalArgumentException("The journal has no format for a " + value.getClass().getName());
    }

    /** A journaled value as a column of that type holds it; null for JSON's null. */
    @SuppressWarnings("unchecked")
    public static <T> T as(JsonNode node, Class<T> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        Object value;
        if (type == String.class) {
            value = node.isTextual() ? node.textValue() : node.toString();
        } else if (type == Boolean.class) {
            value = node.booleanValue();
        } else if (type == Integer.class) {
            value = node.intValue();
        } else if (type == Short.class) {
            value = node.shortValue();
        } else if (type == Long.class) {
            value = node.longValue();
        } else if (type == BigDecimal.class) {
            value = node.decimalValue();
        } else if (type == UUID.class) {
            value = UUID.fromString(node.textValue());
        } else if (type == LocalDate.class) {
            value = LocalDate.parse(node.textValue());
        } else if (type == LocalTime.class) {
            value = LocalTime.parse(node.textValue());
        } else if (type == LocalDateTime.class) {
            value = LocalDateTime.parse(node.textValue());
        } else if (type == OffsetDateTime.class) {
            value = OffsetDateTime.parse(node.textValue()).withOffsetSameInstant(ZoneOffset.UTC);
        } else {
            throw new IllegalArgumentException("The journal has no format for a " + type.getName());
        }
        return (T) value;
    }
}
