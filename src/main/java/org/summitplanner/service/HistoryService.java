package org.summitplanner.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.summitplanner.model.AuditEntry;
import org.summitplanner.store.AuditStore;

/**
 * Who changed what and when: the audit log of a summit, of one row, or of the whole database, and
 * what each change changed (the fields whose values differ before and after).
 */
public final class HistoryService {

    /** The most changes a screen or command shows at once (the newest). */
    public static final int DEFAULT_LIMIT = 5_000;

    /** Made on first use: building an ObjectMapper is a few percent of every command's start, most never need it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final AuditStore store;

    public HistoryService(AuditStore store) {
        this.store = store;
    }

    /** A field that a change set, changed or cleared: its value before and after (null: none). */
    public record FieldChange(String field, String before, String after) {
    }

    /** The changes of a summit (null: of every summit), oldest first, since {@code since} (null: all). */
    public List<AuditEntry> history(Long summitId, Instant since) {
        return store.entries(summitId, since, null, null, DEFAULT_LIMIT);
    }

    /** The changes of one row (table "room", "attendee", "agenda_item" ...), oldest first. */
    public List<AuditEntry> rowHistory(String table, long rowId) {
        return store.entries(null, null, table, rowId, DEFAULT_LIMIT);
    }

    /**
     * What a change changed: for an update the fields that differ (the version counter left out), for an
     * insert or a delete every field that holds a value.
     */
    public static List<FieldChange> changes(AuditEntry entry) {
        Map<String, String> before = fields(entry.before());
        Map<String, String> after = fields(entry.after());
        List<FieldChange> out = new ArrayList<>();
        List<String> names = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(names::add);
        for (String name : names) {
            String b = before.get(name);
            String a = after.get(name);
            if (Objects.equals(a, b) || name.equals("version") || name.equals("id") || name.equals("summit_id")) {
                continue;
            }
            out.add(new FieldChange(name, b, a));
        }
        return out;
    }

    /** The change as a JSON object: when, who, table, row, summit, kind, before and after as objects. */
    public static ObjectNode toJson(AuditEntry entry) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", entry.id());
        node.put("at", entry.at().toString());
        node.put("user", entry.user());
        node.put("table", entry.table());
        if (entry.rowId() == null) {
            node.putNull("row");
        } else {
            node.put("row", entry.rowId());
        }
        if (entry.summitId() == null) {
            node.putNull("summit");
        } else {
            node.put("summit", entry.summitId());
        }
        node.put("change", entry.kind());
        node.set("before", tree(entry.before()));
        node.set("after", tree(entry.after()));
        return node;
    }

    /** The changes as one pretty-printed JSON array. */
    public static String toJson(List<AuditEntry> entries) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        entries.forEach(e -> array.add(toJson(e)));
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return Json.MAPPER.nullNode();
        }
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return Json.MAPPER.getNodeFactory().textNode(json);
        }
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node = tree(json);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
            }
        }
        return out;
    }
}
