package com.bizosaas.messaging;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The queue messages a domain sends ({@link MessageKind#ofIdAndTenant}): their wire form, read back, and their names. */
class MessageKindTest {

    record Job(UUID jobId, UUID tenantId) {
    }

    static final MessageKind<Job> JOBS = MessageKind.ofIdAndTenant("job", "jobId", Job::new, Job::jobId, Job::tenantId);

    private final Job job = new Job(UUID.randomUUID(), UUID.randomUUID());

    @Test
    void aMessageIsItsIdUnderTheDomainsFieldNameAndItsTenant() {
        assertThat(JOBS.write(job)).isEqualTo("{\"jobId\":\"" + job.jobId() + "\",\"tenantId\":\"" + job.tenantId() + "\"}");
        assertThat(JOBS.subjectOf(job)).isEqualTo(job.jobId().toString());
        assertThat(JOBS.tenantOf(job)).isEqualTo(job.tenantId());
        assertThat(JOBS.actor(job, "")).isEqualTo("job:" + job.jobId());
    }

    @Test
    void aKindThatReadsItsOwnTextHasNoWriterHere() {
        MessageKind<String> events = MessageKind.of("event", text -> text, text -> null, text -> text);
        assertThatThrownBy(() -> events.write("x")).isInstanceOf(IllegalStateException.class);
    }
}
