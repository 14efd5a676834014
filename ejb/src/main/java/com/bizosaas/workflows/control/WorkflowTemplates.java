package com.bizosaas.workflows.control;

import com.bizosaas.json.Jsonp;
import com.bizosaas.tenancy.entity.Tier;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Ready-made workflows a tenant starts from (A6), kept as data in {@code workflows/templates.json}: each names the
 * lowest tier that may use it — a template uses only agents that tier has. A tenant's copy is its own to edit.
 */
public final class WorkflowTemplates {

    /** A template: its key, name, what it does, the lowest tier that may use it, and its checked definition. */
    public record Template(String key, String name, String description, Tier minimumTier, WorkflowDefinition definition) {

        public boolean availableTo(Tier tier) {
            return tier.compareTo(minimumTier) >= 0;
        }
    }

    private static final List<Template> TEMPLATES = load();

    private WorkflowTemplates() {
    }

    public static List<Template> all() {
        return TEMPLATES;
    }

    public static Optional<Template> find(String key) {
        return TEMPLATES.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private static List<Template> load() {
        try (InputStream in = WorkflowTemplates.class.getResourceAsStream("/workflows/templates.json");
             JsonReader reader = Jsonp.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(t -> new Template(t.getString("key"),
                    t.getString("name"), t.getString("description"), Tier.valueOf(t.getString("minimumTier")),
                    WorkflowDefinition.parse(t.getJsonObject("definition").toString()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workflow templates", e);
        }
    }
}
