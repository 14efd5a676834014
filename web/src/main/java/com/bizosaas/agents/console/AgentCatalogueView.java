package com.bizosaas.agents.console;

import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.configuration.boundary.AgentConfigurations;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentConfiguration;
import com.bizosaas.console.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The agents page's catalogue: filtered by category, pattern, integration, words or whether the organisation has the
 * agent enabled, each row with the organisation's configuration version in force. Running one opens
 * {@link RunAgentDialog}.
 */
@Named
@ViewScoped
public class AgentCatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Agents agents;

    @EJB
    AgentConfigurations configurations;

    private List<String> categories;
    private String category;
    private Integer pattern;
    private Boolean enabled;
    /** The organisation's configuration in force of the agents on the catalogue's current page. */
    private Map<UUID, AgentConfiguration> configuredOnPage = Map.of();

    private final PagedModel<Agent> catalogue = new PagedModel<Agent>((filters, page) -> agents.list(
            new Agents.Filter(category, pattern, text(filters, "integration"), text(filters, "name"), enabled), page),
            agent -> agent.getId().toString())
            .onPage(rows -> configuredOnPage = configurations.inForce(rows.stream().map(Agent::getId).toList()));

    @PostConstruct
    void init() {
        categories = agents.categories();
    }

    /** Whether the organisation has the agent enabled (agents it never configured are, as the catalogue has them). */
    public boolean enabledForUs(Agent agent) {
        AgentConfiguration configured = configuredOnPage.get(agent.getId());
        return configured == null || configured.settings().enabled();
    }

    /** The organisation's configuration version in force: 0 while it runs as the catalogue defines it. */
    public int versionForUs(Agent agent) {
        AgentConfiguration configured = configuredOnPage.get(agent.getId());
        return configured == null ? 0 : configured.getVersion();
    }

    private static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }

    public PagedModel<Agent> getCatalogue() {
        return catalogue;
    }

    public List<String> getCategories() {
        return categories;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getPattern() {
        return pattern;
    }

    public void setPattern(Integer pattern) {
        this.pattern = pattern;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }
}
