package com.bizosaas.agents.boundary;

import com.bizosaas.agents.control.AgentConversation;
import com.bizosaas.agents.entity.ToolCall;
import com.bizosaas.connectors.boundary.Connectors;
import com.bizosaas.connectors.control.ConnectorException;
import com.bizosaas.connectors.control.ToolDefinition;
import jakarta.json.JsonObject;

import java.util.Optional;
import java.util.UUID;

/**
 * One task's tool calls, each made at most once. Before a call leaves, it is on record under the task and its
 * sequence number; a redelivered task that comes to the same call finds the record: a finished call's result is
 * reused, a call that was under way when the node stopped is marked UNCERTAIN and not repeated — the agent is told
 * to have it checked — so a side-effecting call never happens twice.
 */
final class TaskTools implements AgentConversation.ToolRunner {

    /** Results longer than this reach the model shortened (the record keeps them whole). */
    private static final int MAX_RESULT_FOR_MODEL = 6000;

    private final UUID taskId;
    private final ToolCallLog log;
    private final Connectors connectors;

    TaskTools(UUID taskId, ToolCallLog log, Connectors connectors) {
        this.taskId = taskId;
        this.log = log;
        this.connectors = connectors;
    }

    @Override
    public String call(int seq, ToolDefinition tool, JsonObject arguments) {
        Optional<String> earlier = earlier(seq, tool.name(), arguments.toString());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ToolCall call = log.begin(taskId, seq, tool.name(), arguments.toString(), !connectors.reachesRealApi(tool));
        try {
            Connectors.Outcome outcome = connectors.run(tool, arguments, call.idempotencyKey());
            String result = outcome.data().toString();
            log.finish(call.getId(), ToolCall.State.DONE, result);
            return forModel(result);
        } catch (ConnectorException failed) {
            log.finish(call.getId(), ToolCall.State.FAILED, failed.getMessage());
            return "error: " + failed.getMessage();
        }
    }

    @Override
    public String refuse(int seq, String tool, String arguments, String why) {
        Optional<String> earlier = earlier(seq, tool, arguments);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ToolCall call = log.begin(taskId, seq, tool, arguments, true);
        log.finish(call.getId(), ToolCall.State.REFUSED, why);
        return "refused: " + why;
    }

    /** What an earlier attempt of this task recorded at this step, as the model is told it; empty if nothing. */
    private Optional<String> earlier(int seq, String tool, String arguments) {
        return log.find(taskId, seq).map(recorded -> {
            if (!recorded.getTool().equals(tool) || !recorded.getArguments().equals(arguments)) {
                return "refused: an earlier attempt of this task made a different call at this step ("
                        + recorded.getTool() + "); it is not replaced by another";
            }
            return switch (recorded.getState()) {
                case DONE -> forModel(recorded.getResult());
                case FAILED -> "error: " + recorded.getResult();
                case REFUSED -> "refused: " + recorded.getResult();
                case CALLING, UNCERTAIN -> {
                    if (recorded.getState() == ToolCall.State.CALLING) {
                        log.finish(recorded.getId(), ToolCall.State.UNCERTAIN,
                                "the platform stopped during this call; whether it took effect is unknown, so it is not repeated");
                    }
                    yield "error: the outcome of this call is unknown (the platform stopped during it) and it is not "
                            + "repeated; ask a person to check " + tool + " before trying again";
                }
            };
        });
    }

    private static String forModel(String result) {
        return result.length() <= MAX_RESULT_FOR_MODEL ? result : result.substring(0, MAX_RESULT_FOR_MODEL) + " …(shortened)";
    }
}
