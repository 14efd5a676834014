package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.agents.insights.boundary.AgentInsights;
import com.bizosaas.agents.insights.control.InsightNotes;
import com.bizosaas.agents.tasks.control.AgentConversation;
import com.bizosaas.connectors.boundary.Connectors;
import com.bizosaas.connectors.control.ToolDefinition;
import com.bizosaas.connectors.control.ToolDefinitions;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.llm.boundary.Gateway;
import com.bizosaas.llm.boundary.ModelRequest;
import com.bizosaas.messaging.Deliveries;
import com.bizosaas.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Works on agent tasks from the AgentTasks queue. The message's tenant becomes the tenant of every transaction
 * before anything is read, so a message naming another tenant's task finds nothing and changes nothing. The
 * agent, as the tenant configures it when the attempt starts, works on the task through the language-model
 * gateway (feature "agents"; the offline model answers when no provider does) and the tools of its configuration
 * ({@link AgentConversation}, each call made at most once: {@link TaskTools}), told — as data beside the task, never
 * in its prompt — the latest accepted insights of its category's agents; the insights its answer records are kept
 * for an administrator to accept ({@link AgentInsights}). A call that changes something at a vendor and that the
 * task did not name stops the attempt: the task waits for a person to approve that very call
 * ({@link TaskExecution#awaitApprovalOfCall}). A refusal (budget used up) fails the task at once; any other failure rolls the
 * message back for the broker's bounded redelivery, after which {@link AgentTaskDeadLetters} marks it FAILED.
 *
 * <p>An attempt commits twice, both in {@link TaskExecution}: when it starts (which also reads all it needs) and when
 * it ends. The listener itself touches no data, so the tenant interceptor is left out: its own transaction holds
 * only the message and commits in one phase, with no two-phase commit between the broker and the database.
 */
@ExcludeDefaultInterceptors
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.AGENT_TASKS_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class AgentTaskListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(AgentTaskListener.class.getName());

    @Inject
    Deliveries deliveries;

    @EJB
    TaskExecution execution;

    @EJB
    Gateway gateway;

    @EJB
    ToolCallLog toolCalls;

    @EJB
    Connectors connectors;

    @Override
    public void onMessage(Message message) {
        TaskDispatch.TaskMessage task = deliveries.enter(message, TaskDispatch.MESSAGES);
        Optional<TaskExecution.Work> started = execution.start(task.taskId(), redelivered(message));
        if (started.isEmpty()) {
            LOG.fine(() -> "nothing to do for task " + task.taskId() + " of tenant " + task.tenantId());
            return;
        }
        TaskExecution.Work work = started.get();
        Agent agent = work.agent();
        AgentSettings settings = work.settings();
        // the prompt is ours and the administrator's; the task, notes and earlier results go to the model as data
        String prompt = settings.promptTemplate().replace("{{tenant}}", work.tenantName())
                .replace("{{input}}", "(the request is the user's message)") + InsightNotes.forPrompt(agent.getCategory());
        Map<String, ToolDefinition> offered = new LinkedHashMap<>();
        settings.tools().forEach(t -> ToolDefinitions.of(t, agent.getIntegration()).ifPresent(d -> offered.put(t, d)));
        TaskTools tools = new TaskTools(work, toolCalls, connectors);
        List<String> data = new ArrayList<>();
        InsightNotes.asData(agent.getCategory(), work.insights()).ifPresent(data::add);
        AgentConversation.NamedCall named = null;
        if (work.task().getTool() != null) {
            int seq = tools.seqOfNamedCall(work.task().getTool(), work.task().getToolArguments());
            tools.earlierCallsAsData(seq).ifPresent(data::add);
            named = new AgentConversation.NamedCall(ToolDefinitions.of(work.task().getTool(), agent.getIntegration()).orElseThrow(),
                    Jsonp.createReader(new StringReader(work.task().getToolArguments())).readObject(), seq);
        }
        AgentConversation.Model model = (messages, specifications) -> gateway.chat(new ModelRequest(Agents.FEATURE,
                agent.getId(), settings.modelTier(), messages, specifications, settings.temperature().doubleValue(),
                settings.maxTokens(), null, specifications.isEmpty()));
        AgentConversation.Outcome outcome;
        try {
            outcome = AgentConversation.run(prompt, data, work.task().getInput(), offered, named, model, tools);
        } catch (AgentConversation.CallAwaitsApproval stopped) {
            execution.awaitApprovalOfCall(work, tools.unrecorded(), stopped.tool().name(), stopped.arguments());
            return;
        } catch (Refusal refusal) {
            execution.fail(task.taskId(), tools.unrecorded(), refusal.getMessage());
            return;
        } catch (RuntimeException broken) {
            execution.attemptFailed(task.taskId(), tools.unrecorded(), broken.toString());
            throw broken; // rolls the message back: the broker redelivers with back-off, then dead-letters it
        }
        execution.succeed(work, tools.unrecorded(), outcome.text(), outcome.provider(), outcome.model(), outcome.costUsd());
    }

    private static boolean redelivered(Message message) {
        try {
            return message.getJMSRedelivered();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the redelivery flag", e);
        }
    }
}
