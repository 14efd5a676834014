package com.bizosaas.llm.api;

import com.bizosaas.errors.Refusal;
import com.bizosaas.llm.boundary.ModelRequest;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OpenAiRequestsTest {

    private static final String HELLO = "'messages':[{'role':'user','content':'Hello'}]";

    /** A request body written with single quotes for readability. */
    private static JsonObject body(String json) {
        try (var reader = Json.createReader(new StringReader(json.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static ModelRequest chat(String json) {
        return OpenAiRequests.chat(body(json), true);
    }

    private static void assertRefused(String json, String field) {
        assertThatThrownBy(() -> chat(json)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.getMessage()).isNotBlank();
        });
    }

    @Test
    void readsAMinimalRequest() {
        ModelRequest request = chat("{'model':'auto'," + HELLO + "}");

        assertThat(request.feature()).isEqualTo("api");
        assertThat(request.agentId()).isNull();
        assertThat(request.model()).isEqualTo("auto");
        assertThat(request.messages()).singleElement().isInstanceOfSatisfying(UserMessage.class,
                m -> assertThat(m.singleText()).isEqualTo("Hello"));
        assertThat(request.tools()).isEmpty();
        assertThat(request.temperature()).isNull();
        assertThat(request.maxTokens()).isNull();
        assertThat(request.responseFormat()).isNull();
        assertThat(request.useCache()).isTrue();
    }

    @Test
    void mapsEveryRoleToItsMessageType() {
        ModelRequest request = chat("""
                {'model':'gpt-4o-mini','messages':[
                  {'role':'system','content':'Be brief.'},
                  {'role':'developer','content':'Answer in English.'},
                  {'role':'user','content':'Weather in Paris?'},
                  {'role':'assistant','content':'Let me check.','tool_calls':[
                    {'id':'call_1','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Paris\\'}'}}]},
                  {'role':'tool','tool_call_id':'call_1','name':'get_weather','content':'18 C, sunny'},
                  {'role':'assistant','content':'It is 18 C and sunny.'}]}
                """);

        assertThat(request.messages()).hasSize(6);
        assertThat(request.messages().get(0)).isEqualTo(SystemMessage.from("Be brief."));
        assertThat(request.messages().get(1)).isEqualTo(SystemMessage.from("Answer in English."));
        assertThat(request.messages().get(2)).isEqualTo(UserMessage.from("Weather in Paris?"));
        assertThat(request.messages().get(3)).isInstanceOfSatisfying(AiMessage.class, ai -> {
            assertThat(ai.text()).isEqualTo("Let me check.");
            assertThat(ai.toolExecutionRequests()).containsExactly(ToolExecutionRequest.builder()
                    .id("call_1").name("get_weather").arguments("{\"city\":\"Paris\"}").build());
        });
        assertThat(request.messages().get(4)).isInstanceOfSatisfying(ToolExecutionResultMessage.class, tool -> {
            assertThat(tool.id()).isEqualTo("call_1");
            assertThat(tool.toolName()).isEqualTo("get_weather");
            assertThat(tool.text()).isEqualTo("18 C, sunny");
        });
        assertThat(request.messages().get(5)).isEqualTo(AiMessage.from("It is 18 C and sunny."));
    }

    @Test
    void anAssistantToolCallWithoutContentOrArgumentsHasNoTextAndEmptyArguments() {
        ModelRequest request = chat("""
                {'model':'auto','messages':[{'role':'user','content':'Ping'},
                  {'role':'assistant','content':null,'tool_calls':[{'id':'c1','function':{'name':'ping'}},
                                                                   {'id':'c2','function':{'name':'pong','arguments':'{}'}}]}]}
                """);

        assertThat(request.messages().get(1)).isInstanceOfSatisfying(AiMessage.class, ai -> {
            assertThat(ai.text()).isNull();
            assertThat(ai.toolExecutionRequests()).extracting(ToolExecutionRequest::id, ToolExecutionRequest::arguments)
                    .containsExactly(tuple("c1", "{}"), tuple("c2", "{}"));
        });
    }

    @Test
    void anAssistantMessageWithoutContentIsEmpty() {
        ModelRequest request = chat("{'model':'auto','messages':[{'role':'user','content':'Hi'},{'role':'assistant'}]}");

        assertThat(request.messages().get(1)).isEqualTo(AiMessage.from(""));
    }

    @Test
    void aToolMessageWithoutContentOrNameIsAnEmptyResult() {
        ModelRequest request = chat("{'model':'auto','messages':[{'role':'tool','tool_call_id':'c1'}]}");

        assertThat(request.messages().get(0)).isInstanceOfSatisfying(ToolExecutionResultMessage.class, tool -> {
            assertThat(tool.id()).isEqualTo("c1");
            assertThat(tool.toolName()).isNull();
            assertThat(tool.text()).isEmpty();
        });
    }

    @Test
    void joinsTheTextPartsOfArrayContentWithNewLines() {
        ModelRequest request = chat("""
                {'model':'auto','messages':[{'role':'user','content':[
                  {'type':'text','text':'First part.'},{'type':'text','text':'Second part.'}]}]}
                """);

        assertThat(request.messages().get(0)).isEqualTo(UserMessage.from("First part.\nSecond part."));
    }

    @Test
    void readsToolsIntoToolSpecifications() {
        ModelRequest request = chat("""
                {'model':'auto',%s,'tools':[{'type':'function','function':{'name':'get_order','description':'Find an order',
                  'parameters':{'type':'object','properties':{'id':{'type':'string'},'lines':{'type':'integer'}},'required':['id']}}}]}
                """.formatted(HELLO));

        assertThat(request.tools()).singleElement().satisfies(tool -> {
            assertThat(tool.name()).isEqualTo("get_order");
            assertThat(tool.description()).isEqualTo("Find an order");
            assertThat(tool.parameters().properties().get("id")).isInstanceOf(JsonStringSchema.class);
            assertThat(tool.parameters().properties().get("lines")).isInstanceOf(JsonIntegerSchema.class);
            assertThat(tool.parameters().required()).containsExactly("id");
        });
    }

    @Test
    void nullToolsMeanNoTools() {
        assertThat(chat("{'model':'auto'," + HELLO + ",'tools':null}").tools()).isEmpty();
    }

    @Test
    void readsTemperature() {
        assertThat(chat("{'model':'auto'," + HELLO + ",'temperature':0.7}").temperature()).isEqualTo(0.7);
        assertThat(chat("{'model':'auto'," + HELLO + ",'temperature':null}").temperature()).isNull();
    }

    @Test
    void prefersMaxCompletionTokensOverMaxTokens() {
        assertThat(chat("{'model':'auto'," + HELLO + ",'max_tokens':100,'max_completion_tokens':200}").maxTokens())
                .isEqualTo(200);
        assertThat(chat("{'model':'auto'," + HELLO + ",'max_tokens':100}").maxTokens()).isEqualTo(100);
        assertThat(chat("{'model':'auto'," + HELLO + ",'max_tokens':100,'max_completion_tokens':null}").maxTokens())
                .isEqualTo(100);
    }

    @Test
    void cacheFalseInTheBodySkipsTheCache() {
        assertThat(chat("{'model':'auto'," + HELLO + ",'cache':false}").useCache()).isFalse();
        assertThat(OpenAiRequests.chat(Json.createObjectBuilder(body("{'model':'auto'," + HELLO + "}"))
                .add("cache", false).build(), true).useCache()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "null", "'false'", "0"})
    void onlyABooleanFalseSkipsTheCache(String value) {
        assertThat(chat("{'model':'auto'," + HELLO + ",'cache':" + value + "}").useCache()).isTrue();
    }

    @Test
    void aCallerThatDisallowsTheCacheWinsOverTheBody() {
        assertThat(OpenAiRequests.chat(body("{'model':'auto'," + HELLO + ",'cache':true}"), false).useCache()).isFalse();
        assertThat(OpenAiRequests.chat(body("{'model':'auto'," + HELLO + "}"), false).useCache()).isFalse();
    }

    @Test
    void jsonObjectResponseFormatAsksForJson() {
        ModelRequest request = chat("{'model':'auto'," + HELLO + ",'response_format':{'type':'json_object'}}");

        assertThat(request.responseFormat()).isEqualTo(ResponseFormat.JSON);
    }

    @Test
    void textResponseFormatAsksForNothingSpecial() {
        assertThat(chat("{'model':'auto'," + HELLO + ",'response_format':{'type':'text'}}").responseFormat()).isNull();
    }

    @Test
    void jsonSchemaResponseFormatCarriesTheSchema() {
        ModelRequest request = chat("""
                {'model':'auto',%s,'response_format':{'type':'json_schema','json_schema':{'name':'order',
                  'schema':{'type':'object','properties':{'id':{'type':'string'},'total':{'type':'number'}},'required':['id']}}}}
                """.formatted(HELLO));

        ResponseFormat format = request.responseFormat();
        assertThat(format.type()).isEqualTo(ResponseFormatType.JSON);
        assertThat(format.jsonSchema().name()).isEqualTo("order");
        assertThat(format.jsonSchema().rootElement()).isInstanceOfSatisfying(JsonObjectSchema.class, root -> {
            assertThat(root.properties()).containsOnlyKeys("id", "total");
            assertThat(root.required()).containsExactly("id");
        });
    }

    @Test
    void aJsonSchemaWithoutANameIsCalledAnswer() {
        ModelRequest request = chat("{'model':'auto'," + HELLO
                + ",'response_format':{'type':'json_schema','json_schema':{'schema':{'type':'object'}}}}");

        assertThat(request.responseFormat().jsonSchema().name()).isEqualTo("answer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'messages':[{'role':'user','content':'Hi'}]}",
            "{'model':'','messages':[{'role':'user','content':'Hi'}]}",
            "{'model':'  ','messages':[{'role':'user','content':'Hi'}]}",
            "{'model':42,'messages':[{'role':'user','content':'Hi'}]}"})
    void refusesAMissingModel(String json) {
        assertRefused(json, "model");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'model':'auto'}", "{'model':'auto','messages':[]}", "{'model':'auto','messages':'Hi'}",
            "{'model':'auto','messages':null}"})
    void refusesMissingOrEmptyMessages(String json) {
        assertRefused(json, "messages");
    }

    @Test
    void refusesAMessageThatIsNotAnObject() {
        assertRefused("{'model':'auto','messages':[{'role':'user','content':'Hi'},'Hello']}", "messages[1]");
    }

    @Test
    void refusesAMessageWithoutARole() {
        assertRefused("{'model':'auto','messages':[{'content':'Hi'}]}", "messages[0].role");
    }

    @ParameterizedTest
    @ValueSource(strings = {"function", "User", "bot"})
    void refusesAnUnknownRole(String role) {
        assertRefused("{'model':'auto','messages':[{'role':'user','content':'Hi'},{'role':'" + role + "','content':'x'}]}",
                "messages[1].role");
    }

    @ParameterizedTest
    @CsvSource({"system, ''", "developer, '   '", "user, ''"})
    void refusesBlankContentFromSystemDeveloperAndUser(String role, String content) {
        assertRefused("{'model':'auto','messages':[{'role':'" + role + "','content':'" + content + "'}]}",
                "messages[0].content");
    }

    @Test
    void refusesAUserMessageWithoutContent() {
        assertRefused("{'model':'auto','messages':[{'role':'user'}]}", "messages[0].content");
        assertRefused("{'model':'auto','messages':[{'role':'user','content':null}]}", "messages[0].content");
    }

    @Test
    void refusesAToolMessageWithoutToolCallId() {
        assertRefused("{'model':'auto','messages':[{'role':'user','content':'Hi'},{'role':'tool','content':'42'}]}",
                "messages[1].tool_call_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'function':{'name':'ping'}}", "{'id':'c1','function':{'arguments':'{}'}}",
            "{'id':'c1'}", "{'id':'c1','function':'ping'}", "'c1'", "{'id':7,'function':{'name':'ping'}}"})
    void refusesAnAssistantToolCallWithoutIdOrFunctionName(String call) {
        assertRefused("{'model':'auto','messages':[{'role':'user','content':'Hi'},"
                + "{'role':'assistant','tool_calls':[{'id':'ok','function':{'name':'fine'}}," + call + "]}]}",
                "messages[1].tool_calls[1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{'type':'image_url','image_url':{'url':'https://x/y.png'}}]", "['Hi']",
            "[{'type':'text','text':'Hi'},{'type':'input_audio'}]", "42", "{'type':'text','text':'Hi'}"})
    void refusesContentThatIsNotText(String content) {
        assertRefused("{'model':'auto','messages':[{'role':'user','content':" + content + "}]}", "messages[0].content");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{'type':'text'}]", "[{'type':'text','text':null}]", "[{'type':'text','text':3}]"})
    void refusesATextPartWithoutText(String content) {
        assertRefused("{'model':'auto','messages':[{'role':'user','content':" + content + "}]}", "messages[0].content");
    }

    @Test
    void refusesABadToolSchemaNamingTheSchemaPath() {
        assertRefused("{'model':'auto'," + HELLO + ",'tools':[{'type':'function','function':{'name':'t',"
                + "'parameters':{'type':'object','properties':{'x':{'type':'date'}}}}}]}",
                "tools[0].function.parameters.properties.x.type");
        assertRefused("{'model':'auto'," + HELLO + ",'tools':[{'type':'function','function':{'name':'bad name'}}]}",
                "tools[0].function.name");
    }

    @Test
    void refusesToolsThatAreNotAnArray() {
        assertRefused("{'model':'auto'," + HELLO + ",'tools':{'type':'function'}}", "tools");
    }

    @Test
    void refusesAnUnknownResponseFormat() {
        assertRefused("{'model':'auto'," + HELLO + ",'response_format':{'type':'yaml'}}", "response_format.type");
    }

    @Test
    void refusesAJsonSchemaResponseFormatWhoseSchemaDoesNotParse() {
        assertRefused("{'model':'auto'," + HELLO + ",'response_format':{'type':'json_schema','json_schema':"
                + "{'name':'x','schema':{'type':'object','properties':{'a':{'type':'array'}}}}}}",
                "response_format.json_schema.schema");
        assertRefused("{'model':'auto'," + HELLO + ",'response_format':{'type':'json_schema','json_schema':"
                + "{'schema':{'type':'string'}}}}", "response_format.json_schema.schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'type':'json_schema'}", "{'type':'json_schema','json_schema':{'name':'x'}}",
            "{'type':'json_schema','json_schema':{'schema':'object'}}"})
    void refusesAJsonSchemaResponseFormatWithoutASchema(String format) {
        assertThatThrownBy(() -> chat("{'model':'auto'," + HELLO + ",'response_format':" + format + "}"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("response_format.json_schema.schema");
                    assertThat(refusal.getMessage()).doesNotContain("unknown response format");
                });
    }

    @ParameterizedTest
    @CsvSource({"temperature, \"0.7\"", "temperature, true", "max_tokens, \"100\"", "max_completion_tokens, [100]"})
    void refusesNumbersThatAreNotNumbers(String field, String value) {
        assertRefused("{'model':'auto'," + HELLO + ",'" + field + "':" + value + "}", field);
    }
}
