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
package org.openhab.binding.v2x.internal.handler;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A charge point played message by message on a real loopback WebSocket, for what the project's simulator cannot
 * play (several EVSEs on one connection, no state of charge): the test sends the charger's messages, the central
 * system's requests are recorded and accepted.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class ScriptedChargePoint implements WebSocketListener, AutoCloseable {

    /** A request the central system sent. */
    record Request(String action, JsonObject payload) {
    }

    private final WebSocketClient client = new WebSocketClient();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile @Nullable Session session;

    void connect(int port, String chargePointId, String password, String subprotocol) throws Exception {
        client.start();
        ClientUpgradeRequest upgrade = new ClientUpgradeRequest();
        upgrade.setSubProtocols(subprotocol);
        upgrade.setHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((chargePointId + ":" + password).getBytes(StandardCharsets.UTF_8)));
        client.connect(this, URI.create("ws://127.0.0.1:" + port + "/ocpp/" + chargePointId), upgrade).get(5,
                TimeUnit.SECONDS);
    }

    /** Sends a CALL and waits for its answer. */
    JsonObject call(String action, String payloadJson) throws Exception {
        String id = "cp-" + nextId.getAndIncrement();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonArray frame = new JsonArray();
        frame.add(2);
        frame.add(id);
        frame.add(action);
        frame.add(JsonParser.parseString(payloadJson));
        send(frame.toString());
        return answer.get(5, TimeUnit.SECONDS);
    }

    List<Request> requests(String action) {
        return requests.stream().filter(r -> r.action().equals(action)).toList();
    }

    boolean received(String action, Predicate<JsonObject> payload) {
        return requests(action).stream().anyMatch(r -> payload.test(r.payload()));
    }

    boolean isOpen() {
        Session current = session;
        return current != null && current.isOpen() && !closed.isDone();
    }

    @Override
    public void onWebSocketConnect(@Nullable Session newSession) {
        session = newSession;
    }

    @Override
    public void onWebSocketText(@Nullable String message) {
        if (message == null) {
            return;
        }
        JsonArray frame = JsonParser.parseString(message).getAsJsonArray();
        int type = frame.get(0).getAsInt();
        String id = frame.get(1).getAsString();
        if (type == 2) {
            String action = frame.get(2).getAsString();
            JsonObject payload = frame.get(3).getAsJsonObject();
            requests.add(new Request(action, payload));
            JsonArray result = new JsonArray();
            result.add(3);
            result.add(id);
            result.add(answer(action, payload));
            send(result.toString());
        } else {
            CompletableFuture<JsonObject> answer = pending.remove(id);
            if (answer != null) {
                if (type == 3) {
                    answer.complete(frame.get(2).getAsJsonObject());
                } else {
                    answer.completeExceptionally(new IllegalStateException("CALLERROR " + message));
                }
            }
        }
    }

    /** Accepts everything; variable requests get one accepted result per variable. */
    private static JsonObject answer(String action, JsonObject payload) {
        JsonObject answer = new JsonObject();
        switch (action) {
            case "SetVariables" -> answer.add("setVariableResult", results(payload.getAsJsonArray("setVariableData"),
                    null));
            case "GetVariables" -> answer.add("getVariableResult", results(payload.getAsJsonArray("getVariableData"),
                    "true"));
            default -> answer.addProperty("status", "Accepted");
        }
        return answer;
    }

    private static JsonArray results(JsonArray data, @Nullable String value) {
        JsonArray results = new JsonArray();
        for (JsonElement element : data) {
            JsonObject item = element.getAsJsonObject();
            JsonObject result = new JsonObject();
            result.addProperty("attributeStatus", "Accepted");
            result.add("component", item.get("component"));
            result.add("variable", item.get("variable"));
            if (value != null) {
                String name = item.getAsJsonObject("variable").get("name").getAsString();
                result.addProperty("attributeValue",
                        "SupportedOperationModes".equals(name) ? "CentralSetpoint,ChargingOnly,Idle" : value);
            }
            results.add(result);
        }
        return results;
    }

    @Override
    public void onWebSocketBinary(byte @Nullable [] payload, int offset, int len) {
    }

    @Override
    public void onWebSocketClose(int statusCode, @Nullable String reason) {
        closed.complete(statusCode);
    }

    @Override
    public void onWebSocketError(@Nullable Throwable cause) {
    }

    /** The test thread's CALLs and the answers to the server's CALLs share one blocking remote: one at a time. */
    private synchronized void send(String text) {
        Session current = session;
        if (current == null) {
            throw new IllegalStateException("not connected");
        }
        try {
            current.getRemote().sendString(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            // the test is over
        }
    }
}
