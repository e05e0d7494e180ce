/*
 * Copyright (c) 2026 Contributors to the openHAB V2X project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.v2x.simulator.ocpp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.server.WebSocketHandler;
import org.eclipse.jetty.websocket.servlet.WebSocketServletFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A minimal OCPP central system for the tests: a Jetty WebSocket server on loopback that answers the charge
 * point's CALLs with hand-written JSON, records every frame and can send CALLs of its own.
 */
@NonNullByDefault
class TestCentralSystem implements AutoCloseable {

    private final List<String> subprotocols;
    private final @Nullable String requiredPassword;
    private final boolean tls;
    private final Server server = new Server();
    private final ServerConnector connector;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<String> received = new ArrayList<>();
    private final Object sendLock = new Object();
    private final Map<String, String> responses = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger messageCounter = new AtomicInteger();
    private final AtomicInteger concurrentCallViolations = new AtomicInteger();
    private volatile @Nullable Session session;
    private volatile @Nullable String lastPath;
    private volatile @Nullable String lastAuthorization;
    private volatile int heartbeatInterval = 60;
    private volatile long replyDelayMillis;
    private volatile boolean unansweredCall;

    TestCentralSystem(String... subprotocols) throws Exception {
        this(null, null, List.of(subprotocols));
    }

    /** A central system that insists on HTTP Basic auth with this password. */
    static TestCentralSystem withPassword(String password, String... subprotocols) throws Exception {
        return new TestCentralSystem(password, null, List.of(subprotocols));
    }

    /** A central system on wss:// with the certificate in this PKCS12 key store (password "changeit"). */
    static TestCentralSystem withTls(Path keyStore, String... subprotocols) throws Exception {
        return new TestCentralSystem(null, keyStore, List.of(subprotocols));
    }

    private TestCentralSystem(@Nullable String requiredPassword, @Nullable Path keyStore, List<String> subprotocols)
            throws Exception {
        this.subprotocols = subprotocols;
        this.tls = keyStore != null;
        if (keyStore != null) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(keyStore.toString());
            ssl.setKeyStorePassword("changeit");
            ssl.setKeyStoreType("PKCS12");
            connector = new ServerConnector(server, ssl);
        } else {
            connector = new ServerConnector(server);
        }
        this.requiredPassword = requiredPassword;
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new WebSocketHandler() {
            @Override
            public void configure(@Nullable WebSocketServletFactory factory) {
                if (factory == null) {
                    return;
                }
                factory.setCreator((request, response) -> {
                    lastPath = request.getRequestURI().getPath();
                    lastAuthorization = request.getHeader("Authorization");
                    String password = TestCentralSystem.this.requiredPassword;
                    if (password != null) {
                        String id = lastPath.substring(lastPath.lastIndexOf('/') + 1);
                        String expected = "Basic " + Base64.getEncoder()
                                .encodeToString((id + ":" + password).getBytes(StandardCharsets.UTF_8));
                        if (!expected.equals(lastAuthorization)) {
                            try {
                                response.sendError(401, "bad credentials");
                            } catch (Exception e) {
                                // the client sees the failed upgrade either way
                            }
                            return null;
                        }
                    }
                    for (String offered : request.getSubProtocols()) {
                        if (TestCentralSystem.this.subprotocols.contains(offered)) {
                            response.setAcceptedSubProtocol(offered);
                            return new Endpoint();
                        }
                    }
                    return new Endpoint();
                });
            }
        });
        responses.put("StartTransaction", "{\"transactionId\":42,\"idTagInfo\":{\"status\":\"Accepted\"}}");
        responses.put("NotifyEVChargingNeeds", "{\"status\":\"Accepted\"}");
        server.start();
    }

    String url() {
        return (tls ? "wss" : "ws") + "://127.0.0.1:" + connector.getLocalPort() + "/ocpp";
    }

    void heartbeatInterval(int seconds) {
        this.heartbeatInterval = seconds;
    }

    /** Delays every answer to the charge point's CALLs. */
    void replyDelayMillis(long millis) {
        this.replyDelayMillis = millis;
    }

    /** Overrides the hand-written answer for an action. */
    void respond(String action, String json) {
        responses.put(action, json);
    }

    int connections() {
        return connections.get();
    }

    int concurrentCallViolations() {
        return concurrentCallViolations.get();
    }

    @Nullable
    String lastPath() {
        return lastPath;
    }

    @Nullable
    String lastAuthorization() {
        return lastAuthorization;
    }

    synchronized List<String> received() {
        return List.copyOf(received);
    }

    /** Payloads of the CALLs with this action received so far. */
    List<JsonObject> calls(String action) {
        List<JsonObject> payloads = new ArrayList<>();
        for (String text : received()) {
            JsonArray frame = parseArray(text);
            if (frame != null && frame.size() == 4 && frame.get(0).getAsInt() == 2
                    && action.equals(frame.get(2).getAsString())) {
                payloads.add(frame.get(3).getAsJsonObject());
            }
        }
        return payloads;
    }

    List<String> callActions() {
        List<String> actions = new ArrayList<>();
        for (String text : received()) {
            JsonArray frame = parseArray(text);
            if (frame != null && frame.size() == 4 && frame.get(0).getAsInt() == 2) {
                actions.add(frame.get(2).getAsString());
            }
        }
        return actions;
    }

    /** Waits for the n-th (1-based) CALL with this action and returns its payload. */
    JsonObject awaitCall(String action, int n, Duration timeout) throws InterruptedException {
        await(() -> calls(action).size() >= n, timeout, "CALL #" + n + " " + action);
        return calls(action).get(n - 1);
    }

    JsonObject awaitCall(String action) throws InterruptedException {
        return awaitCall(action, 1, Duration.ofSeconds(10));
    }

    /** Waits until a CALL with this action satisfies the predicate. */
    JsonObject awaitCall(String action, Predicate<JsonObject> predicate, Duration timeout)
            throws InterruptedException {
        await(() -> calls(action).stream().anyMatch(predicate), timeout, action + " matching the expectation");
        return calls(action).stream().filter(predicate).findFirst().orElseThrow();
    }

    /**
     * Sends a CALL to the charge point and waits for its answer.
     *
     * @return the answer frame as a JSON array
     */
    JsonArray call(String action, String payloadJson) throws Exception {
        return awaitAnswer(sendCall(action, payloadJson));
    }

    /** Sends a CALL to the charge point without waiting for its answer; returns its message id. */
    String sendCall(String action, String payloadJson) throws Exception {
        String id = "cs-" + messageCounter.incrementAndGet();
        Session current = session;
        if (current == null) {
            throw new IllegalStateException("no charge point connected");
        }
        send(current, "[2,\"" + id + "\",\"" + action + "\"," + payloadJson + "]");
        return id;
    }

    /** Waits for the answer (CALLRESULT or CALLERROR) to the CALL with this message id. */
    JsonArray awaitAnswer(String id) {
        await(() -> answer(id) != null, Duration.ofSeconds(10), "the answer to " + id);
        JsonArray answer = answer(id);
        if (answer == null) {
            throw new IllegalStateException("no answer");
        }
        return answer;
    }

    /** Sends a CALL and returns the payload of its CALLRESULT. */
    JsonObject callOk(String action, String payloadJson) throws Exception {
        JsonArray answer = call(action, payloadJson);
        if (answer.get(0).getAsInt() != 3) {
            throw new AssertionError(action + " was answered with an error: " + answer);
        }
        return answer.get(2).getAsJsonObject();
    }

    void sendRaw(String text) throws Exception {
        Session current = session;
        if (current == null) {
            throw new IllegalStateException("no charge point connected");
        }
        send(current, text);
    }

    private @Nullable JsonArray answer(String id) {
        for (String text : received()) {
            JsonArray frame = parseArray(text);
            if (frame != null && frame.size() >= 3 && frame.get(0).getAsInt() != 2
                    && id.equals(frame.get(1).getAsString())) {
                return frame;
            }
        }
        return null;
    }

    /** Waits until the condition holds; fails naming what was awaited when it does not within the timeout. */
    static void await(BooleanSupplier condition, Duration timeout, String what) {
        Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(condition::getAsBoolean);
    }

    private static @Nullable JsonArray parseArray(String text) {
        try {
            JsonElement element = JsonParser.parseString(text);
            return element.isJsonArray() && element.getAsJsonArray().size() >= 3
                    && element.getAsJsonArray().get(0).isJsonPrimitive()
                    && element.getAsJsonArray().get(0).getAsJsonPrimitive().isNumber() ? element.getAsJsonArray()
                            : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Jetty refuses a blocking send while another is pending on the same session, so sends take turns. */
    private void send(Session to, String text) throws java.io.IOException {
        synchronized (sendLock) {
            to.getRemote().sendString(text);
        }
    }

    private synchronized void record(String text) {
        received.add(text);
    }

    private void onCall(Session from, JsonArray frame) {
        if (unansweredCall) {
            concurrentCallViolations.incrementAndGet();
        }
        unansweredCall = true;
        String id = frame.get(1).getAsString();
        String action = frame.get(2).getAsString();
        String payload = switch (action) {
            case "BootNotification" -> "{\"status\":\"Accepted\",\"currentTime\":\"" + Instant.now()
                    + "\",\"interval\":" + heartbeatInterval + "}";
            case "Heartbeat" -> "{\"currentTime\":\"" + Instant.now() + "\"}";
            default -> responses.getOrDefault(action, "{}");
        };
        Runnable reply = () -> {
            unansweredCall = false;
            try {
                send(from, "[3,\"" + id + "\"," + payload + "]");
            } catch (Exception e) {
                // the charge point went away; nothing to answer
            }
        };
        if (replyDelayMillis > 0) {
            scheduler.schedule(reply, replyDelayMillis, TimeUnit.MILLISECONDS);
        } else {
            reply.run();
        }
    }

    /** Drops the charge point's connection (it will reconnect). */
    void dropConnection() {
        Session current = session;
        if (current != null) {
            current.close(1001, "going away");
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("stopping the test server failed", e);
        }
    }

    private class Endpoint implements WebSocketListener {
        private @Nullable Session mine;

        @Override
        public void onWebSocketConnect(@Nullable Session newSession) {
            mine = newSession;
            session = newSession;
            unansweredCall = false;
            connections.incrementAndGet();
        }

        @Override
        public void onWebSocketText(@Nullable String message) {
            Session from = mine;
            if (message == null || from == null) {
                return;
            }
            record(message);
            JsonArray frame = parseArray(message);
            if (frame != null && frame.size() == 4 && frame.get(0).getAsInt() == 2) {
                onCall(from, frame);
            }
        }

        @Override
        public void onWebSocketBinary(byte @Nullable [] payload, int offset, int len) {
        }

        @Override
        public void onWebSocketClose(int statusCode, @Nullable String reason) {
        }

        @Override
        public void onWebSocketError(@Nullable Throwable cause) {
        }
    }
}
