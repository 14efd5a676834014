package com.bizosaas.llm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * The super-admin's setting of one model provider for the whole platform, overriding the configuration's
 * defaults. Never holds a key.
 */
@Entity
@Table(name = "llm_provider_setting")
public class ProviderSetting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String provider;

    private boolean enabled;

    private int position;

    @Column(name = "base_url")
    private String baseUrl;

    @Column(name = "cheap_model")
    private String cheapModel;

    @Column(name = "balanced_model")
    private String balancedModel;

    @Column(name = "premium_model")
    private String premiumModel;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected ProviderSetting() {
        // for JPA
    }

    public ProviderSetting(String provider) {
        this.provider = provider;
    }

    public void change(boolean enabled, int position, String baseUrl, String cheapModel, String balancedModel,
                       String premiumModel, Instant now, String by) {
        this.enabled = enabled;
        this.position = position;
        this.baseUrl = baseUrl;
        this.cheapModel = cheapModel;
        this.balancedModel = balancedModel;
        this.premiumModel = premiumModel;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String getProvider() {
        return provider;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getPosition() {
        return position;
    }

    /** Null: the configured (or the provider's public) base URL. */
    public String getBaseUrl() {
        return baseUrl;
    }

    public String getCheapModel() {
        return cheapModel;
    }

    public String getBalancedModel() {
        return balancedModel;
    }

    public String getPremiumModel() {
        return premiumModel;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    @Override
    public String toString() {
        return provider + (enabled ? " enabled" : " disabled") + " #" + position + (baseUrl == null ? "" : " at " + baseUrl)
                + ", models " + cheapModel + " / " + balancedModel + " / " + premiumModel;
    }
}
