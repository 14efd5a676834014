package com.bizosaas.agents.console;

import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.agents.entity.ToolCall;
import com.bizosaas.agents.tasks.boundary.AgentTasks;
import com.bizosaas.agents.tasks.boundary.ToolCallLog;
import com.bizosaas.console.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The agents page's task list: the tenant's tasks, newest first, with their live states, results and tool calls;
 * the page's poll refreshes it every two seconds.
 */
@Named
@ViewScoped
public class TaskListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AgentTasks tasks;

    @EJB
    ToolCallLog toolCallLog;

    private final PagedModel<AgentTask> taskModel = new PagedModel<>((filters, page) -> tasks.list(null, page),
            task -> task.getId().toString());

    /** A task's tool calls in order; the list shows them under the result. */
    public List<ToolCall> toolCalls(AgentTask task) {
        return task.getState() == TaskState.QUEUED || task.getState() == TaskState.AWAITING_APPROVAL ? List.of()
                : toolCallLog.of(task.getId());
    }

    public PagedModel<AgentTask> getTasks() {
        return taskModel;
    }
}
