package com.bizosaas.agents.configuration.control;

import com.bizosaas.agents.configuration.control.ConfigurationDiff.Kind;
import com.bizosaas.agents.configuration.control.ConfigurationDiff.Line;
import com.bizosaas.agents.entity.AgentSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationDiffTest {

    @Test
    void settingsAreComparedOneByOne() {
        AgentSettings left = new AgentSettings(true, "Hello", List.of("a_list_x", "a_send_y"), "balanced", new BigDecimal("0.30"), 800);
        AgentSettings right = new AgentSettings(false, "Hello", List.of("a_list_x"), "balanced", new BigDecimal("0.70"), 800);
        ConfigurationDiff.Comparison comparison = ConfigurationDiff.between(left, right);
        assertThat(comparison.settings()).filteredOn(ConfigurationDiff.Setting::changed)
                .extracting(ConfigurationDiff.Setting::name).containsExactly("enabled", "temperature", "tools");
        assertThat(comparison.changes()).containsExactly("enabled: yes → no", "temperature: 0.30 → 0.70",
                "tools: a_list_x, a_send_y → a_list_x");
        assertThat(ConfigurationDiff.between(left, left).changes()).isEmpty();
    }

    @Test
    void promptLinesAreAlignedSideBySide() {
        List<Line> lines = ConfigurationDiff.lines("You work for {{tenant}}.\nBe formal.\nAnswer in English.\nSign off.",
                "You work for {{tenant}}.\nBe friendly.\nAnswer in English.\nNever promise discounts.\nSign off.");
        assertThat(lines).extracting(Line::kind).containsExactly(Kind.SAME, Kind.CHANGED, Kind.SAME, Kind.ADDED, Kind.SAME);
        assertThat(lines.get(1)).isEqualTo(new Line(Kind.CHANGED, 2, "Be formal.", 2, "Be friendly."));
        assertThat(lines.get(3)).isEqualTo(new Line(Kind.ADDED, 0, "", 4, "Never promise discounts."));
        assertThat(lines.get(4)).isEqualTo(new Line(Kind.SAME, 4, "Sign off.", 5, "Sign off."));

        List<Line> removed = ConfigurationDiff.lines("one\ntwo\nthree", "one\nthree");
        assertThat(removed).extracting(Line::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.SAME);
        assertThat(removed.get(1).left()).isEqualTo("two");
    }
}
