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
package org.openhab.v2x.bench.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppAction;
import org.openhab.binding.v2x.internal.ocpp.OcppProtocolException;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppJson;
import org.openhab.binding.v2x.internal.ocpp.server.OcppChargePointAccess;
import org.openhab.binding.v2x.internal.ocpp.server.OcppServer;
import org.openhab.binding.v2x.internal.ocpp.server.OcppServerConfig;
import org.openhab.binding.v2x.internal.ocpp.server.OcppServerListener;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The binding's OCPP server in-process on loopback, accepting every charge point and answering every CALL with an
 * accepting response, so the load test can run without openHAB.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class SelfServer implements AutoCloseable {

    /** Candidate answers by action; the first one the response type accepts is used (then cached). */
    private static final Map<String, List<String>> ANSWERS = Map.of("BootNotification",
            List.of("{\"status\":\"Accepted\",\"currentTime\":\"%s\",\"interval\":300}"), "Heartbeat",
            List.of("{\"currentTime\":\"%s\"}"), "StartTransaction",
            List.of("{\"transactionId\":%d,\"idTagInfo\":{\"status\":\"Accepted\"}}"), "StopTransaction",
            List.of("{\"idTagInfo\":{\"status\":\"Accepted\"}}"), "Authorize",
            List.of("{\"idTagInfo\":{\"status\":\"Accepted\"}}", "{\"idTokenInfo\":{\"status\":\"Accepted\"}}"),
            "TransactionEvent", List.of("{\"idTokenInfo\":{\"status\":\"Accepted\"}}", "{}"));
    private static final List<String> FALLBACK = List.of("{}", "{\"status\":\"Accepted\"}");

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "v2x-bench-ocpp-server");
        t.setDaemon(true);
        return t;
    });
    private final OcppServer server;
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    public SelfServer() {
        OcppServerConfig config = new OcppServerConfig();
        config.host = "127.0.0.1";
        config.port = 0;
        config.requireAuthentication = false;
        server = new OcppServer(config, id -> OcppChargePointAccess.withoutPassword(), new OcppServerListener() {
            @Override
            public void sessionOpened(OcppSession session) {
                sessions.incrementAndGet();
                session.setCallHandler(SelfServer.this::answer);
            }

            @Override
            public void sessionClosed(OcppSession session, int statusCode, String reason) {
                sessions.decrementAndGet();
            }
        }, scheduler);
    }

    public void start() throws Exception {
        server.start();
    }

    public String url() {
        return "ws://127.0.0.1:" + server.getLocalPort() + "/ocpp";
    }

    public int openSessions() {
        return sessions.get();
    }

    public int callsAnswered() {
        return calls.get();
    }

    private final Map<String, String> chosen = new ConcurrentHashMap<>();

    private CompletionStage<?> answer(OcppSession session, OcppAction<?, ?> action, Object request) {
        calls.incrementAndGet();
        String key = action.name() + "/" + action.responseType().getName();
        String template = chosen.get(key);
        Object response = template == null ? null : build(template, action.responseType());
        if (response == null) {
            for (String candidate : ANSWERS.getOrDefault(action.name(), FALLBACK)) {
                response = build(candidate, action.responseType());
                if (response != null) {
                    chosen.put(key, candidate);
                    break;
                }
            }
        }
        if (response == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no answer for " + action.name()));
        }
        return CompletableFuture.completedFuture(response);
    }

    private @Nullable Object build(String template, Class<?> type) {
        String json = template.contains("%s") ? String.format(template, Instant.now().toString())
                : template.contains("%d") ? String.format(template, transactions.incrementAndGet()) : template;
        try {
            JsonObject payload = JsonParser.parseString(json).getAsJsonObject();
            return OcppJson.fromPayload(payload, type);
        } catch (OcppProtocolException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop();
        scheduler.shutdownNow();
    }
}
