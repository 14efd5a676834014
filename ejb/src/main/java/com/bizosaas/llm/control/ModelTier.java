package com.bizosaas.llm.control;

import java.util.Locale;
import java.util.Optional;

/** How much model a call gets. Each provider maps each tier to one of its models. */
public enum ModelTier {
    CHEAP, BALANCED, PREMIUM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModelTier> fromLabel(String label) {
        for (ModelTier tier : values()) {
            if (tier.label().equalsIgnoreCase(label)) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }
}
