package com.bizosaas.llm.boundary;

import com.bizosaas.tenancy.boundary.TierUsage;
import com.bizosaas.tenancy.boundary.UsageFigure;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import java.util.List;
import java.util.Map;

/** The month's model spend against the organisation's budget. */
@Dependent
public class GatewayUsage implements TierUsage {

    @EJB
    ModelBudgets budgets;

    @Override
    public List<UsageFigure> figures(Tenant tenant) {
        ModelBudgets.Status budget = budgets.status();
        return List.of(UsageFigure.of(40, "Model budget", "$" + budget.spentThisMonthUsd() + " of $" + budget.monthlyUsd() + " this month",
                null, Map.of("modelSpendThisMonthUsd", budget.spentThisMonthUsd(), "monthlyModelBudgetUsd", budget.monthlyUsd()))
                .linkedTo("/llm/costs", "Model costs"));
    }
}
