package com.bizosaas.agents.console;

import com.bizosaas.agents.monitoring.boundary.AgentMonitoring;
import com.bizosaas.json.Jsonp;
import jakarta.json.JsonArrayBuilder;

import java.util.List;

/**
 * The monitoring chart: per agent, its success rate (bars, left axis, %) and its p95 run time (line, right axis,
 * ms). Names reach the page JSON-escaped by JSON-P, so an agent's name cannot inject script.
 */
final class MonitoringChart {

    private MonitoringChart() {
    }

    static String of(List<AgentMonitoring.AgentStats> agents) {
        JsonArrayBuilder labels = Jsonp.createArrayBuilder();
        JsonArrayBuilder rates = Jsonp.createArrayBuilder();
        JsonArrayBuilder p95 = Jsonp.createArrayBuilder();
        for (AgentMonitoring.AgentStats a : agents) {
            labels.add(a.agent().replace(" Agent", ""));
            rates.add(Math.round(a.successRate() * 1000) / 10.0);
            if (a.p95Millis() == null) {
                p95.addNull();
            } else {
                p95.add(Math.round(a.p95Millis()));
            }
        }
        return Jsonp.createObjectBuilder()
                .add("type", "bar")
                .add("data", Jsonp.createObjectBuilder().add("labels", labels).add("datasets", Jsonp.createArrayBuilder()
                        .add(Jsonp.createObjectBuilder().add("label", "Success rate (%)").add("data", rates)
                                .add("backgroundColor", "#10b981").add("yAxisID", "rate"))
                        .add(Jsonp.createObjectBuilder().add("label", "p95 run time (ms)").add("data", p95).add("type", "line")
                                .add("borderColor", "#3b82f6").add("backgroundColor", "#3b82f6").add("yAxisID", "ms"))))
                .add("options", Jsonp.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Jsonp.createObjectBuilder()
                                .add("rate", Jsonp.createObjectBuilder().add("type", "linear").add("position", "left")
                                        .add("min", 0).add("max", 100))
                                .add("ms", Jsonp.createObjectBuilder().add("type", "linear").add("position", "right")
                                        .add("beginAtZero", true).add("grid", Jsonp.createObjectBuilder().add("drawOnChartArea", false)))))
                .build().toString();
    }
}
