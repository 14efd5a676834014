// Drives the official OpenAI npm client against an OpenAI-compatible API (the BizOSaaS language-model
// gateway) and prints ONE JSON object of what came back, for a Java test to check.
//
//   OPENAI_BASE_URL=http://127.0.0.1:8080/.../v1 OPENAI_API_KEY=<token> node openai-client.mjs
//
// Optional: OPENAI_CHAT_MODEL and OPENAI_EMBEDDING_MODEL (default "auto"), OPENAI_TIMEOUT_MS (default 30000).
// Exit 0 with the JSON on stdout; on an unexpected failure the error goes to stderr and the exit code is 1.
// The client is used as applications use it: no encoding_format on embeddings, so it asks for base64.
// Retries are off, so a failing gateway shows at once instead of after the client's backoff.

import OpenAI from 'openai';

const baseURL = process.env.OPENAI_BASE_URL;
const apiKey = process.env.OPENAI_API_KEY;
const chatModel = process.env.OPENAI_CHAT_MODEL || 'auto';
const embeddingModel = process.env.OPENAI_EMBEDDING_MODEL || 'auto';
const timeout = Number(process.env.OPENAI_TIMEOUT_MS || 30000);

function fail(step, error) {
  const detail = error && typeof error === 'object'
    ? { name: error.constructor?.name, status: error.status, message: error.message, error: error.error,
        cause: error.cause ? `${error.cause}${error.cause.cause ? ` (${error.cause.cause})` : ''}` : undefined }
    : { message: String(error) };
  process.stderr.write(`openai-client: ${step} failed: ${JSON.stringify(detail)}\n`);
  if (error?.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
}

async function step(name, run) {
  try {
    return await run();
  } catch (error) {
    fail(name, error);
  }
}

if (!baseURL || !apiKey) {
  fail('configuration', new Error('OPENAI_BASE_URL and OPENAI_API_KEY must be set'));
}

const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout });
const result = {};

// 1. the models the gateway offers
result.models = await step('models.list', async () => {
  const page = await client.models.list();
  return page.data.map((model) => model.id);
});

// 2. one chat completion
result.chat = await step('chat.completions.create', async () => {
  const completion = await client.chat.completions.create({
    model: chatModel,
    messages: [{ role: 'user', content: 'Say hello to BizOSaaS in one short sentence.' }],
  });
  const choice = completion.choices[0];
  return {
    id: completion.id,
    object: completion.object,
    model: completion.model,
    content: choice?.message?.content ?? null,
    finish_reason: choice?.finish_reason ?? null,
    usage: completion.usage ?? null,
  };
});

// 3. the same, streamed
result.stream = await step('chat.completions.create(stream)', async () => {
  const stream = await client.chat.completions.create({
    model: chatModel,
    messages: [{ role: 'user', content: 'Count from one to five.' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let chunks = 0;
  let content = '';
  let finishReason = null;
  let usage = null;
  let model = null;
  for await (const chunk of stream) {
    chunks += 1;
    model = chunk.model ?? model;
    const choice = chunk.choices?.[0];
    if (choice?.delta?.content) {
      content += choice.delta.content;
    }
    if (choice?.finish_reason) {
      finishReason = choice.finish_reason;
    }
    if (chunk.usage) {
      usage = chunk.usage;
    }
  }
  return { chunks, content, model, finish_reason: finishReason, usage };
});

// 4. a chat completion offering one function tool
result.tools = await step('chat.completions.create(tools)', async () => {
  const completion = await client.chat.completions.create({
    model: chatModel,
    messages: [{ role: 'user', content: 'Please refund order A-1001 for 25.50 USD' }],
    tools: [
      {
        type: 'function',
        function: {
          name: 'create_refund',
          description: 'Refunds an order of the current tenant',
          parameters: {
            type: 'object',
            properties: {
              order_id: { type: 'string', description: 'The order to refund' },
              amount_usd: { type: 'number', description: 'The amount to refund, in US dollars' },
            },
            required: ['order_id', 'amount_usd'],
          },
        },
      },
    ],
  });
  const choice = completion.choices[0];
  const calls = (choice?.message?.tool_calls ?? []).map((call) => ({
    id: call.id,
    type: call.type,
    name: call.function?.name ?? null,
    arguments: call.function?.arguments ?? null,
  }));
  return {
    finish_reason: choice?.finish_reason ?? null,
    tool_calls_returned: calls.length > 0,
    calls,
    content: choice?.message?.content ?? null,
  };
});

// 5. embeddings of two inputs (the client asks for base64 and decodes it)
result.embeddings = await step('embeddings.create', async () => {
  const response = await client.embeddings.create({
    model: embeddingModel,
    input: ['BizOSaaS tenant onboarding', 'refund policy for orders'],
  });
  const vectors = response.data.map((item) => item.embedding);
  return {
    count: vectors.length,
    dims: vectors[0]?.length ?? 0,
    allFinite: vectors.every((vector) => Array.isArray(vector) && vector.length > 0 && vector.every(Number.isFinite)),
    model: response.model ?? null,
    usage: response.usage ?? null,
  };
});

// 6. a model that does not exist: the error, as the client reports it
result.badModel = await (async () => {
  try {
    const completion = await client.chat.completions.create({
      model: 'no-such-model',
      messages: [{ role: 'user', content: 'hello' }],
    });
    return { status: 200, type: null, message: `no error: answered by model ${completion.model}` };
  } catch (error) {
    // an HTTP answer (APIError with a status); a connection failure or timeout has none and is unexpected
    if (error instanceof OpenAI.APIError && error.status !== undefined) {
      return {
        status: error.status ?? null,
        type: error.constructor.name,
        message: error.error?.message ?? error.message,
      };
    }
    fail('chat.completions.create(no-such-model)', error);
  }
})();

process.stdout.write(`${JSON.stringify(result)}\n`);
