/**
 * The offline language model ({@link com.bizosaas.llm.offline.OfflineModel}, model name
 * {@code bizosaas-offline}): the default when no provider key is configured and the last link of every fallback
 * chain. It is a LangChain4j {@code ChatModel} that does real, explainable work with no network, no randomness
 * and no state: the same request always gets the same answer, byte for byte, including ids.
 *
 * <h2>What it can do</h2>
 * <ul>
 *   <li><b>Call tools.</b> When tools are offered and the last message is the user's, each tool is scored by the
 *       cosine similarity between the request's terms and the tool's name (weight 2) and description (weight 1),
 *       idf-weighted across the offered tools, after lower-casing, splitting camelCase/snake_case, dropping stop
 *       words and light suffix stemming. At a score of 0.30 or more (or whenever the tool choice is REQUIRED) the
 *       best tool is called. Its arguments come from the user's text: a JSON object written in it (standard JSON, as
 *       JSON-P reads it), {@code key: value} or {@code key=value} pairs, and by type: enum values written as words,
 *       yes/no/true/false, e-mail addresses, URLs, phone numbers, ISO and written-out dates ("May 3, 2024"),
 *       identifiers after the parameter's name ("order A-1001"), amounts (currency-marked ones preferred for
 *       amount-like parameters, the nearest one to the parameter's name first), quoted strings and the words
 *       following the parameter's name ("subject Invoice overdue"). When a required argument is not in the text it
 *       is not invented: the model answers which arguments it still needs, and takes the user's next message as the
 *       completion of the request. Tool choice NONE disables calls; a request that opens with a task verb
 *       ("Summarize this email: ...", "Classify ...", "Extract ...") is that task, not a tool call, unless the tool
 *       choice is REQUIRED.</li>
 *   <li><b>Report tool results</b> faithfully: "createRefund returned: ...", shortened after 1,000 characters,
 *       "failed: ..." for errors.</li>
 *   <li><b>Summarise</b> ("summarize", "summarise", "tl;dr", "recap", "key points"): an extractive summary made of
 *       the text's own sentences, scored by normalised term frequency, in their original order; as many sentences
 *       as asked ("in 2 sentences", "3 bullet points"), else 30 % of them, between 1 and 3.</li>
 *   <li><b>Classify</b> into the labels the prompt lists ("into: billing, technical, sales", "labels: a, b",
 *       "one of [a, b]", or the enum list LangChain4j AI services append): the label whose words, and a small
 *       built-in keyword list for common business labels (billing, technical, sales, account, shipping,
 *       cancellation, complaint, feedback, positive/negative/neutral, spam, urgent/low, legal, privacy, hr,
 *       marketing, security...), best overlap the text; ties go to the label listed first, no evidence at all to a
 *       catch-all label ("other", "general", "neutral"...) if offered. With a JSON response format the answer is
 *       {@code {"label": ..., "confidence": ...}}, confidence being the winner's share of all label scores.</li>
 *   <li><b>Extract</b>: e-mail addresses, phone numbers, money amounts with their currency, dates, URLs and
 *       {@code Name: value} pairs, as a list or as JSON. With a JSON schema (response format, or the JSON format
 *       LangChain4j AI services append), exactly the schema's properties are filled, by the same rules as tool
 *       arguments, and the answer is always valid JSON; a property the text does not hold is {@code null}. Enum
 *       properties not written in the text are classified, and a property named like "summary" is summarised.</li>
 *   <li><b>Answer from a context</b> given in a "Context:", "Documents:", "Sources:", "Passages:"... section (in the
 *       user or system message) or injected by LangChain4j retrieval ("Answer using the following information:"):
 *       the one or two context sentences that best cover the question's terms (idf-weighted coverage of at least
 *       0.5), verbatim, with the passage and sentence they come from. Below that it says that the context does not
 *       contain the answer.</li>
 *   <li><b>Otherwise</b> it says that it is the offline model, restates the key terms of the request and lists
 *       what it can do offline.</li>
 * </ul>
 * Token usage is estimated as one token per four characters (rounded up) of everything sent (messages, tool
 * calls, tool names, descriptions and parameter names) and of the answer. {@code maxOutputTokens} and stop
 * sequences cut text answers (finish reason {@code LENGTH} when cut for length); JSON answers and tool calls are
 * never cut. It never throws on a well-formed request: an internal failure is logged and answered with a text
 * saying so.
 *
 * <h2>What it is built on</h2>
 * This package is the jar {@code bizosaas-offline-model}: nothing of the application, so its unit tests need no
 * server. It uses LangChain4j core (the {@code ChatModel} contract, messages, tools and JSON schemas) and JSON-P
 * (reading a JSON object written in a request, writing JSON answers and tool arguments; {@code PlainJson} is the
 * only class that touches it, the rest works on plain Java values). The server provides both: LangChain4j through
 * the {@code dev.langchain4j} module, JSON-P as part of Jakarta EE. JSON-P is safe in the last link of every
 * fallback chain: it is the same JSON-P that the API, the message envelopes and the gateway's tool schemas already
 * use in this deployment, so it adds no failure the application does not already depend on; its provider is looked
 * up once, not per call; and its parsing errors are caught where the model reads JSON in prose (text in braces that
 * is not JSON is simply not taken for arguments). What JSON-P cannot do is find a JSON object inside prose: where
 * one starts and ends is the model's own brace matching. Numbers are written as JSON-P writes a {@code BigDecimal}:
 * whole numbers in digits, fractions smaller than 10<sup>-6</sup> with an exponent ({@code 1E-8}).
 *
 * <h2>What it cannot do</h2>
 * <ul>
 *   <li>Write anything new: no free-form prose, reasoning, arithmetic, translation, code or creative text. Every
 *       answer is a template, a tool call, or words copied from the conversation.</li>
 *   <li>Understand meaning beyond shared words: synonyms outside its keyword list, negation ("not happy") and
 *       sarcasm are missed; it reads English only.</li>
 *   <li>Call more than one tool per turn, or choose a tool from a conversation's earlier turns (only the last
 *       user message counts, plus the messages completing a request it asked about).</li>
 *   <li>Resolve relative dates ("tomorrow", "next Friday": it has no clock, on purpose), ambiguous slash dates
 *       (03/05/2024), or amounts written with a decimal comma (49,90 EUR); fill nested arrays of objects or
 *       {@code $ref} schemas.</li>
 *   <li>See images, audio, video or PDF content: only text is read.</li>
 *   <li>Count tokens exactly: the estimate may differ from a provider's tokenizer by tens of percent.</li>
 * </ul>
 */
package com.bizosaas.llm.offline;
