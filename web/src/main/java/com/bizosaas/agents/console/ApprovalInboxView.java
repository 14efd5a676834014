package com.bizosaas.agents.console;

import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.agents.tasks.boundary.AgentTasks;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The agents page's approval inbox: the tenant's tasks waiting for a manager's or administrator's decision, refreshed
 * with the task list. Deciding one opens {@link TaskDecisionDialog}.
 */
@Named
@RequestScoped
public class ApprovalInboxView {

    @EJB
    AgentTasks tasks;

    /** The tenant's tasks waiting for a decision, oldest first would hide new ones: newest first, up to 50. */
    public List<AgentTask> getAwaiting() {
        return tasks.list(TaskState.AWAITING_APPROVAL, new PageRequest(0, 50)).items();
    }
}
