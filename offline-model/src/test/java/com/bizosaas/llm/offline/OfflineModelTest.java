package com.bizosaas.llm.offline;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineModelTest {

    private final OfflineModel model = new OfflineModel();

    static final ToolSpecification CREATE_REFUND = ToolSpecification.builder()
            .name("createRefund")
            .description("Refunds a customer's order. The amount is in US dollars.")
            .parameters(JsonObjectSchema.builder()
                    .addStringProperty("orderId", "The order to refund, for example A-1001")
                    .addNumberProperty("amountUsd", "Refund amount in US dollars")
                    .required("orderId", "amountUsd")
                    .build())
            .build();

    static final ToolSpecification SEND_EMAIL = ToolSpecification.builder()
            .name("sendEmail")
            .description("Sends an email to a recipient with a subject and a body.")
            .parameters(JsonObjectSchema.builder()
                    .addStringProperty("to", "Recipient email address")
                    .addStringProperty("subject")
                    .addStringProperty("body")
                    .required("to", "subject", "body")
                    .build())
            .build();

    static final ToolSpecification LOOKUP_WEATHER = ToolSpecification.builder()
            .name("lookupWeather")
            .description("Looks up the current weather forecast for a city.")
            .parameters(JsonObjectSchema.builder()
                    .addStringProperty("city")
                    .addEnumProperty("unit", List.of("celsius", "fahrenheit"))
                    .required("city")
                    .build())
            .build();

    static final List<ToolSpecification> TOOLS = List.of(LOOKUP_WEATHER, CREATE_REFUND, SEND_EMAIL);

    private ChatResponse ask(List<ToolSpecification> tools, ChatMessage... messages) {
        return model.chat(ChatRequest.builder().messages(messages).toolSpecifications(tools).build());
    }

    private ChatResponse ask(String user) {
        return model.chat(ChatRequest.builder().messages(UserMessage.from(user)).build());
    }

    private ChatResponse askJson(String user, JsonSchema schema) {
        ResponseFormat format = schema == null ? ResponseFormat.JSON
                : ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build();
        return model.chat(ChatRequest.builder().messages(UserMessage.from(user)).responseFormat(format).build());
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static ToolExecutionRequest onlyCall(ChatResponse response) {
        assertThat(response.aiMessage().hasToolExecutionRequests()).as(response.aiMessage().toString()).isTrue();
        assertThat(response.aiMessage().toolExecutionRequests()).hasSize(1);
        return response.aiMessage().toolExecutionRequests().get(0);
    }

    @Nested
    class ToolChoosing {

        @Test
        void refundRequestCallsCreateRefundWithOrderAndAmount() {
            ChatResponse response = ask(TOOLS,
                    UserMessage.from("Please refund order A-1001, the customer was charged $49.90 twice."));

            ToolExecutionRequest call = onlyCall(response);
            assertThat(call.name()).isEqualTo("createRefund");
            assertThat(call.id()).matches("call_[0-9a-f]{12}");
            JsonObject arguments = json(call.arguments());
            assertThat(arguments.getString("orderId")).isEqualTo("A-1001");
            assertThat(arguments.getJsonNumber("amountUsd").bigDecimalValue()).isEqualByComparingTo("49.90");
            assertThat(arguments.keySet()).containsExactly("orderId", "amountUsd");
            assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
            assertThat(response.modelName()).isEqualTo(OfflineModel.MODEL_NAME);
        }

        @Test
        void emailRequestFillsRecipientSubjectAndBody() {
            ChatResponse response = ask(TOOLS, UserMessage.from("Send an email to jane.doe@acme.com with subject "
                    + "Invoice 1001 overdue and body Please pay the open invoice by Friday."));

            ToolExecutionRequest call = onlyCall(response);
            assertThat(call.name()).isEqualTo("sendEmail");
            JsonObject arguments = json(call.arguments());
            assertThat(arguments.getString("to")).isEqualTo("jane.doe@acme.com");
            assertThat(arguments.getString("subject")).isEqualTo("Invoice 1001 overdue");
            assertThat(arguments.getString("body")).isEqualTo("Please pay the open invoice by Friday.");
        }

        @Test
        void quotedValuesGoToTheParameterNamedBeforeThem() {
            ChatResponse response = ask(TOOLS, UserMessage.from("Email bob@example.org, subject 'Welcome aboard', "
                    + "body \"Your account is ready, sign in at any time.\""));

            JsonObject arguments = json(onlyCall(response).arguments());
            assertThat(arguments.getString("to")).isEqualTo("bob@example.org");
            assertThat(arguments.getString("subject")).isEqualTo("Welcome aboard");
            assertThat(arguments.getString("body")).isEqualTo("Your account is ready, sign in at any time.");
        }

        @Test
        void weatherQuestionPicksTheDistractorWhenItIsTheRightTool() {
            ChatResponse response = ask(TOOLS, UserMessage.from("What is the weather forecast in Paris, in celsius?"));

            ToolExecutionRequest call = onlyCall(response);
            assertThat(call.name()).isEqualTo("lookupWeather");
            JsonObject arguments = json(call.arguments());
            assertThat(arguments.getString("city")).isEqualTo("Paris");
            assertThat(arguments.getString("unit")).isEqualTo("celsius");
        }

        @Test
        void missingRequiredArgumentIsAskedForNotInvented() {
            ChatResponse response = ask(TOOLS, UserMessage.from("Please refund order A-1001."));

            assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(response.aiMessage().text())
                    .startsWith("To run createRefund I still need: amountUsd (Refund amount in US dollars).")
                    .doesNotContain("orderId");
        }

        @Test
        void answerToTheQuestionCompletesTheCall() {
            UserMessage first = UserMessage.from("Please refund order A-1001.");
            AiMessage question = ask(TOOLS, first).aiMessage();

            ChatResponse response = ask(TOOLS, first, question, UserMessage.from("The amount is 49.90 USD."));

            ToolExecutionRequest call = onlyCall(response);
            assertThat(call.name()).isEqualTo("createRefund");
            JsonObject arguments = json(call.arguments());
            assertThat(arguments.getString("orderId")).isEqualTo("A-1001");
            assertThat(arguments.getJsonNumber("amountUsd").bigDecimalValue()).isEqualByComparingTo("49.90");
        }

        @Test
        void allMissingArgumentsAreNamed() {
            ChatResponse response = ask(TOOLS, UserMessage.from("I need to send an email."));

            assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
            assertThat(response.aiMessage().text()).contains("sendEmail", "to (Recipient email address)", "subject",
                    "body", "Please provide them");
        }

        @Test
        void embeddedJsonObjectFillsTheArguments() {
            ChatResponse response = ask(TOOLS,
                    UserMessage.from("Create a refund with {\"orderId\": \"B-77\", \"amountUsd\": 12.5} please"));

            JsonObject arguments = json(onlyCall(response).arguments());
            assertThat(arguments.getString("orderId")).isEqualTo("B-77");
            assertThat(arguments.getJsonNumber("amountUsd").bigDecimalValue()).isEqualByComparingTo("12.5");
        }

        @Test
        void keyValuePairsFillTheArguments() {
            ChatResponse response = ask(TOOLS, UserMessage.from("refund: orderId=C-9, amountUsd=1,200.50"));

            JsonObject arguments = json(onlyCall(response).arguments());
            assertThat(arguments.getString("orderId")).isEqualTo("C-9");
            assertThat(arguments.getJsonNumber("amountUsd").bigDecimalValue()).isEqualByComparingTo("1200.50");
        }

        @Test
        void amountNextToItsNameWinsOverOtherNumbers() {
            ToolSpecification invoice = ToolSpecification.builder().name("createInvoice")
                    .description("Creates an invoice for a customer")
                    .parameters(JsonObjectSchema.builder()
                            .addIntegerProperty("quantity")
                            .addNumberProperty("unitPrice")
                            .addStringProperty("customerEmail")
                            .addBooleanProperty("sendNow")
                            .required("quantity", "unitPrice", "customerEmail")
                            .build())
                    .build();

            ChatResponse response = ask(List.of(invoice, LOOKUP_WEATHER), UserMessage.from(
                    "Create an invoice for ops@globex.com: quantity 12 at a unit price of 19.99 EUR, send now: yes"));

            JsonObject arguments = json(onlyCall(response).arguments());
            assertThat(arguments.getInt("quantity")).isEqualTo(12);
            assertThat(arguments.getJsonNumber("unitPrice").bigDecimalValue()).isEqualByComparingTo("19.99");
            assertThat(arguments.getString("customerEmail")).isEqualTo("ops@globex.com");
            assertThat(arguments.getBoolean("sendNow")).isTrue();
        }

        @Test
        void unrelatedRequestGetsATextAnswer() {
            ChatResponse response = ask(TOOLS, UserMessage.from("How do I reset my password?"));

            assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(response.aiMessage().text()).contains("offline model", "password");
        }

        @Test
        void taskVerbFirstMeansTheTextNotATool() {
            ChatResponse response = ask(TOOLS, UserMessage.from("Summarize this email in 2 sentences: Hi Bob, the "
                    + "refund for order A-1001 was approved today. The customer will see the money within 5 days. "
                    + "Thanks, Ana"));

            assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
            assertThat(response.aiMessage().text()).isEqualTo("Hi Bob, the refund for order A-1001 was approved today. "
                    + "The customer will see the money within 5 days.");
        }

        @Test
        void toolChoiceNoneNeverCalls() {
            ChatResponse response = model.chat(ChatRequest.builder()
                    .messages(UserMessage.from("Please refund order A-1001 for $49.90."))
                    .toolSpecifications(TOOLS).toolChoice(ToolChoice.NONE).build());

            assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        }

        @Test
        void toolChoiceRequiredCallsTheBestEvenBelowTheThreshold() {
            ToolSpecification search = ToolSpecification.builder().name("searchKnowledgeBase")
                    .description("Full-text search in the help center")
                    .parameters(JsonObjectSchema.builder().addStringProperty("query").required("query").build())
                    .build();
            ChatRequest.Builder request = ChatRequest.builder()
                    .messages(UserMessage.from("query: reset password")).toolSpecifications(search);

            assertThat(model.chat(request.build()).aiMessage().hasToolExecutionRequests()).isFalse();
            ToolExecutionRequest call = onlyCall(model.chat(request.toolChoice(ToolChoice.REQUIRED).build()));
            assertThat(call.name()).isEqualTo("searchKnowledgeBase");
            assertThat(json(call.arguments()).getString("query")).isEqualTo("reset password");
        }

        @Test
        void toolWithoutParametersIsCalledWithAnEmptyObject() {
            ToolSpecification clock = ToolSpecification.builder().name("currentServerTime")
                    .description("Returns the current server time").build();

            ToolExecutionRequest call = onlyCall(ask(List.of(clock), UserMessage.from("What is the server time?")));

            assertThat(call.arguments()).isEqualTo("{}");
        }
    }

    @Nested
    class ToolResults {

        @Test
        void resultIsReportedFaithfully() {
            UserMessage user = UserMessage.from("Please refund order A-1001, amount $49.90.");
            AiMessage call = ask(TOOLS, user).aiMessage();
            ToolExecutionRequest request = call.toolExecutionRequests().get(0);
            ToolExecutionResultMessage result = ToolExecutionResultMessage.from(request,
                    "{\"status\":\"refunded\",\"refundId\":\"R-5531\"}");

            ChatResponse response = ask(TOOLS, user, call, result);

            assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
            assertThat(response.aiMessage().text())
                    .isEqualTo("createRefund returned: {\"status\":\"refunded\",\"refundId\":\"R-5531\"}");
        }

        @Test
        void longResultIsShortenedAndErrorsSaySo() {
            ToolExecutionRequest request = ToolExecutionRequest.builder().id("call_1").name("lookupWeather")
                    .arguments("{\"city\":\"Oslo\"}").build();
            String longText = "rain ".repeat(500);
            ToolExecutionResultMessage failure = ToolExecutionResultMessage.builder().id("call_1")
                    .toolName("lookupWeather").text("city not found").isError(true).build();

            String shortened = ask(TOOLS, UserMessage.from("weather in Oslo"), AiMessage.from(request),
                    ToolExecutionResultMessage.from(request, longText)).aiMessage().text();
            String failed = ask(TOOLS, UserMessage.from("weather in Oslo"), AiMessage.from(request), failure)
                    .aiMessage().text();

            assertThat(shortened).startsWith("lookupWeather returned: rain rain").contains("more characters)");
            assertThat(shortened.length()).isLessThan(1100);
            assertThat(failed).isEqualTo("lookupWeather failed: city not found");
        }

        @Test
        void resultWithoutToolNameIsMatchedByCallId() {
            ToolExecutionRequest request = ToolExecutionRequest.builder().id("call_9").name("sendEmail")
                    .arguments("{}").build();
            ToolExecutionResultMessage result = ToolExecutionResultMessage.builder().id("call_9").text("sent").build();

            String text = ask(TOOLS, UserMessage.from("send it"), AiMessage.from(request), result).aiMessage().text();

            assertThat(text).isEqualTo("sendEmail returned: sent");
        }
    }

    static final String UPDATE = """
            Hi team, quick update from the platform group.
            The database migration to PostgreSQL 16 finished on Saturday night.
            The migration moved 2.3 TB of customer data, and database downtime was 14 minutes.
            Lunch on Friday will be pizza.
            After the migration, database queries for the billing reports run 40 % faster.
            Parking lot B is closed next week.
            Please report any database errors after the migration in the platform channel.
            Thanks, Maria""";

    @Nested
    class Summaries {

        @Test
        void summaryKeepsTheKeySentencesInOrder() {
            String summary = ask("Summarize the following update in 2 sentences:\n" + UPDATE).aiMessage().text();

            List<Sentences.Sentence> sentences = Sentences.split(summary);
            assertThat(sentences).hasSize(2);
            for (Sentences.Sentence sentence : sentences) {
                assertThat(UPDATE).contains(sentence.text());
                assertThat(sentence.text()).contains("migration").contains("database");
            }
            assertThat(UPDATE.indexOf(sentences.get(0).text())).isLessThan(UPDATE.indexOf(sentences.get(1).text()));
            assertThat(summary).doesNotContain("pizza", "Parking", "Summarize");
        }

        @Test
        void defaultLengthIsThirtyPercentCappedAtThree() {
            String summary = ask("TL;DR:\n" + UPDATE).aiMessage().text();

            assertThat(Sentences.split(summary)).hasSize(3);
            assertThat(summary).contains("The database migration to PostgreSQL 16 finished on Saturday night.");
        }

        @Test
        void bulletsAndJsonOnRequest() {
            String bullets = ask("Summarise this in 2 bullet points: " + UPDATE.replace('\n', ' ')).aiMessage().text();
            String json = askJson("Summarize in one sentence:\n" + UPDATE, null).aiMessage().text();

            assertThat(bullets.lines()).hasSize(2).allMatch(line -> line.startsWith("- "));
            assertThat(json(json).getString("summary")).contains("migration").doesNotContain("\n");
        }

        @Test
        void summaryInstructionInTheSystemMessage() {
            ChatResponse response = model.chat(SystemMessage.from("You summarize internal updates in one sentence."),
                    UserMessage.from(UPDATE));

            String summary = response.aiMessage().text();
            assertThat(Sentences.split(summary)).hasSize(1);
            assertThat(UPDATE).contains(summary);
        }

        @Test
        void nothingToSummariseIsSaid() {
            assertThat(ask("Summarize:").aiMessage().text()).startsWith("There is no text to summarise");
        }
    }

    @Nested
    class Classification {

        private static final String INSTRUCTION = "Classify this support ticket into one of: billing, technical, sales.\n";

        @Test
        void ticketsLandInTheRightQueue() {
            assertThat(ask(INSTRUCTION + "Ticket: I was charged twice for my subscription this month and want my "
                    + "money back.").aiMessage().text()).isEqualTo("billing");
            assertThat(ask(INSTRUCTION + "Ticket: The app crashes with an error every time I log in.")
                    .aiMessage().text()).isEqualTo("technical");
            assertThat(ask(INSTRUCTION + "Ticket: We would like a quote for 50 seats on the enterprise plan.")
                    .aiMessage().text()).isEqualTo("sales");
        }

        @Test
        void labelsAfterTheTextAndInlineMaterial() {
            assertThat(ask("My invoice shows the wrong VAT amount. Which category is it: Billing / Technical / Sales?")
                    .aiMessage().text()).isEqualTo("Billing");
            assertThat(ask("Categorize into bug, feature request or question: It would be great to export reports "
                    + "to Excel, please add this idea to the roadmap.").aiMessage().text()).isEqualTo("feature request");
        }

        @Test
        void jsonVerdictCarriesConfidence() {
            JsonObject verdict = json(askJson(INSTRUCTION + "Ticket: Please refund the duplicate payment on my card.",
                    null).aiMessage().text());

            assertThat(verdict.getString("label")).isEqualTo("billing");
            assertThat(verdict.getJsonNumber("confidence").doubleValue()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        }

        @Test
        void systemMessageGivesTheLabels() {
            ChatResponse response = model.chat(
                    SystemMessage.from("Classify the sentiment of each customer review as positive, negative or neutral."),
                    UserMessage.from("I love the new dashboard, great work and thanks to the team!"));

            assertThat(response.aiMessage().text()).isEqualTo("positive");
        }

        @Test
        void aiServicesEnumInstructionIsUnderstood() {
            String prompt = "Analyze sentiment of: The delivery was late and the support agent was rude.\n"
                    + "You must answer strictly with one of these enums:\nPOSITIVE\nNEUTRAL\nNEGATIVE";

            assertThat(ask(prompt).aiMessage().text()).isEqualTo("NEGATIVE");
        }

        @Test
        void noEvidenceFallsBackToTheCatchAllLabel() {
            assertThat(ask("Classify into billing, technical, other: The weather in Oslo was nice.")
                    .aiMessage().text()).isEqualTo("other");
        }

        @Test
        void jsonSchemaWithAnEnumRoot() {
            JsonSchema schema = JsonSchema.builder().name("Priority")
                    .rootElement(JsonEnumSchema.builder().enumValues("LOW", "HIGH").build()).build();

            String answer = askJson("Production is down for all customers, fix immediately!", schema).aiMessage().text();

            assertThat(answer).isEqualTo("\"HIGH\"");
        }
    }

    static final JsonSchema CONTACT = JsonSchema.builder().name("Contact").rootElement(JsonObjectSchema.builder()
            .addStringProperty("name")
            .addStringProperty("email")
            .addStringProperty("phone")
            .addNumberProperty("amount")
            .addStringProperty("currency")
            .addStringProperty("dueDate")
            .addStringProperty("website")
            .addStringProperty("orderNumber")
            .build()).build();

    static final String MESSAGE = "Hi, my name is Jane Doe from Acme Corp. You can reach me at jane.doe@acme.com or "
            + "+1 555-123-4567. Our invoice of $1,250.00 is due on 2024-07-15. Details: https://acme.com/invoices/88.";

    @Nested
    class Extraction {

        @Test
        void jsonSchemaIsFilledExactlyWithNullForAbsentFields() {
            String answer = askJson("Extract the contact details from this message:\n" + MESSAGE, CONTACT)
                    .aiMessage().text();

            JsonObject contact = json(answer);
            assertThat(contact.keySet()).containsExactly("name", "email", "phone", "amount", "currency", "dueDate",
                    "website", "orderNumber");
            assertThat(contact.getString("name")).isEqualTo("Jane Doe");
            assertThat(contact.getString("email")).isEqualTo("jane.doe@acme.com");
            assertThat(contact.getString("phone")).isEqualTo("+1 555-123-4567");
            assertThat(contact.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1250.00");
            assertThat(contact.getString("dueDate")).isEqualTo("2024-07-15");
            assertThat(contact.getString("website")).isEqualTo("https://acme.com/invoices/88");
            assertThat(contact.get("orderNumber")).isEqualTo(JsonValue.NULL);
        }

        @Test
        void nameValuePairsAndWrittenDates() {
            JsonSchema lead = JsonSchema.builder().name("Lead").rootElement(JsonObjectSchema.builder()
                    .addStringProperty("company")
                    .addIntegerProperty("seats")
                    .addStringProperty("meetingDate")
                    .addEnumProperty("priority", List.of("low", "medium", "high"))
                    .addBooleanProperty("existingCustomer")
                    .build()).build();

            JsonObject answer = json(askJson("Company: Globex Ltd\nSeats: 250\nMeeting on March 3, 2025. Priority high."
                    + " Existing customer: no", lead).aiMessage().text());

            assertThat(answer.getString("company")).isEqualTo("Globex Ltd");
            assertThat(answer.getInt("seats")).isEqualTo(250);
            assertThat(answer.getString("meetingDate")).isEqualTo("2025-03-03");
            assertThat(answer.getString("priority")).isEqualTo("high");
            assertThat(answer.getBoolean("existingCustomer")).isFalse();
        }

        @Test
        void extractWithoutSchemaListsWhatIsThere() {
            String answer = ask("Extract all contact details: " + MESSAGE).aiMessage().text();

            assertThat(answer).contains("E-mails: jane.doe@acme.com", "Phone numbers: +1 555-123-4567",
                    "Amounts: 1250.00 USD", "Dates: 2024-07-15", "URLs: https://acme.com/invoices/88");
        }

        @Test
        void extractAsJsonWithoutSchema() {
            JsonObject answer = json(askJson("Extract the fields:\nCustomer: Initech\nPO number: PO-7781\n"
                    + "Total: EUR 980.40, contact bill@initech.com", null).aiMessage().text());

            assertThat(answer.getJsonArray("emails").getString(0)).isEqualTo("bill@initech.com");
            assertThat(answer.getJsonArray("amounts").getJsonObject(0).getString("currency")).isEqualTo("EUR");
            assertThat(answer.getJsonObject("fields").getString("Customer")).isEqualTo("Initech");
            assertThat(answer.getJsonObject("fields").getString("PO number")).isEqualTo("PO-7781");
        }

        @Test
        void aiServicesJsonFormatInstructionGetsValidJson() {
            String prompt = "Extract information about a person from: John Smith was born on July 4, 1968 and his "
                    + "email is john@smith.io.\nYou must answer strictly in the following JSON format: {\n"
                    + "\"fullName\": (type: string),\n\"birthDate\": (type: date string (2023-12-31)),\n"
                    + "\"email\": (type: string),\n\"age\": (type: integer)\n}";

            JsonObject person = json(ask(prompt).aiMessage().text());

            assertThat(person.getString("birthDate")).isEqualTo("1968-07-04");
            assertThat(person.getString("email")).isEqualTo("john@smith.io");
            assertThat(person.get("age")).isEqualTo(JsonValue.NULL);
        }

        @Test
        void nothingFoundIsSaid() {
            assertThat(ask("Extract the contact details: nothing to see here").aiMessage().text())
                    .startsWith("No e-mail addresses");
        }
    }

    static final String POLICY = """
            Context:
            [1] Annual plans can be refunded within 30 days of purchase. Monthly plans are not refundable.
            [2] Support is available Monday to Friday, 9:00 to 17:00 CET. Enterprise customers get 24/7 phone support.
            [3] Invoices are issued on the first business day of each month.
            """;

    @Nested
    class ContextAnswers {

        @Test
        void answerIsTheBestSentenceWithItsSource() {
            String answer = ask(POLICY + "\nQuestion: Within how many days can annual plans be refunded?")
                    .aiMessage().text();

            assertThat(answer).isEqualTo("Annual plans can be refunded within 30 days of purchase.\n\n"
                    + "(From the context: passage 1, sentence 1.)");
        }

        @Test
        void absentAnswerIsDeclined() {
            String answer = ask(POLICY + "\nQuestion: Who is the CEO of the company?").aiMessage().text();

            assertThat(answer).isEqualTo("The context does not contain the answer to \"Who is the CEO of the company?\".");
        }

        @Test
        void retrievalInjectedContentAndJson() {
            String prompt = "When do enterprise customers get phone support?\n\nAnswer using the following information:\n"
                    + "Support is available Monday to Friday, 9:00 to 17:00 CET.\n\n"
                    + "Enterprise customers get 24/7 phone support.\n\nInvoices are issued monthly.";

            String text = ask(prompt).aiMessage().text();
            JsonObject json = json(askJson(prompt, null).aiMessage().text());

            assertThat(text).startsWith("Enterprise customers get 24/7 phone support.").contains("passage 2");
            assertThat(json.getString("answer")).isEqualTo("Enterprise customers get 24/7 phone support.");
            assertThat(json.getJsonArray("sources").getJsonObject(0).getInt("passage")).isEqualTo(2);
        }

        @Test
        void contextInTheSystemMessage() {
            ChatResponse response = model.chat(
                    SystemMessage.from("Answer only from the documents.\n\nDocuments:\nOur office is in Lisbon. "
                            + "Deliveries ship from the Porto warehouse within two business days."),
                    UserMessage.from("Where do deliveries ship from?"));

            assertThat(response.aiMessage().text())
                    .startsWith("Deliveries ship from the Porto warehouse within two business days.");
        }
    }

    @Nested
    class Otherwise {

        @Test
        void honestTemplatedReplyRestatesTheRequest() {
            String answer = ask("Write a poem about our product launch").aiMessage().text();

            assertThat(answer).startsWith("This is the BizOSaaS offline model")
                    .contains("You asked about: write, poem, product, launch.")
                    .contains("Offline it can");
        }

        @Test
        void blankOrMissingUserTextGetsAPoliteReply() {
            assertThat(ask("   ").aiMessage().text()).isEqualTo(OfflineModel.EMPTY_REPLY);
            assertThat(model.chat(SystemMessage.from("You are a helpful assistant.")).aiMessage().text())
                    .isEqualTo(OfflineModel.EMPTY_REPLY);
        }
    }

    @Nested
    class Contract {

        @Test
        void sameRequestSameResponseByteForByte() {
            ChatRequest request = ChatRequest.builder()
                    .messages(UserMessage.from("Please refund order A-1001 for $49.90."))
                    .toolSpecifications(TOOLS).build();
            ChatRequest summary = ChatRequest.builder().messages(UserMessage.from("Summarize:\n" + UPDATE)).build();

            assertThat(model.chat(request)).isEqualTo(new OfflineModel().chat(request));
            assertThat(model.chat(request).aiMessage().toolExecutionRequests().get(0).id())
                    .isEqualTo(model.chat(request).aiMessage().toolExecutionRequests().get(0).id());
            assertThat(model.chat(summary)).isEqualTo(model.chat(summary));
            assertThat(model.chat(summary).id()).startsWith("offline-").isEqualTo(model.chat(summary).id());
        }

        @Test
        void differentConversationsGetDifferentIds() {
            String first = ask(TOOLS, UserMessage.from("Refund order A-1 for $5")).aiMessage()
                    .toolExecutionRequests().get(0).id();
            String second = ask(TOOLS, UserMessage.from("Refund order A-2 for $5")).aiMessage()
                    .toolExecutionRequests().get(0).id();

            assertThat(first).isNotEqualTo(second);
        }

        @Test
        void tokenUsageIsCharactersOverFourRoundedUp() {
            ChatResponse response = ask("Tell me a story!");

            assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(4);
            assertThat(response.tokenUsage().outputTokenCount())
                    .isEqualTo((response.aiMessage().text().length() + 3) / 4);
            assertThat(response.tokenUsage().totalTokenCount())
                    .isEqualTo(response.tokenUsage().inputTokenCount() + response.tokenUsage().outputTokenCount());
        }

        @Test
        void maxOutputTokensAndStopSequencesCutTextAnswers() {
            ChatResponse cut = model.chat(ChatRequest.builder().messages(UserMessage.from("Write a poem"))
                    .maxOutputTokens(5).build());
            ChatResponse stopped = model.chat(ChatRequest.builder().messages(UserMessage.from("Write a poem"))
                    .stopSequences(List.of(":")).build());

            assertThat(cut.aiMessage().text()).hasSize(20);
            assertThat(cut.finishReason()).isEqualTo(FinishReason.LENGTH);
            assertThat(stopped.aiMessage().text()).isEqualTo("This is the BizOSaaS offline model");
            assertThat(stopped.finishReason()).isEqualTo(FinishReason.STOP);
        }

        @Test
        void declaresJsonSchemaSupportAndItsName() {
            assertThat(model.supportedCapabilities()).contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
            assertThat(model.defaultRequestParameters().modelName()).isEqualTo("bizosaas-offline");
            assertThat(OfflineModel.MODEL_NAME).isEqualTo("bizosaas-offline");
        }

        @Test
        void concurrentCallsGiveTheSequentialAnswers() throws Exception {
            List<ChatRequest> requests = List.of(
                    ChatRequest.builder().messages(UserMessage.from("Please refund order A-1001 for $49.90."))
                            .toolSpecifications(TOOLS).build(),
                    ChatRequest.builder().messages(UserMessage.from("Summarize:\n" + UPDATE)).build(),
                    ChatRequest.builder().messages(UserMessage.from(POLICY + "Question: When are invoices issued?"))
                            .build(),
                    ChatRequest.builder().messages(UserMessage.from("Extract: " + MESSAGE)).build());
            List<ChatResponse> expected = requests.stream().map(model::chat).toList();

            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    for (int round = 0; round < 25; round++) {
                        for (int i = 0; i < requests.size(); i++) {
                            ChatResponse response = model.chat(requests.get(i));
                            if (!response.equals(expected.get(i))) {
                                failures.add(new AssertionError("differs: " + response));
                            }
                        }
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(failures).isEmpty();
        }
    }
}
