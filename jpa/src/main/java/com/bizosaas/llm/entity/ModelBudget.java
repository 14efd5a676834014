package com.bizosaas.llm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tenant's model budgets where they differ from its tier's (null = the tier's default), and the periods
 * for which the 80 % alert was already raised, so that it is raised once per period.
 */
@Entity
@Table(name = "model_budget")
public class ModelBudget implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "daily_usd")
    private BigDecimal dailyUsd;

    @Column(name = "monthly_usd")
    private BigDecimal monthlyUsd;

    @Column(name = "alerted_day")
    private LocalDate alertedDay;

    @Column(name = "alerted_month")
    private LocalDate alertedMonth;

    protected ModelBudget() {
        // for JPA
    }

    public ModelBudget(UUID tenantId) {
        this.tenantId = tenantId;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public BigDecimal getDailyUsd() {
        return dailyUsd;
    }

    public BigDecimal getMonthlyUsd() {
        return monthlyUsd;
    }

    public void setLimits(BigDecimal daily, BigDecimal monthly) {
        this.dailyUsd = daily;
        this.monthlyUsd = monthly;
    }

    /** True the first time it is called for this day. */
    public boolean firstAlertOfDay(LocalDate day) {
        boolean first = !day.equals(alertedDay);
        alertedDay = day;
        return first;
    }

    /** True the first time it is called for the month that starts on {@code month}. */
    public boolean firstAlertOfMonth(LocalDate month) {
        boolean first = !month.equals(alertedMonth);
        alertedMonth = month;
        return first;
    }
}
