package com.bizosaas.llm.offline;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model that answers when no provider key is configured, and the last link of every fallback chain: a
 * deterministic {@link ChatModel} that works without network, randomness or state. What it can and cannot do is
 * described in the package documentation.
 * <p>
 * Thread-safe: it holds no state, so one instance may serve every request.
 */
public class OfflineModel implements ChatModel {

    /** The name it answers under, in responses, accounting and {@code GET /v1/models}. */
    public static final String MODEL_NAME = "bizosaas-offline";

    /** Token estimate: one token per four characters, rounded up, the usual rule of thumb for English text. */
    public static final int CHARS_PER_TOKEN = 4;

    /** Tool results longer than this are shortened in the report of them. */
    static final int RESULT_PREVIEW = 1000;

    /** Starts the reply given when the model itself fails; it is logged, never thrown. */
    static final String COULD_NOT_ANSWER = "The offline model could not process this request";

    static final String EMPTY_REPLY = "Hello, this is the BizOSaaS offline model. Your message was empty: send a "
            + "text to summarise, classify or extract from, or a question together with its context.";

    private static final String ABILITIES = "Offline it can: call the tools offered with the request, summarise a "
            + "text (\"Summarize: ...\"), classify a text into labels you list (\"Classify into billing, technical, "
            + "sales: ...\"), extract e-mails, phone numbers, amounts, dates, URLs and \"Name: value\" fields "
            + "(\"Extract: ...\"), and answer a question from a context you supply (\"Context: ... Question: ...\").";

    private static final System.Logger LOG = System.getLogger(OfflineModel.class.getName());
    private static final ChatRequestParameters DEFAULTS = ChatRequestParameters.builder().modelName(MODEL_NAME).build();

    public OfflineModel() {
        // stateless: nothing to set up, so that constructing it can never fail
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return DEFAULTS;
    }

    /** AI services then send POJO return types as a JSON schema, which this model fills property by property. */
    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.OTHER;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Conversation conversation = new Conversation(request.messages());
        List<ToolSpecification> tools = request.toolSpecifications() == null ? List.of() : request.toolSpecifications();
        Reply reply;
        try {
            reply = answer(request, conversation, tools);
        } catch (RuntimeException | StackOverflowError failure) {
            LOG.log(System.Logger.Level.WARNING, "offline model could not answer", failure);
            reply = Reply.text(COULD_NOT_ANSWER + " (" + failure.getClass().getSimpleName() + ").");
        }
        FinishReason finish = reply.call() != null ? FinishReason.TOOL_EXECUTION : FinishReason.STOP;
        String text = reply.text();
        if (reply.call() == null && !reply.json()) {
            text = cutAtStopSequence(text, request.stopSequences());
            Integer maxTokens = request.maxOutputTokens();
            if (maxTokens != null && maxTokens >= 0 && tokens(text.length()) > maxTokens) {
                text = text.substring(0, Math.min(text.length(), maxTokens * CHARS_PER_TOKEN));
                finish = FinishReason.LENGTH;
            }
        }
        AiMessage message = reply.call() != null ? AiMessage.from(List.of(reply.call())) : AiMessage.from(text);
        long outputCharacters = reply.call() != null
                ? reply.call().name().length() + reply.call().arguments().length() : text.length();
        long fingerprint = Conversation.fnv(conversation.fingerprint(),
                reply.call() != null ? reply.call().arguments() : text);
        return ChatResponse.builder()
                .id("offline-" + String.format("%016x", fingerprint))
                .modelName(MODEL_NAME)
                .aiMessage(message)
                .tokenUsage(new TokenUsage(tokens(conversation.characters(tools)), tokens(outputCharacters)))
                .finishReason(finish)
                .build();
    }

    static int tokens(long characters) {
        return (int) Math.min(Integer.MAX_VALUE, (characters + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN);
    }

    private static String cutAtStopSequence(String text, List<String> stopSequences) {
        if (stopSequences == null) {
            return text;
        }
        int cut = text.length();
        for (String stop : stopSequences) {
            if (stop != null && !stop.isEmpty()) {
                int at = text.indexOf(stop);
                if (at >= 0 && at < cut) {
                    cut = at;
                }
            }
        }
        return text.substring(0, cut);
    }

    /** A text, a JSON text, or a single tool call. */
    private record Reply(String text, boolean json, ToolExecutionRequest call) {

        static Reply text(String text) {
            return new Reply(text, false, null);
        }

        static Reply json(Object value) {
            return new Reply(PlainJson.write(value), true, null);
        }

        static Reply call(ToolExecutionRequest call) {
            return new Reply("", false, call);
        }
    }

    private Reply answer(ChatRequest request, Conversation conversation, List<ToolSpecification> tools) {
        ResponseFormat format = request.responseFormat();
        boolean json = format != null && format.type() == ResponseFormatType.JSON;
        ChatMessage last = conversation.last();
        if (last instanceof ToolExecutionResultMessage) {
            String report = toolResults(conversation);
            return json ? Reply.json(Map.of("answer", report)) : Reply.text(report);
        }
        boolean toolsAllowed = !tools.isEmpty() && request.toolChoice() != ToolChoice.NONE
                && (request.toolChoice() == ToolChoice.REQUIRED
                || !Instruction.opensWithTask(conversation.lastUserText()));
        if (last instanceof UserMessage && toolsAllowed) {
            String asked = FormatInstructions.parse(conversation.toolRequestText()).text();
            ToolSelection.Scored chosen = ToolSelection.choose(tools, asked,
                    request.toolChoice() == ToolChoice.REQUIRED);
            if (chosen != null) {
                return toolCall(chosen.tool(), asked, conversation, json);
            }
        }

        FormatInstructions.Parsed parsed = FormatInstructions.parse(conversation.lastUserText());
        String user = parsed.text();
        String system = conversation.system();
        JsonSchemaElement root = json && format.jsonSchema() != null ? format.jsonSchema().rootElement() : null;
        if (root == null && parsed.schema() != null) {
            root = parsed.schema();
            json = true;
        }
        if (user.isBlank()) {
            return json ? Reply.json(jsonAnswer(EMPTY_REPLY)) : Reply.text(EMPTY_REPLY);
        }

        ContextAnswer.Section userContext = ContextAnswer.find(user);
        String outsideContext = userContext == null ? user
                : (user.substring(0, userContext.start()) + "\n" + user.substring(userContext.end())).strip();
        Instruction inUser = Instruction.inUser(outsideContext);
        String material = inUser != null && !inUser.material().isBlank() ? inUser.material() : user;

        if (root instanceof JsonObjectSchema schema) {
            return Reply.json(ArgumentFiller.fill(schema, material, true).values());
        }
        if (root instanceof JsonEnumSchema enumSchema && !enumSchema.enumValues().isEmpty()) {
            return Reply.json(Classifier.classify(enumSchema.enumValues(), Map.of(), material).label());
        }
        if (!parsed.labels().isEmpty()) {
            Classifier.Verdict verdict = Classifier.classify(parsed.labels(), parsed.labelDescriptions(), material);
            return json ? Reply.json(verdictJson(verdict)) : Reply.text(verdict.label());
        }
        if (inUser != null) {
            return perform(inUser, userContext, json);
        }
        ContextAnswer.Section context = userContext != null ? userContext : ContextAnswer.find(system);
        if (context != null) {
            String question = context.question() != null ? context.question()
                    : userContext != null ? outsideContext : user;
            return contextAnswer(context.context(), question, json);
        }
        Instruction inSystem = Instruction.inSystem(system, user);
        if (inSystem != null) {
            return perform(inSystem, null, json);
        }
        String fallback = fallback(user);
        return json ? Reply.json(jsonAnswer(fallback)) : Reply.text(fallback);
    }

    private static Map<String, Object> jsonAnswer(String text) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("answer", text);
        return answer;
    }

    // --- tools ----------------------------------------------------------------------------------------------

    private static Reply toolCall(ToolSpecification tool, String asked, Conversation conversation, boolean json) {
        JsonObjectSchema parameters = tool.parameters();
        ArgumentFiller.Filling filling = parameters == null
                ? new ArgumentFiller.Filling(Map.of(), List.of())
                : ArgumentFiller.fill(parameters, asked, false);
        if (!filling.missing().isEmpty()) {
            String question = askFor(tool, filling.missing());
            if (json) {
                Map<String, Object> out = jsonAnswer(question);
                out.put("missing", filling.missing());
                return Reply.json(out);
            }
            return Reply.text(question);
        }
        String arguments = PlainJson.write(filling.values());
        long hash = Conversation.fnv(conversation.fingerprint(), tool.name() + "\u0000" + arguments);
        return Reply.call(ToolExecutionRequest.builder()
                .id("call_" + String.format("%016x", hash).substring(0, 12))
                .name(tool.name())
                .arguments(arguments)
                .build());
    }

    private static String askFor(ToolSpecification tool, List<String> missing) {
        Map<String, JsonSchemaElement> properties = tool.parameters().properties();
        StringBuilder out = new StringBuilder("To run ").append(tool.name()).append(Conversation.STILL_NEED);
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            String name = missing.get(i);
            if (i > 0) {
                out.append(", ");
            }
            out.append(name);
            JsonSchemaElement element = properties.get(name);
            if (element != null && element.description() != null && !element.description().isBlank()) {
                out.append(" (").append(element.description().strip()).append(')');
            }
            examples.add(name + ": <value>");
        }
        out.append(". Please provide ").append(missing.size() == 1 ? "it" : "them").append(", for example \"")
                .append(String.join(", ", examples)).append("\".");
        return out.toString();
    }

    private static String toolResults(Conversation conversation) {
        StringBuilder out = new StringBuilder();
        for (ToolExecutionResultMessage result : conversation.trailingToolResults()) {
            String name = result.toolName() != null ? result.toolName() : conversation.toolNameOf(result.id());
            if (name == null) {
                name = "The tool";
            }
            String text = result.text() == null ? "" : result.text().strip();
            boolean failed = Boolean.TRUE.equals(result.isError());
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (text.isEmpty()) {
                out.append(name).append(failed ? " failed without a message." : " returned nothing.");
            } else {
                out.append(name).append(failed ? " failed: " : " returned: ").append(shorten(text));
            }
        }
        return out.toString();
    }

    static String shorten(String text) {
        if (text.length() <= RESULT_PREVIEW) {
            return text;
        }
        int cut = RESULT_PREVIEW;
        int space = text.lastIndexOf(' ', cut);
        if (space > RESULT_PREVIEW - 100) {
            cut = space;
        }
        return text.substring(0, cut) + " \u2026 (" + (text.length() - cut) + " more characters)";
    }

    // --- tasks ----------------------------------------------------------------------------------------------

    private static Reply perform(Instruction instruction, ContextAnswer.Section context, boolean json) {
        String material = instruction.material();
        if (material.isBlank() && context != null) {
            material = context.context();
        }
        return switch (instruction.task()) {
            case SUMMARY -> summary(instruction.instruction(), material, json);
            case CLASSIFY -> {
                String text = material.isBlank() ? instruction.instruction() : material;
                Classifier.Verdict verdict = Classifier.classify(instruction.labels().labels(), Map.of(), text);
                yield json ? Reply.json(verdictJson(verdict)) : Reply.text(verdict.label());
            }
            case EXTRACT -> {
                FieldExtraction.Fields fields = FieldExtraction.extract(
                        material.isBlank() ? instruction.instruction() : material);
                yield json ? Reply.json(FieldExtraction.asJson(fields)) : Reply.text(FieldExtraction.asText(fields));
            }
        };
    }

    private static Reply summary(String instruction, String material, boolean json) {
        if (material.isBlank()) {
            String nothing = "There is no text to summarise: put it after the instruction, for example "
                    + "\"Summarize: ...\".";
            return json ? Reply.json(jsonAnswer(nothing)) : Reply.text(nothing);
        }
        List<Sentences.Sentence> kept = ExtractiveSummary.pick(material, ExtractiveSummary.requestedCount(instruction));
        String summary = ExtractiveSummary.render(kept, ExtractiveSummary.bulletsRequested(instruction));
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("summary", summary);
            return Reply.json(out);
        }
        return Reply.text(summary);
    }

    private static Map<String, Object> verdictJson(Classifier.Verdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", verdict.label());
        out.put("confidence", verdict.confidence());
        return out;
    }

    private static Reply contextAnswer(String context, String question, boolean json) {
        if (Terms.terms(question).isEmpty()) {
            String ask = "What would you like to know about the context?";
            return json ? Reply.json(jsonAnswer(ask)) : Reply.text(ask);
        }
        ContextAnswer.Answer answer = ContextAnswer.answer(context, question);
        if (!answer.found()) {
            String declined = "The context does not contain the answer to \"" + shortQuestion(question) + "\".";
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("answer", null);
                out.put("reason", declined);
                return Reply.json(out);
            }
            return Reply.text(declined);
        }
        StringBuilder text = new StringBuilder();
        List<String> where = new ArrayList<>();
        List<Object> sources = new ArrayList<>();
        for (ContextAnswer.Source source : answer.sources()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(source.sentence().text().replaceAll("\\s*\\n\\s*", " "));
            where.add(answer.passages() > 1
                    ? "passage " + source.passage() + ", sentence " + source.sentenceInPassage()
                    : "sentence " + source.sentenceInPassage());
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("passage", source.passage());
            s.put("sentence", source.sentenceInPassage());
            sources.add(s);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("answer", text.toString());
            out.put("sources", sources);
            return Reply.json(out);
        }
        return Reply.text(text + "\n\n(From the context: " + String.join("; ", where) + ".)");
    }

    private static String shortQuestion(String question) {
        String q = question.strip().replaceAll("\\s+", " ");
        return q.length() <= 200 ? q : q.substring(0, 200) + "\u2026";
    }

    /** An honest reply: what it is, what it understood the request to be about, and what it can do offline. */
    static String fallback(String user) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        int position = 0;
        for (String word : Terms.words(user)) {
            if (word.length() < 3 || Terms.isStopWord(word) || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            counts.merge(word, 1, Integer::sum);
            firstSeen.putIfAbsent(word, position++);
        }
        List<String> keyTerms = new ArrayList<>(counts.keySet());
        keyTerms.sort((a, b) -> counts.get(b).equals(counts.get(a))
                ? Integer.compare(firstSeen.get(a), firstSeen.get(b)) : Integer.compare(counts.get(b), counts.get(a)));
        // it answers when no provider is configured and when every configured one failed: say neither
        StringBuilder out = new StringBuilder("This is the BizOSaaS offline model: no language-model provider answered, "
                + "so it does not write free-form answers.");
        if (!keyTerms.isEmpty()) {
            out.append(" You asked about: ").append(String.join(", ", keyTerms.subList(0, Math.min(6, keyTerms.size()))))
                    .append('.');
        }
        return out.append(' ').append(ABILITIES).toString();
    }
}
