package com.bizosaas.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns Bean Validation violations into the field names a client sent. A violation on a resource method
 * parameter has a path like {@code publish.draft.title}; the client only knows {@code title}, so the
 * method and parameter nodes are dropped (a query or path parameter keeps its parameter name).
 */
public final class ViolationFields {

    private ViolationFields() {
    }

    public static List<Problem.FieldError> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Bean Validation puts a list index (or map key) on the node *inside* the container:
            // "lines" then "text" with index 0 reads as lines[0].text.
            if (node.isInIterable() && !name.isEmpty()) {
                name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null || kind == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
        }
        if (!name.isEmpty()) {
            return name.toString();
        }
        return parameter != null ? parameter : "request";
    }
}
