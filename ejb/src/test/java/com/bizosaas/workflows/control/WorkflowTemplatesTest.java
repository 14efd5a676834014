package com.bizosaas.workflows.control;

import com.bizosaas.agents.catalogue.control.AgentCatalogue;
import com.bizosaas.tenancy.entity.Tier;
import com.bizosaas.workflows.entity.StepType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowTemplatesTest {

    @Test
    void everyTierWithWorkflowsHasTemplatesAndTheHigherTierHasMore() {
        assertThat(WorkflowTemplates.all()).extracting(WorkflowTemplates.Template::key).doesNotHaveDuplicates();
        long tier2 = WorkflowTemplates.all().stream().filter(t -> t.availableTo(Tier.TIER_2)).count();
        long tier3 = WorkflowTemplates.all().stream().filter(t -> t.availableTo(Tier.TIER_3)).count();
        assertThat(tier2).isPositive();
        assertThat(tier3).isGreaterThan(tier2);
        assertThat(WorkflowTemplates.all()).noneMatch(t -> t.availableTo(Tier.TIER_1));
    }

    @Test
    void aTemplateUsesOnlyCatalogueAgentsItsTierHas() {
        Map<String, AgentCatalogue.Definition> catalogue = AgentCatalogue.definitions().stream()
                .collect(Collectors.toMap(AgentCatalogue.Definition::slug, Function.identity()));
        for (WorkflowTemplates.Template template : WorkflowTemplates.all()) {
            for (WorkflowDefinition.Step step : template.definition().steps()) {
                if (step.type() != StepType.TASK) {
                    continue;
                }
                assertThat(catalogue).as(template.key() + " / " + step.id()).containsKey(step.agent());
                assertThat(template.minimumTier().compareTo(Tier.valueOf(catalogue.get(step.agent()).minimumTier())))
                        .as(template.key() + " / " + step.agent()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void templatesShowParallelBranchesGatesConditionsAndEvents() {
        assertThat(WorkflowTemplates.all().stream().flatMap(t -> t.definition().steps().stream())
                .map(WorkflowDefinition.Step::type).distinct()).containsExactlyInAnyOrder(StepType.values());
        assertThat(WorkflowTemplates.find("weekly-performance-report").orElseThrow().definition().step("post").after())
                .hasSize(3);
    }
}
