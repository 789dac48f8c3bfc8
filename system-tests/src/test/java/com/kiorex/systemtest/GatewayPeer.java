package com.kiorex.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local SMS and push gateway in the test JVM: it checks what a real one checks (the bearer API key,
 * a JSON body with recipient, text and reference), records what it accepts and every attempt, and
 * answers 503 for recipients it is told to fail for.
 */
final class GatewayPeer implements AutoCloseable {

    static final String KEY = "test-only-gateway-key";

    /** A message the gateway was asked to send. {@code status} is what it answered. */
    record Call(String gateway, String to, String text, String reference, String idempotencyKey, int status) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private volatile int unauthorised;

    GatewayPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> handle("sms", exchange));
        server.createContext("/push", exchange -> handle("push", exchange));
        server.start();
    }

    String url(String gateway) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + gateway;
    }

    void failFor(String to) {
        failing.add(to);
    }

    void stopFailingFor(String to) {
        failing.remove(to);
    }

    List<Call> callsTo(String to) {
        return calls.stream().filter(c -> c.to().equals(to)).toList();
    }

    int unauthorised() {
        return unauthorised;
    }

    private void handle(String gateway, HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!"POST".equals(exchange.getRequestMethod())
                    || !("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                unauthorised++;
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonObject json;
            try {
                json = Json.createReader(new StringReader(body)).readObject();
                json.getString("to");
                json.getString("text");
                json.getString("reference");
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            int status = failing.contains(json.getString("to")) ? 503 : 202;
            calls.add(new Call(gateway, json.getString("to"), json.getString("text"), json.getString("reference"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"), status));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
