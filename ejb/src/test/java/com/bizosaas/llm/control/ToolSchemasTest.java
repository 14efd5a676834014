package com.bizosaas.llm.control;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolSchemasTest {

    private static JsonArray json(String text) {
        try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readArray();
        }
    }

    private static JsonArray tool(String name, JsonValue parameters) {
        JsonObjectBuilder function = Json.createObjectBuilder().add("name", name);
        if (parameters != null) {
            function.add("parameters", parameters);
        }
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "function").add("function", function))
                .build();
    }

    private static JsonObject object(String text) {
        try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static JsonObjectSchema parametersOf(String parametersJson) {
        return (JsonObjectSchema) ToolSchemas.read(tool("t", object(parametersJson))).get(0).parameters();
    }

    private static void assertRefused(JsonArray tools, String path) {
        assertThatThrownBy(() -> ToolSchemas.read(tools))
                .isInstanceOfSatisfying(ToolSchemas.InvalidSchemaException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.getMessage()).startsWith(path + ": ");
                });
    }

    private static void assertParametersRefused(String parametersJson, String path) {
        assertRefused(tool("t", object(parametersJson)), path);
    }

    @Test
    void readsNameDescriptionAndEveryScalarType() {
        List<ToolSpecification> tools = ToolSchemas.read(json("""
                [{'type':'function','function':{'name':'get_weather','description':'Current weather',
                  'parameters':{'type':'object','properties':{
                    'city':{'type':'string','description':'City name'},
                    'days':{'type':'integer'},
                    'threshold':{'type':'number'},
                    'metric':{'type':'boolean'}}}}}]
                """));

        assertThat(tools).hasSize(1);
        ToolSpecification spec = tools.get(0);
        assertThat(spec.name()).isEqualTo("get_weather");
        assertThat(spec.description()).isEqualTo("Current weather");
        var properties = spec.parameters().properties();
        assertThat(properties).containsOnlyKeys("city", "days", "threshold", "metric");
        assertThat(properties.get("city")).isInstanceOf(JsonStringSchema.class);
        assertThat(((JsonStringSchema) properties.get("city")).description()).isEqualTo("City name");
        assertThat(properties.get("days")).isInstanceOf(JsonIntegerSchema.class);
        assertThat(properties.get("threshold")).isInstanceOf(JsonNumberSchema.class);
        assertThat(properties.get("metric")).isInstanceOf(JsonBooleanSchema.class);
    }

    @Test
    void readsSeveralToolsInOrder() {
        List<ToolSpecification> tools = ToolSchemas.read(json("""
                [{'type':'function','function':{'name':'first'}},
                 {'type':'function','function':{'name':'second-2'}}]
                """));

        assertThat(tools).extracting(ToolSpecification::name).containsExactly("first", "second-2");
    }

    @Test
    void aToolWithoutParametersHasNone() {
        assertThat(ToolSchemas.read(tool("ping", null)).get(0).parameters()).isNull();
        assertThat(ToolSchemas.read(tool("ping", JsonValue.NULL)).get(0).parameters()).isNull();
    }

    @Test
    void anEmptyToolListReadsAsNoTools() {
        assertThat(ToolSchemas.read(JsonValue.EMPTY_JSON_ARRAY)).isEmpty();
    }

    @Test
    void readsEnumsAsEnumSchemasWithTheirValues() {
        JsonObjectSchema parameters = parametersOf("""
                {'type':'object','properties':{'unit':{'type':'string','enum':['celsius','fahrenheit'],'description':'Unit'}}}
                """);

        assertThat(parameters.properties().get("unit")).isInstanceOfSatisfying(JsonEnumSchema.class, e -> {
            assertThat(e.enumValues()).containsExactly("celsius", "fahrenheit");
            assertThat(e.description()).isEqualTo("Unit");
        });
    }

    @Test
    void readsRequiredProperties() {
        JsonObjectSchema parameters = parametersOf("""
                {'type':'object','properties':{'a':{'type':'string'},'b':{'type':'integer'}},'required':['b']}
                """);

        assertThat(parameters.required()).containsExactly("b");
    }

    @Test
    void readsNestedArraysAndObjects() {
        JsonObjectSchema parameters = parametersOf("""
                {'type':'object','properties':{
                  'orders':{'type':'array','items':{'type':'object','description':'An order',
                    'properties':{'id':{'type':'string'},'lines':{'type':'array','items':{'type':'array','items':{'type':'number'}}}},
                    'required':['id']}}}}
                """);

        JsonArraySchema orders = (JsonArraySchema) parameters.properties().get("orders");
        JsonObjectSchema order = (JsonObjectSchema) orders.items();
        assertThat(order.description()).isEqualTo("An order");
        assertThat(order.required()).containsExactly("id");
        assertThat(order.properties().get("id")).isInstanceOf(JsonStringSchema.class);
        JsonArraySchema lines = (JsonArraySchema) order.properties().get("lines");
        assertThat(((JsonArraySchema) lines.items()).items()).isInstanceOf(JsonNumberSchema.class);
    }

    @Test
    void acceptsAnObjectWithoutProperties() {
        assertThat(parametersOf("{'type':'object'}").properties()).isEmpty();
    }

    @Test
    void refusesAToolThatIsNotAnObject() {
        assertRefused(json("['get_weather']"), "tools[0]");
    }

    @Test
    void namesTheIndexOfTheOffendingTool() {
        assertRefused(json("[{'type':'function','function':{'name':'ok'}}, 42]"), "tools[1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{'type':'retrieval','function':{'name':'x'}}]", "[{'function':{'name':'x'}}]"})
    void refusesToolsThatAreNotFunctions(String tools) {
        assertRefused(json(tools), "tools[0].type");
    }

    @Test
    void refusesAToolTypeThatIsNotAString() {
        assertRefused(json("[{'type':1,'function':{'name':'x'}}]"), "tools[0].type");
    }

    @Test
    void refusesAFunctionToolWithoutAFunctionObject() {
        assertRefused(json("[{'type':'function'}]"), "tools[0].function");
        assertRefused(json("[{'type':'function','function':'x'}]"), "tools[0].function");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "dots.not.allowed", "ümlaut",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void refusesBadToolNames(String name) {
        assertRefused(tool(name, null), "tools[0].function.name");
    }

    @Test
    void acceptsANameOfSixtyFourCharacters() {
        String name = "a".repeat(64);

        assertThat(ToolSchemas.read(tool(name, null)).get(0).name()).isEqualTo(name);
    }

    @Test
    void refusesAMissingOrNonStringName() {
        assertRefused(json("[{'type':'function','function':{}}]"), "tools[0].function.name");
        assertRefused(json("[{'type':'function','function':{'name':7}}]"), "tools[0].function.name");
    }

    @Test
    void refusesParametersThatAreNotAnObjectSchema() {
        assertParametersRefused("{'type':'string'}", "tools[0].function.parameters");
        assertRefused(tool("t", Json.createValue("object")), "tools[0].function.parameters");
    }

    @Test
    void refusesAnUnknownTypeWithThePathOfTheProperty() {
        assertParametersRefused("{'type':'object','properties':{'x':{'type':'date'}}}",
                "tools[0].function.parameters.properties.x.type");
    }

    @Test
    void refusesATypeGivenAsAnArray() {
        assertParametersRefused("{'type':'object','properties':{'x':{'type':['string','null']}}}",
                "tools[0].function.parameters.properties.x.type");
    }

    @Test
    void refusesAPropertyWithoutAType() {
        assertParametersRefused("{'type':'object','properties':{'x':{'description':'what'}}}",
                "tools[0].function.parameters.properties.x.type");
    }

    @Test
    void refusesAPropertySchemaThatIsNotAnObject() {
        assertParametersRefused("{'type':'object','properties':{'x':'string'}}",
                "tools[0].function.parameters.properties.x");
    }

    @Test
    void refusesPropertiesThatAreNotAnObject() {
        assertParametersRefused("{'type':'object','properties':['x']}", "tools[0].function.parameters.properties");
    }

    @Test
    void refusesADescriptionThatIsNotAString() {
        assertParametersRefused("{'type':'object','properties':{'x':{'type':'string','description':3}}}",
                "tools[0].function.parameters.properties.x.description");
    }

    @Test
    void refusesRequiredNamingAPropertyThatDoesNotExist() {
        assertThatThrownBy(() -> parametersOf("{'type':'object','properties':{'a':{'type':'string'}},'required':['a','b']}"))
                .isInstanceOfSatisfying(ToolSchemas.InvalidSchemaException.class, e -> {
                    assertThat(e.path()).isEqualTo("tools[0].function.parameters.required");
                    assertThat(e.getMessage()).contains("'b'");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"'a'", "[1]", "{'a':true}"})
    void refusesRequiredThatIsNotAnArrayOfNames(String required) {
        assertParametersRefused("{'type':'object','properties':{'a':{'type':'string'}},'required':" + required + "}",
                "tools[0].function.parameters.required");
    }

    @Test
    void refusesRequiredInANestedObjectWithItsPath() {
        assertParametersRefused("{'type':'object','properties':{'o':{'type':'object','properties':{},'required':['z']}}}",
                "tools[0].function.parameters.properties.o.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[1,2]", "['a',null]", "'a'"})
    void refusesEnumsThatAreNotNonEmptyArraysOfStrings(String values) {
        assertParametersRefused("{'type':'object','properties':{'x':{'type':'string','enum':" + values + "}}}",
                "tools[0].function.parameters.properties.x.enum");
    }

    @Test
    void refusesAnArrayWithoutItems() {
        assertParametersRefused("{'type':'object','properties':{'tags':{'type':'array'}}}",
                "tools[0].function.parameters.properties.tags.items");
    }

    @Test
    void refusesBadItemsWithTheirPath() {
        assertParametersRefused("{'type':'object','properties':{'tags':{'type':'array','items':{'type':'tuple'}}}}",
                "tools[0].function.parameters.properties.tags.items.type");
    }

    private static String nestedArrays(int arrays) {
        return "{'type':'object','properties':{'x':" + "{'type':'array','items':".repeat(arrays)
                + "{'type':'string'}" + "}".repeat(arrays) + "}}";
    }

    @Test
    void acceptsNestingUpToTheDepthLimit() {
        JsonObjectSchema parameters = parametersOf(nestedArrays(7));

        var element = parameters.properties().get("x");
        for (int i = 0; i < 7; i++) {
            element = ((JsonArraySchema) element).items();
        }
        assertThat(element).isInstanceOf(JsonStringSchema.class);
    }

    @Test
    void refusesNestingBeyondTheDepthLimit() {
        assertThatThrownBy(() -> parametersOf(nestedArrays(8)))
                .isInstanceOfSatisfying(ToolSchemas.InvalidSchemaException.class, e -> {
                    assertThat(e.path()).isEqualTo("tools[0].function.parameters.properties.x" + ".items".repeat(8));
                    assertThat(e.getMessage()).contains("deeper than 8");
                });
    }
}
