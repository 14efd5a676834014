package com.bizosaas.llm;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An independent client — the official {@code openai} package from the npm registry, run by Node.js — against the
 * running gateway with a tenant's API token: models, chat, streaming, a tool call and embeddings, and the error
 * it reads for an unknown model. Nothing of ours is on its side of the wire.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenAiClientIT {

    private static final Path CLIENT = Deployments.projectDir().resolve("it/src/test/node");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void theOfficialOpenAiClientWorksAgainstTheGatewayUnchanged() throws Exception {
        TestEnvironment.anthropic().healthy();
        TestEnvironment.openAi().healthy();
        if (!Files.isDirectory(CLIENT.resolve("node_modules/openai"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 300);
        }
        String token = Api.arquillianServer().signedInAs("manager@coreldove.com").token();

        String output = run(List.of("node", "openai-client.mjs"), Map.of(
                "OPENAI_BASE_URL", "http://127.0.0.1:" + (8080 + TestEnvironment.arquillianPortOffset()) + "/v1",
                "OPENAI_API_KEY", token,
                "OPENAI_CHAT_MODEL", "cheap",
                "OPENAI_EMBEDDING_MODEL", "all-minilm-l6-v2-q"), 120);
        JsonObject result = Json.createReader(new StringReader(output)).readObject();

        assertThat(result.getJsonArray("models").getValuesAs(jakarta.json.JsonString::getString))
                .contains("auto", "cheap", "bizosaas-offline", "all-minilm-l6-v2-q");
        assertThat(result.getJsonObject("chat").getString("content")).startsWith("fake-anthropic");
        assertThat(result.getJsonObject("chat").getJsonObject("usage").getInt("total_tokens")).isPositive();
        assertThat(result.getJsonObject("stream").getInt("chunks")).isGreaterThan(2);
        assertThat(result.getJsonObject("stream").getString("content")).isNotBlank();
        assertThat(result.getJsonObject("tools").getString("finish_reason")).isEqualTo("tool_calls");
        assertThat(result.getJsonObject("tools").getJsonArray("calls").getJsonObject(0).getString("name")).isEqualTo("create_refund");
        assertThat(result.getJsonObject("embeddings").getInt("count")).isEqualTo(2);
        assertThat(result.getJsonObject("embeddings").getInt("dims")).isEqualTo(384);
        assertThat(result.getJsonObject("embeddings").getBoolean("allFinite")).isTrue();
        assertThat(result.getJsonObject("badModel").getInt("status")).isEqualTo(400);
        assertThat(result.getJsonObject("badModel").getString("message")).contains("no-such-model");
    }

    private static String run(List<String> command, Map<String, String> environment, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("openai-client", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectError(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as(command + " finished").isTrue();
        assertThat(process.exitValue()).as(command + " failed: " + Files.readString(log) + stdout).isZero();
        return stdout.strip();
    }
}
