package com.bizosaas.llm.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a model costs, in USD per million prompt and completion tokens. Defaults for well-known models,
 * overridden or extended by configuration ({@code bizosaas.llm.prices}, e.g.
 * {@code gpt-4o-mini=0.15/0.60; my-model=1/2}). A model that is not in the table costs nothing (the offline
 * model, a local Ollama) — the dashboard shows its tokens all the same.
 */
public final class PriceTable {

    /** USD per million tokens. */
    public record Price(BigDecimal prompt, BigDecimal completion) {
    }

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private static final String DEFAULTS = "gpt-4o-mini=0.15/0.60; gpt-4.1-mini=0.40/1.60; gpt-4.1=2.00/8.00; gpt-4o=2.50/10.00; "
            + "claude-3-5-haiku-latest=0.80/4.00; claude-sonnet-4-5=3.00/15.00; claude-opus-4-1=15.00/75.00";

    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    public static PriceTable defaults() {
        return withOverrides("");
    }

    /** The defaults, then each {@code model=prompt/completion} of the overrides. */
    public static PriceTable withOverrides(String overrides) {
        Map<String, Price> table = new LinkedHashMap<>();
        parseInto(DEFAULTS, table);
        parseInto(overrides == null ? "" : overrides, table);
        return new PriceTable(table);
    }

    private static void parseInto(String spec, Map<String, Price> table) {
        for (String entry : spec.split("[;,]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] modelAndPrices = entry.split("=", 2);
            String[] both = modelAndPrices.length == 2 ? modelAndPrices[1].split("/", 2) : new String[0];
            if (both.length != 2) {
                throw new IllegalArgumentException("price entry '" + entry.strip() + "' is not model=prompt/completion");
            }
            try {
                table.put(modelAndPrices[0].strip(), new Price(new BigDecimal(both[0].strip()), new BigDecimal(both[1].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("price entry '" + entry.strip() + "' has a price that is not a number", e);
            }
        }
    }

    public Map<String, Price> all() {
        return prices;
    }

    public BigDecimal cost(String model, int promptTokens, int completionTokens) {
        Price price = model == null ? null : prices.get(model);
        if (price == null) {
            return BigDecimal.ZERO.setScale(6);
        }
        return price.prompt().multiply(BigDecimal.valueOf(promptTokens))
                .add(price.completion().multiply(BigDecimal.valueOf(completionTokens)))
                .divide(MILLION, 6, RoundingMode.HALF_UP);
    }
}
