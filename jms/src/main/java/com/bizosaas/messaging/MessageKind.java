package com.bizosaas.messaging;

import com.bizosaas.json.Jsonp;
import jakarta.jms.Message;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One kind of message the platform's consumers work on, as {@link Deliveries} and {@link DeadLetters} need to know it:
 * how its text is read, the tenant it names, and what it is about. The platform acts under {@code name:subject}
 * ("agent-task:&lt;task id&gt;", "event:&lt;event type&gt;") while it works on one, so audit entries and the rows the
 * work writes say which message did it. For queue messages the name is also the value of
 * {@link Destinations#KIND_PROPERTY}, which the dead-letter consumers select on.
 *
 * <p>Each domain declares its own kinds next to the message it sends; none uses another's.
 *
 * @param <M> what the message carries once read
 */
public final class MessageKind<M> {

    private final String name;
    private final Function<String, M> reader;
    private final Function<M, UUID> tenant;
    private final Function<M, ?> subject;
    private final Function<M, String> writer;

    private MessageKind(String name, Function<String, M> reader, Function<M, UUID> tenant, Function<M, ?> subject,
                        Function<M, String> writer) {
        this.name = Objects.requireNonNull(name, "name");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.writer = writer;
    }

    /**
     * @param reader  the message's text to its content; throws for text it cannot read
     * @param tenant  whose data the content concerns (null only for a platform-wide event)
     * @param subject what the content is about: a task's or run's id, an event's type
     */
    public static <M> MessageKind<M> of(String name, Function<String, M> reader, Function<M, UUID> tenant,
                                        Function<M, ?> subject) {
        return new MessageKind<>(name, reader, tenant, subject, null);
    }

    /**
     * The queue message a domain sends to have one thing of a tenant worked on — {@code {"<idField>": id, "tenantId":
     * tenant}} — read and written here, so that each domain declares only its record and the field's name.
     */
    public static <M> MessageKind<M> ofIdAndTenant(String name, String idField, BiFunction<UUID, UUID, M> make,
                                                   Function<M, UUID> id, Function<M, UUID> tenant) {
        Function<String, M> reader = text -> {
            JsonObject json = Jsonp.createReader(new StringReader(text)).readObject();
            return make.apply(UUID.fromString(json.getString(idField)), UUID.fromString(json.getString("tenantId")));
        };
        Function<M, String> writer = content -> Jsonp.createObjectBuilder().add(idField, id.apply(content).toString())
                .add("tenantId", tenant.apply(content).toString()).build().toString();
        return new MessageKind<>(name, reader, tenant, id, writer);
    }

    public String name() {
        return name;
    }

    /** The message's text, for a kind made with {@link #ofIdAndTenant}. */
    String write(M content) {
        if (writer == null) {
            throw new IllegalStateException(name + " messages are written by their own sender");
        }
        return writer.apply(content);
    }

    /** What the content is about (a task's or run's id), as messages are correlated. */
    String subjectOf(M content) {
        return String.valueOf(subject.apply(content));
    }

    /** The content; throws for a message that is not text or not this kind's text. */
    M read(Message message) {
        return reader.apply(TextMessages.body(message));
    }

    UUID tenantOf(M content) {
        return tenant.apply(content);
    }

    /** The name the platform works under: {@code name<role>:subject}, the role "" or e.g. "-dead-letter". */
    String actor(M content, String role) {
        return name + role + ":" + subject.apply(content);
    }
}
