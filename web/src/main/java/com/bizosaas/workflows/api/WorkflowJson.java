package com.bizosaas.workflows.api;

import com.bizosaas.json.Jsonp;
import com.bizosaas.workflows.entity.Workflow;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/** A workflow definition: its steps as JSON ({@code definition}), the template it came from, its version. */
public record WorkflowJson(UUID id, String name, String description, JsonObject definition, int steps,
                           String templateKey, int version, String createdBy, Instant createdAt, Instant updatedAt) {

    static WorkflowJson of(Workflow w) {
        JsonObject definition = Jsonp.createReader(new StringReader(w.getDefinition())).readObject();
        return new WorkflowJson(w.getId(), w.getName(), w.getDescription(), definition,
                definition.getJsonArray("steps").size(), w.getTemplateKey(), w.getVersion(), w.getCreatedBy(),
                w.getCreatedAt(), w.getUpdatedAt());
    }
}
