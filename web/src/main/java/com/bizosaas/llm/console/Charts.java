package com.bizosaas.llm.console;

import com.bizosaas.json.Jsonp;
import com.bizosaas.llm.boundary.ModelAccounting;
import jakarta.json.JsonArrayBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Chart.js configurations for {@code <p:chart>}, built from the accounting's slices. Labels are JSON-escaped by
 * JSON-P, so a model or feature name cannot inject script into the page.
 */
final class Charts {

    private static final String[] PALETTE = {"#3b82f6", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#14b8a6", "#f97316", "#64748b"};

    private Charts() {
    }

    /** Cost and cache savings per bar, stacked side by side. */
    static String costBars(List<ModelAccounting.Slice> slices) {
        JsonArrayBuilder labels = Jsonp.createArrayBuilder();
        slices.forEach(s -> labels.add(s.label()));
        return Jsonp.createObjectBuilder()
                .add("type", "bar")
                .add("data", Jsonp.createObjectBuilder().add("labels", labels)
                        .add("datasets", Jsonp.createArrayBuilder()
                                .add(dataset("Cost (USD)", slices, ModelAccounting.Slice::costUsd, PALETTE[0]))
                                .add(dataset("Saved by the cache (USD)", slices, ModelAccounting.Slice::savedUsd, PALETTE[1]))))
                .add("options", Jsonp.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Jsonp.createObjectBuilder().add("y", Jsonp.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    /** Share of calls per slice. */
    static String callsDoughnut(List<ModelAccounting.Slice> slices) {
        JsonArrayBuilder labels = Jsonp.createArrayBuilder();
        JsonArrayBuilder calls = Jsonp.createArrayBuilder();
        JsonArrayBuilder colours = Jsonp.createArrayBuilder();
        for (int i = 0; i < slices.size(); i++) {
            labels.add(slices.get(i).label());
            calls.add(slices.get(i).calls());
            colours.add(PALETTE[i % PALETTE.length]);
        }
        return Jsonp.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Jsonp.createObjectBuilder().add("labels", labels)
                        .add("datasets", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                                .add("label", "Calls").add("data", calls).add("backgroundColor", colours))))
                .add("options", Jsonp.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    private static JsonArrayBuilder values(List<ModelAccounting.Slice> slices, Function<ModelAccounting.Slice, BigDecimal> value) {
        JsonArrayBuilder values = Jsonp.createArrayBuilder();
        slices.forEach(s -> values.add(value.apply(s)));
        return values;
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, List<ModelAccounting.Slice> slices,
                                                        Function<ModelAccounting.Slice, BigDecimal> value, String colour) {
        return Jsonp.createObjectBuilder().add("label", label).add("data", values(slices, value)).add("backgroundColor", colour);
    }
}
