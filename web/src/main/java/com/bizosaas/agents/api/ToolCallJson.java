package com.bizosaas.agents.api;

import com.bizosaas.agents.entity.ToolCall;

import java.time.Instant;

/**
 * One tool call of a task, in order ({@code seq}): the tool, its arguments, how it ended (DONE, FAILED, REFUSED,
 * UNCERTAIN, or CALLING while under way), whether the sandbox answered, and the result or the reason.
 */
public record ToolCallJson(int seq, String tool, String arguments, String state, boolean sandbox, String result,
                           Instant startedAt, Instant finishedAt) {

    static ToolCallJson of(ToolCall c) {
        return new ToolCallJson(c.getSeq(), c.getTool(), c.getArguments(), c.getState().name(), c.isSandbox(),
                c.getResult(), c.getStartedAt(), c.getFinishedAt());
    }
}
