package com.bizosaas.agents.catalogue.control;

import com.bizosaas.agents.catalogue.control.AgentCatalogue.Definition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentCatalogueTest {

    private static final Map<Integer, List<String>> ROLES = Map.of(
            4, List.of("Management", "Analytics", "Content/Operations", "Performance"),
            3, List.of("Management", "Optimization", "Analytics"),
            2, List.of("Operations", "Analytics"),
            1, List.of("Unified"));

    private static final Set<String> READ_VERBS = Set.of("list", "get", "search", "query");
    private static final Set<String> WRITE_VERBS = Set.of("create", "send", "publish", "refund", "update", "delete");
    private static final Set<String> VERBS = Stream.concat(READ_VERBS.stream(), WRITE_VERBS.stream()).collect(Collectors.toSet());

    private static final List<Definition> ALL = AgentCatalogue.definitions();

    private static Map<String, List<Definition>> byIntegration() {
        return ALL.stream().collect(Collectors.groupingBy(Definition::integration));
    }

    /** The slug without its role part, e.g. "google-ads" for "google-ads-optimization". */
    private static String key(Definition d) {
        String roleSlug = d.role().toLowerCase().replace('/', '-');
        assertThat(d.slug()).as(d.slug()).endsWith("-" + roleSlug);
        return d.slug().substring(0, d.slug().length() - roleSlug.length() - 1);
    }

    /** The verb of a tool, the word after the integration's prefix: "create" for "stripe_create_refund". */
    private static String verb(Definition d, String tool) {
        String prefix = key(d).replace('-', '_') + "_";
        assertThat(tool).as("tool of " + d.slug()).startsWith(prefix);
        return tool.substring(prefix.length()).split("_")[0];
    }

    @Test
    void theCountIsAroundTheSeedsEightyEight() {
        assertThat(ALL).hasSizeBetween(80, 96);
        assertThat(byIntegration()).hasSizeBetween(36, 46);
    }

    @Test
    void slugsAreUniqueLowerCaseAndHyphenated() {
        assertThat(ALL).extracting(Definition::slug)
                .doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("[a-z0-9]+(-[a-z0-9]+)+"), "lower-case and hyphenated");
    }

    @Test
    void everyIntegrationHasExactlyItsPatternsRoles() {
        byIntegration().forEach((integration, agents) -> {
            int pattern = agents.get(0).pattern();
            assertThat(ROLES).as(integration).containsKey(pattern);
            assertThat(agents).as(integration).extracting(Definition::role).containsExactlyElementsOf(ROLES.get(pattern));
            assertThat(agents).as(integration).allMatch(d -> d.pattern() == pattern)
                    .extracting(Definition::category).containsOnly(agents.get(0).category());
            assertThat(agents).as(integration).extracting(AgentCatalogueTest::key).containsOnly(key(agents.get(0)));
        });
    }

    @Test
    void theSeedsPatternsAreKept() {
        Map<String, Integer> patterns = ALL.stream()
                .collect(Collectors.toMap(Definition::integration, Definition::pattern, (a, b) -> a));

        assertThat(patterns).containsEntry("Facebook/Meta", 4).containsEntry("Amazon SP-API", 4).containsEntry("Stripe", 4)
                .containsEntry("Google Ads", 3).containsEntry("Anthropic Claude", 3)
                .containsEntry("Twitter/X", 2).containsEntry("Razorpay", 2).containsEntry("Calendly", 2)
                .containsEntry("Yandex", 1).containsEntry("Slack", 1).containsEntry("Replicate", 1);
    }

    @Test
    void aboutThirteenCategoriesInOrderAndNoneEmpty() {
        List<String> categories = AgentCatalogue.categories();

        assertThat(categories).hasSizeBetween(12, 14).doesNotHaveDuplicates();
        assertThat(ALL).extracting(Definition::category).allMatch(categories::contains);
        assertThat(categories).allMatch(c -> ALL.stream().anyMatch(d -> d.category().equals(c)), "has agents");
        // definitions come grouped by category, in the categories' order
        List<String> order = ALL.stream().map(Definition::category).distinct().toList();
        assertThat(order).isEqualTo(categories);
    }

    @Test
    void namesGoalsAndPromptsAreSpecificToTheAgent() {
        assertThat(ALL).extracting(Definition::goal).doesNotHaveDuplicates();
        assertThat(ALL).extracting(Definition::name).doesNotHaveDuplicates();
        for (Definition d : ALL) {
            assertThat(d.name()).isEqualTo(d.integration() + " " + d.role() + " Agent");
            assertThat(d.goal()).as(d.slug()).contains(d.integration()).endsWith(".");
            assertThat(d.promptTemplate()).as(d.slug())
                    .contains("{{tenant}}", d.name(), d.goal(), "The request is the user's message")
                    .doesNotContain("{{input}}")
                    .contains(d.tools());
        }
    }

    @Test
    void toolsAreSnakeCaseAndSayByTheirVerbWhetherTheyChangeAnything() {
        for (Definition d : ALL) {
            assertThat(d.tools()).as(d.slug()).hasSizeBetween(2, 4).doesNotHaveDuplicates()
                    .allMatch(t -> t.matches("[a-z][a-z0-9]*(_[a-z0-9]+)+"), "snake_case");
            for (String tool : d.tools()) {
                assertThat(verb(d, tool)).as(tool).isIn(VERBS);
            }
        }
    }

    @Test
    void analyticsAgentsOnlyReadAndTheOthersCanAct() {
        for (Definition d : ALL) {
            boolean acts = d.tools().stream().anyMatch(t -> WRITE_VERBS.contains(verb(d, t)));
            if (d.role().equals("Analytics")) {
                assertThat(acts).as(d.slug() + " only reads").isFalse();
            } else if (!d.integration().equals("DuckDuckGo")) { // DuckDuckGo has no API that changes anything
                assertThat(acts).as(d.slug() + " has a tool that acts").isTrue();
            }
        }
    }

    @Test
    void tiersFollowThePatternAndTheRole() {
        for (Definition d : ALL) {
            String minimum = switch (d.pattern()) {
                case 1 -> "TIER_1";
                case 2, 3 -> "TIER_2";
                default -> "TIER_3";
            };
            assertThat(d.minimumTier()).as(d.slug()).isEqualTo(minimum);
            assertThat(d.modelTier()).as(d.slug()).isIn("cheap", "balanced", "premium");
            if (d.role().equals("Analytics") || d.role().equals("Unified")) {
                assertThat(d.modelTier()).as(d.slug()).isEqualTo("cheap");
            }
        }
        assertThat(ALL).filteredOn(d -> d.modelTier().equals("premium"))
                .extracting(Definition::role).containsOnly("Content/Operations");
    }

    @Test
    void everyValueFitsItsColumn() {
        // the agent table of V7__agents.sql
        for (Definition d : ALL) {
            assertThat(d.slug()).hasSizeLessThanOrEqualTo(80);
            assertThat(d.name()).hasSizeLessThanOrEqualTo(120);
            assertThat(d.category()).hasSizeLessThanOrEqualTo(60);
            assertThat(d.integration()).hasSizeLessThanOrEqualTo(60);
            assertThat(d.role()).hasSizeLessThanOrEqualTo(40);
            assertThat(d.goal()).hasSizeLessThanOrEqualTo(500);
            assertThat(String.join(",", d.tools())).hasSizeLessThanOrEqualTo(500);
        }
    }

    @Test
    void theCatalogueIsDeterministicAndUnmodifiable() {
        assertThat(AgentCatalogue.definitions()).isEqualTo(AgentCatalogue.definitions());
        assertThat(AgentCatalogue.categories()).isEqualTo(AgentCatalogue.categories());
        assertThatThrownBy(() -> AgentCatalogue.definitions().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> AgentCatalogue.categories().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ALL.get(0).tools().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
