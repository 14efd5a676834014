package com.bizosaas.llm.offline;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd but well-formed requests never break the model, and a 100 KB prompt is answered in well under 100 ms. */
class OfflineModelRobustnessTest {

    private final OfflineModel model = new OfflineModel();

    static final ToolSpecification ODD_TOOL = ToolSpecification.builder()
            .name("update_customer_record")
            .parameters(JsonObjectSchema.builder()
                    .addProperty("customer", JsonObjectSchema.builder()
                            .addStringProperty("email").addStringProperty("name").build())
                    .addProperty("tags", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                    .addProperty("scores", JsonArraySchema.builder().items(JsonIntegerSchema.builder().build()).build())
                    .addProperty("either", JsonAnyOfSchema.builder()
                            .anyOf(JsonIntegerSchema.builder().build(), new JsonStringSchema()).build())
                    .addProperty("ref", JsonReferenceSchema.builder().reference("Other").build())
                    .build())
            .build();

    static Stream<List<ChatMessage>> oddConversations() {
        String longLine = "word ".repeat(25_000);
        return Stream.of(
                List.of(AiMessage.from("I answered already")),
                List.of(SystemMessage.from("Summarize everything.")),
                List.of(UserMessage.from(ImageContent.from("https://example.com/receipt.png"))),
                List.of(UserMessage.from(TextContent.from("Summarize: first part."),
                        ImageContent.from("https://example.com/receipt.png"), TextContent.from("Second part."))),
                List.of(UserMessage.from("{{{{{{{{ }}} {\"a\": [[[[[[[[ ]]]] \"unclosed")),
                List.of(UserMessage.from("{\"amount\": 1e999999999, \"orderId\": \"X\"} refund it")),
                List.of(UserMessage.from("[".repeat(5000) + "]".repeat(5000) + " {" + "\"a\":{".repeat(200) + "}")),
                List.of(UserMessage.from("::: === key: value= =value :: \"\" '' \u201c\u201d")),
                List.of(UserMessage.from("\u00c9t\u00e9 \u00e0 Z\u00fcrich \u2014 \u0645\u0631\u062d\u0628\u0627 \ud83d\ude00 "
                        + "\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3002 Classify into \u00e9t\u00e9, hiver: chaud")),
                List.of(UserMessage.from(longLine)),
                List.of(UserMessage.from("Name: " + longLine)),
                List.of(UserMessage.from("x".repeat(100_000))),
                List.of(UserMessage.from("a@".repeat(30_000) + "b.com")),
                List.of(UserMessage.from("1,".repeat(30_000))),
                List.of(UserMessage.from("Summarize in 99 sentences: one. two. three.")),
                List.of(UserMessage.from("Context:\n\nQuestion: ?")),
                List.of(UserMessage.from("Question: what?\nContext: nothing")),
                List.of(UserMessage.from("Classify into a, b: ")),
                List.of(UserMessage.from("You must answer strictly in the following JSON format: {\n\"x\": (type: "
                        + "com.acme.X: {\n\"y\": (type: string)\n})\n}")),
                List.of(UserMessage.from("You must answer strictly with one of these enums:")),
                List.of(UserMessage.from("update customer record for jane@acme.com, tags: vip, scores 3 and 4")),
                List.of(UserMessage.from("weather"), AiMessage.from(ToolExecutionRequest.builder().id("c1")
                        .name("lookupWeather").arguments("{}").build()),
                        ToolExecutionResultMessage.builder().id("unknown").text("  ").build()));
    }

    @ParameterizedTest
    @MethodSource("oddConversations")
    void oddConversationsAreAnsweredWithoutFailure(List<ChatMessage> messages) {
        List<ToolSpecification> tools = new ArrayList<>(OfflineModelTest.TOOLS);
        tools.add(ODD_TOOL);
        for (ResponseFormat format : List.of(ResponseFormat.TEXT, ResponseFormat.JSON, ResponseFormat.builder()
                .type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder().name("Odd")
                        .rootElement(ODD_TOOL.parameters()).build()).build())) {
            ChatResponse response = model.chat(ChatRequest.builder().messages(messages).toolSpecifications(tools)
                    .responseFormat(format).build());

            AiMessage answer = response.aiMessage();
            if (answer.hasToolExecutionRequests()) {
                OfflineModelTest.json(answer.toolExecutionRequests().get(0).arguments());
            } else {
                assertThat(answer.text()).isNotNull().doesNotStartWith(OfflineModel.COULD_NOT_ANSWER);
                if (format.type() == ResponseFormatType.JSON) {
                    assertThat(answer.text()).satisfiesAnyOf(
                            text -> OfflineModelTest.json(text),
                            text -> assertThat(text).startsWith("\""));
                }
            }
            assertThat(response.tokenUsage().inputTokenCount()).isNotNegative();
        }
    }

    @Test
    void nestedObjectsAndArraysAreFilledFromTheText() {
        ChatResponse response = model.chat(ChatRequest.builder().toolSpecifications(ODD_TOOL)
                .messages(UserMessage.from("Update customer record: customer name Jane Roe, jane@roe.io, "
                        + "scores 3, 7 and 12"))
                .build());

        var arguments = OfflineModelTest.json(OfflineModelTest.onlyCall(response).arguments());
        assertThat(arguments.getJsonObject("customer").getString("email")).isEqualTo("jane@roe.io");
        assertThat(arguments.getJsonObject("customer").getString("name")).isEqualTo("Jane Roe");
        assertThat(arguments.getJsonArray("scores").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(jakarta.json.JsonNumber::intValue).containsExactly(3, 7, 12);
        assertThat(arguments.containsKey("ref")).isFalse();
    }

    /** About 100 KB of business prose with numbers, addresses and dates scattered through it. */
    static String hundredKilobytes() {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (text.length() < 100_000) {
            text.append("Order ORD-").append(1000 + i).append(" for customer").append(i % 37)
                    .append("@example.com was shipped on 2024-0").append(1 + i % 9).append("-1").append(i % 10)
                    .append(" and invoiced at $").append(10 + i % 90).append(".50. ")
                    .append("The warehouse team in Rotterdam confirmed the delivery window, and the carrier updated "
                            + "the tracking page at https://track.example.com/").append(i).append(". ")
                    .append(i % 5 == 0 ? "Customer feedback mentioned slow support and a billing error.\n\n" : "\n");
            i++;
        }
        return text.toString();
    }

    @Test
    void hundredKilobytePromptsAreAnsweredWellUnderAHundredMilliseconds() {
        String big = hundredKilobytes();
        assertThat(big.length()).isBetween(100_000, 110_000);
        List<ToolSpecification> tools = OfflineModelTest.TOOLS;
        JsonSchema order = JsonSchema.builder().name("Order").rootElement(JsonObjectSchema.builder()
                .addStringProperty("orderId").addStringProperty("email").addNumberProperty("amount")
                .addStringProperty("shippedOn").addStringProperty("summary").build()).build();
        List<Supplier<ChatRequest>> requests = List.of(
                () -> ChatRequest.builder().messages(UserMessage.from("Summarize in 3 sentences:\n" + big)).build(),
                () -> ChatRequest.builder().messages(UserMessage.from(
                        "Classify into billing, technical, sales, shipping:\n" + big)).build(),
                () -> ChatRequest.builder().messages(UserMessage.from("Extract all contact details:\n" + big)).build(),
                () -> ChatRequest.builder().messages(UserMessage.from("Context:\n" + big
                        + "\nQuestion: Which warehouse team confirmed the delivery window?")).build(),
                () -> ChatRequest.builder().messages(UserMessage.from("Please refund order A-1 for $5. " + big))
                        .toolSpecifications(tools).build(),
                () -> ChatRequest.builder().messages(UserMessage.from(big)).responseFormat(ResponseFormat.builder()
                        .type(ResponseFormatType.JSON).jsonSchema(order).build()).build(),
                () -> ChatRequest.builder().messages(UserMessage.from("Write a poem about this: " + big)).build());

        // CPU time of this thread, so that other processes on a busy build machine do not count against the model
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        for (Supplier<ChatRequest> request : requests) {
            ChatRequest built = request.get();
            model.chat(built);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                long started = cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
                ChatResponse response = model.chat(built);
                best = Math.min(best, (cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - started);
                assertThat(response.aiMessage().text() == null && !response.aiMessage().hasToolExecutionRequests())
                        .isFalse();
            }
            System.out.printf("offline model, 100 KB prompt: %.1f ms %s (%s)%n", best / 1e6, cpuTime ? "CPU" : "wall",
                    UserMessage.class.cast(built.messages().get(0)).singleText().substring(0, 20).replace('\n', ' '));
            assertThat(best / 1_000_000).as("milliseconds").isLessThan(100);
        }
    }

    @Test
    void typicalPromptsTakeWellUnderAMillisecond() {
        ChatRequest request = ChatRequest.builder().toolSpecifications(OfflineModelTest.TOOLS)
                .messages(UserMessage.from("Please refund order A-1001, the customer was charged $49.90 twice."))
                .build();
        for (int i = 0; i < 2_000; i++) {
            model.chat(request);
        }
        long started = System.nanoTime();
        int runs = 2_000;
        for (int i = 0; i < runs; i++) {
            model.chat(request);
        }
        double micros = (System.nanoTime() - started) / 1e3 / runs;
        System.out.printf("offline model, typical tool call: %.1f \u00b5s%n", micros);
        assertThat(micros).isLessThan(5_000);
    }
}
