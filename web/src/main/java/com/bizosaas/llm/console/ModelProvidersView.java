package com.bizosaas.llm.console;

import com.bizosaas.console.Messages;
import com.bizosaas.llm.boundary.Gateway;
import com.bizosaas.llm.boundary.ModelAnswer;
import com.bizosaas.llm.boundary.ModelRequest;
import com.bizosaas.llm.boundary.ProviderHealth;
import com.bizosaas.llm.boundary.ProviderSettings;
import com.bizosaas.llm.boundary.Providers;
import com.bizosaas.llm.boundary.SemanticCache;
import com.bizosaas.llm.control.Complexity;
import com.bizosaas.llm.control.ModelTier;
import com.bizosaas.llm.control.PriceTable;
import dev.langchain4j.data.message.UserMessage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The super-admin's view of the model providers: which are configured (never their keys), the model each maps
 * to every tier, their health on this node, the prices and the cache's settings — and a prompt to try the
 * chain, whose answer says who gave it (the offline model is labelled as such).
 */
@Named
@ViewScoped
public class ModelProvidersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Providers providers;

    @Inject
    ProviderHealth health;

    @Inject
    SemanticCache cache;

    @EJB
    Gateway gateway;

    @EJB
    ProviderSettings settings;

    private String model = "auto";
    private String prompt;
    private Trial trial;

    /** What a try returned, as the page shows it. */
    public record Trial(String text, String provider, String model, String tier, boolean offline, boolean cacheHit,
                        boolean fallbackUsed, List<String> failures, String cost) implements Serializable {
    }

    /** One provider's row. */
    public record Row(String name, boolean enabled, boolean inChain, int position, String baseUrl, boolean keyConfigured,
                      String cheap, String balanced, String premium, boolean fromConsole, String state, long calls,
                      long failures, String lastError) implements Serializable {
    }

    /** The provider being edited in the dialog. */
    private String editName;
    private boolean editEnabled;
    private int editPosition;
    private String editBaseUrl;
    private String editCheap;
    private String editBalanced;
    private String editPremium;

    public List<Row> getProviders() {
        return providers.descriptions().stream().map(p -> {
            Optional<ProviderHealth.Status> seen = health.all().stream().filter(s -> s.provider().equals(p.name())).findFirst();
            String state = !p.inChain() ? "not in the chain" : seen.map(ProviderHealth.Status::state).orElse("no calls yet");
            return new Row(p.name(), p.enabled(), p.inChain(), p.position(), p.baseUrl(), p.keyConfigured(),
                    p.models().get(ModelTier.CHEAP), p.models().get(ModelTier.BALANCED), p.models().get(ModelTier.PREMIUM),
                    p.fromConsole(), state, seen.map(ProviderHealth.Status::calls).orElse(0L),
                    seen.map(ProviderHealth.Status::failures).orElse(0L), seen.map(ProviderHealth.Status::lastError).orElse(null));
        }).toList();
    }

    public void edit(Row row) {
        editName = row.name();
        editEnabled = row.enabled();
        editPosition = row.position();
        editBaseUrl = row.baseUrl();
        editCheap = row.cheap();
        editBalanced = row.balanced();
        editPremium = row.premium();
    }

    public void save() {
        Messages.attempt(() -> {
            settings.change(editName, editEnabled, editPosition, editBaseUrl, editCheap, editBalanced, editPremium);
            return editName + " saved; the chain follows at once";
        });
    }

    public void reset(Row row) {
        Messages.attempt(() -> {
            settings.reset(row.name());
            return row.name() + " follows its configuration again";
        });
    }

    public List<Map.Entry<String, PriceTable.Price>> getPrices() {
        return providers.prices().all().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    public int getCheapBelow() {
        return Complexity.CHEAP_BELOW;
    }

    public int getBalancedBelow() {
        return Complexity.BALANCED_BELOW;
    }

    public double getCacheThreshold() {
        return cache.threshold();
    }

    public String getCacheTtl() {
        return cache.ttl().toString().substring(2).toLowerCase();
    }

    public List<String> getModels() {
        return List.copyOf(providers.modelsByName().keySet());
    }

    public void tryIt() {
        Messages.attempt(() -> {
            ModelAnswer answer = gateway.chat(ModelRequest.of("console", model, List.of(UserMessage.from(prompt == null ? "" : prompt))));
            String text = answer.message().text() != null ? answer.message().text() : String.valueOf(answer.message().toolExecutionRequests());
            trial = new Trial(text, answer.provider(), answer.model(), answer.tier(), answer.offline(), answer.cacheHit(),
                    answer.fallbackUsed(), answer.failures(), answer.costUsd().toPlainString());
            return "Answered by " + (answer.offline() ? "the offline model" : answer.provider() + " (" + answer.model() + ")")
                    + (answer.cacheHit() ? " from the cache" : "");
        });
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public Trial getTrial() {
        return trial;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public boolean isEditEnabled() {
        return editEnabled;
    }

    public void setEditEnabled(boolean editEnabled) {
        this.editEnabled = editEnabled;
    }

    public int getEditPosition() {
        return editPosition;
    }

    public void setEditPosition(int editPosition) {
        this.editPosition = editPosition;
    }

    public String getEditBaseUrl() {
        return editBaseUrl;
    }

    public void setEditBaseUrl(String editBaseUrl) {
        this.editBaseUrl = editBaseUrl;
    }

    public String getEditCheap() {
        return editCheap;
    }

    public void setEditCheap(String editCheap) {
        this.editCheap = editCheap;
    }

    public String getEditBalanced() {
        return editBalanced;
    }

    public void setEditBalanced(String editBalanced) {
        this.editBalanced = editBalanced;
    }

    public String getEditPremium() {
        return editPremium;
    }

    public void setEditPremium(String editPremium) {
        this.editPremium = editPremium;
    }
}
