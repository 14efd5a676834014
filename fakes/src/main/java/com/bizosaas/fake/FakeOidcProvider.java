package com.bizosaas.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An OpenID Connect provider on a loopback port, as a Keycloak realm answers a confidential web client: discovery
 * ({@code /.well-known/openid-configuration}), the signing keys ({@code /certs}, one RSA key), the authorization
 * endpoint ({@code /auth}: no login form — it signs in whoever {@link #signInAs} named and redirects back with a
 * one-time code and the client's {@code state}) and the token endpoint ({@code /token}: the code, the redirect URI
 * and the client's secret, by basic auth or in the form, for an ID token and an access token, both RS256 JWTs
 * carrying the request's {@code nonce}, {@code email} and {@code preferred_username}). A wrong secret or a used
 * code is {@code 400 invalid_grant}/{@code 401 invalid_client}, as the real ones answer.
 */
public final class FakeOidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "bizosaas";
    public static final String CLIENT_SECRET = "fake-oidc-secret";
    private static final String KEY_ID = "fake-oidc-1";

    /** A code handed out by the authorization endpoint, and what it stands for. */
    private record Grant(String email, boolean verified, String redirectUri, String nonce) {
    }

    private final KeyPair keys;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile String signedIn = "nobody@example.test";
    private volatile boolean signedInVerified = true;
    private HttpServer server;

    public FakeOidcProvider() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public FakeOidcProvider start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake OIDC provider", e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return this;
    }

    /** The issuer, which is also the provider URL a client is configured with. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bizosaas";
    }

    /** Whom the next authorization signs in, the address verified. */
    public FakeOidcProvider signInAs(String email) {
        return signInAs(email, true);
    }

    /** Whom the next authorization signs in, and whether the provider says it verified the address. */
    public FakeOidcProvider signInAs(String email, boolean verified) {
        signedIn = email;
        signedInVerified = verified;
        return this;
    }

    /** How many codes were exchanged for tokens. */
    public int tokensIssued() {
        return tokenRequests.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceFirst("^/realms/bizosaas", "");
            switch (path) {
                case "/.well-known/openid-configuration" -> json(exchange, 200, Json.createObjectBuilder()
                        .add("issuer", issuer())
                        .add("authorization_endpoint", issuer() + "/auth")
                        .add("token_endpoint", issuer() + "/token")
                        .add("jwks_uri", issuer() + "/certs")
                        .add("userinfo_endpoint", issuer() + "/userinfo")
                        .add("end_session_endpoint", issuer() + "/logout")
                        .add("response_types_supported", Json.createArrayBuilder().add("code"))
                        .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                        .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                        .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder()
                                .add("client_secret_basic").add("client_secret_post"))
                        .build());
                case "/certs" -> json(exchange, 200, Json.createObjectBuilder().add("keys", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kty", "RSA").add("kid", KEY_ID).add("use", "sig")
                                .add("alg", "RS256").add("n", unsigned(((RSAPublicKey) keys.getPublic()).getModulus()))
                                .add("e", unsigned(((RSAPublicKey) keys.getPublic()).getPublicExponent())))).build());
                case "/auth" -> authorize(exchange);
                case "/token" -> token(exchange);
                default -> json(exchange, 404, Json.createObjectBuilder().add("error", "not_found").build());
            }
        }
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String redirect = query.get("redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id")) || redirect == null || !"code".equals(query.get("response_type"))) {
            json(exchange, 400, Json.createObjectBuilder().add("error", "invalid_request").build());
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(signedIn, signedInVerified, redirect, query.get("nonce")));
        String back = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                + (query.containsKey("state") ? "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8) : "");
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        String client = form.get("client_id");
        String secret = form.get("client_secret");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            client = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        if (!CLIENT_ID.equals(client) || !CLIENT_SECRET.equals(secret)) {
            json(exchange, 401, Json.createObjectBuilder().add("error", "invalid_client").build());
            return;
        }
        Grant grant = codes.remove(String.valueOf(form.get("code")));
        if (grant == null || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            json(exchange, 400, Json.createObjectBuilder().add("error", "invalid_grant").build());
            return;
        }
        tokenRequests.add(grant.email());
        long now = Instant.now().getEpochSecond();
        var claims = Json.createObjectBuilder().add("iss", issuer()).add("sub", UUID.nameUUIDFromBytes(
                        grant.email().getBytes(StandardCharsets.UTF_8)).toString()).add("aud", CLIENT_ID).add("azp", CLIENT_ID)
                .add("iat", now).add("exp", now + 300).add("auth_time", now).add("email", grant.email())
                .add("email_verified", grant.verified()).add("preferred_username", grant.email());
        if (grant.nonce() != null) {
            claims.add("nonce", grant.nonce());
        }
        JsonObject base = claims.build();
        String idToken = jwt(Json.createObjectBuilder(base).add("typ", "ID").build());
        String accessToken = jwt(Json.createObjectBuilder(base).add("typ", "Bearer").add("scope", "openid email profile").build());
        json(exchange, 200, Json.createObjectBuilder().add("access_token", accessToken).add("id_token", idToken)
                .add("token_type", "Bearer").add("expires_in", 300).add("scope", "openid email profile").build());
    }

    private String jwt(JsonObject claims) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT")
                .add("kid", KEY_ID).build().toString().getBytes(StandardCharsets.UTF_8));
        String body = url.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + url.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] magnitude = Arrays.copyOfRange(bytes, skip, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(magnitude);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (raw == null) {
            return fields;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
