package com.bizosaas.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One agent of the platform's catalogue (A1): what it is for (category, integration, its role in the
 * integration's pattern, goal), how it is asked (prompt template, tools, model tier) and which subscription tier
 * may use it. Data, not a class per agent.
 */
@Entity
@Table(name = "agent")
public class Agent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id;

    private String slug;

    private String name;

    private String category;

    private String integration;

    private int pattern;

    private String role;

    private String goal;

    @Column(name = "prompt_template")
    private String promptTemplate;

    private String tools;

    @Column(name = "model_tier")
    private String modelTier;

    @Column(name = "minimum_tier")
    private String minimumTier;

    protected Agent() {
        // for JPA
    }

    public Agent(String slug, String name, String category, String integration, int pattern, String role, String goal,
                 String promptTemplate, List<String> tools, String modelTier, String minimumTier) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.category = category;
        this.integration = integration;
        this.pattern = pattern;
        this.role = role;
        this.goal = goal;
        this.promptTemplate = promptTemplate;
        this.tools = String.join(",", tools);
        this.modelTier = modelTier;
        this.minimumTier = minimumTier;
    }

    /** The super-admin's revision of the catalogue entry: what it is for, how it is asked, its tools, tiers. */
    public void revise(String goal, String promptTemplate, List<String> tools, String modelTier, String minimumTier) {
        this.goal = goal;
        this.promptTemplate = promptTemplate;
        this.tools = String.join(",", tools);
        this.modelTier = modelTier;
        this.minimumTier = minimumTier;
    }

    public UUID getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getIntegration() {
        return integration;
    }

    public int getPattern() {
        return pattern;
    }

    public String getRole() {
        return role;
    }

    public String getGoal() {
        return goal;
    }

    public String getPromptTemplate() {
        return promptTemplate;
    }

    public List<String> getTools() {
        return tools.isBlank() ? List.of() : Arrays.asList(tools.split(","));
    }

    public String getModelTier() {
        return modelTier;
    }

    public String getMinimumTier() {
        return minimumTier;
    }
}
