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
package org.openhab.binding.v2x.internal.ocpp.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * Feeds random and mutated frames to a live server. Every frame must be answered with at most one CALLERROR or
 * CALLRESULT (or ignored), nothing may escape into Jetty (which would close the connection with 1011) and a valid
 * CALL after each one must still be answered.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class OcppServerFuzzTest {
    private static final String[] SEEDS = { "[2,\"a1\",\"Heartbeat\",{}]",
            "[2,\"a2\",\"BootNotification\",{\"chargingStation\":{\"model\":\"M\",\"vendorName\":\"V\"},\"reason\":\"PowerUp\"}]",
            "[2,\"a3\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}]",
            "[2,\"a4\",\"MeterValues\",{\"evseId\":1,\"meterValue\":[{\"timestamp\":\"2025-01-01T00:00:00Z\",\"sampledValue\":[{\"value\":1.5}]}]}]",
            "[2,\"a5\",\"NotifyEVChargingNeeds\",{\"evseId\":1,\"chargingNeeds\":{\"requestedEnergyTransfer\":\"DC_BPT\",\"v2xChargingParameters\":{\"maxDischargePower\":5000}}}]",
            "[3,\"a6\",{\"status\":\"Accepted\"}]", "[4,\"a7\",\"GenericError\",\"x\",{}]",
            "[5,\"a8\",\"FormatViolation\",\"x\",{}]", "[6,\"a9\",\"NotifyPeriodicEventStream\",{}]" };
    private static final String[] TOKENS = { "[", "]", "{", "}", ",", ":", "\"", "2", "3", "4", "5", "6", "7", "-1",
            "null", "true", "1e999", "\\u0000", "\\", "\"x\"", "[]", "{}", "99999999999999999999", "\uD83D\uDE00",
            " ", "\u0000" };

    @ParameterizedTest
    @ValueSource(strings = { "ocpp1.6", "ocpp2.0.1", "ocpp2.1" })
    void randomFramesNeverBreakTheConnection(String protocol) throws Exception {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        OcppServerTest.RecordingListener listener = new OcppServerTest.RecordingListener();
        OcppServerConfig config = new OcppServerConfig();
        config.host = "127.0.0.1";
        config.port = 0;
        config.requireAuthentication = false;
        OcppServer server = new OcppServer(config, Map.of("FUZZ", OcppChargePointAccess.withoutPassword())::get,
                listener, scheduler);
        server.start();
        WebSocketClient client = new WebSocketClient();
        client.start();
        try {
            ClientUpgradeRequest request = new ClientUpgradeRequest();
            request.setSubProtocols(protocol);
            TestClientSocket socket = new TestClientSocket();
            Session ws = client.connect(socket, URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ocpp/FUZZ"),
                    request).get(5, TimeUnit.SECONDS);
            Random random = new Random(protocol.hashCode());
            for (int i = 0; i < 400; i++) {
                String frame = fuzz(random);
                socket.send(frame);
                String probeId = "probe-" + i;
                socket.send("[2,\"" + probeId + "\",\"Heartbeat\",{}]");
                List<JsonArray> answers = new ArrayList<>();
                while (true) {
                    String text = socket.next();
                    JsonElement parsed = JsonParser.parseString(text);
                    assertTrue(parsed.isJsonArray(), text);
                    JsonArray answer = parsed.getAsJsonArray();
                    if (probeId.equals(answer.get(1).getAsString())) {
                        assertTrue(answer.get(0).getAsInt() == 3 || "ocpp1.6".equals(protocol)
                                || answer.get(0).getAsInt() == 4, text);
                        break;
                    }
                    answers.add(answer);
                }
                assertTrue(answers.size() <= 1, "one answer at most for " + frame + ": " + answers);
                for (JsonArray answer : answers) {
                    int type = answer.get(0).getAsInt();
                    assertTrue(type == 3 || type == 4, "only CALLRESULT or CALLERROR for " + frame + ": " + answer);
                    assertTrue(answer.get(1).getAsString().length() <= 36);
                }
                assertTrue(ws.isOpen(), "connection closed after " + frame);
            }
            assertFalse(socket.closed.isDone());
            OcppSession session = server.getSession("FUZZ");
            assertNotNull(session);
            assertTrue(session.isOpen());
        } finally {
            client.stop();
            server.stop();
            scheduler.shutdownNow();
        }
    }

    private static String fuzz(Random random) {
        String seed = SEEDS[random.nextInt(SEEDS.length)];
        StringBuilder text = new StringBuilder(seed);
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int position = text.isEmpty() ? 0 : random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (!text.isEmpty()) {
                        text.deleteCharAt(position);
                    }
                }
                case 1 -> text.insert(position, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> {
                    if (!text.isEmpty()) {
                        text.setCharAt(position, (char) (32 + random.nextInt(95)));
                    }
                }
                case 3 -> text.setLength(position);
                default -> text = new StringBuilder(randomJson(random, 3));
            }
        }
        return text.toString();
    }

    private static String randomJson(Random random, int depth) {
        int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> Integer.toString(random.nextInt(10) - 2);
            case 1 -> "\"" + "id".repeat(random.nextInt(30)) + "\"";
            case 2 -> random.nextBoolean() ? "true" : "null";
            case 3 -> Double.toString(random.nextDouble() * 1e6);
            case 4 -> {
                StringBuilder array = new StringBuilder("[");
                int size = random.nextInt(6);
                for (int i = 0; i < size; i++) {
                    array.append(i == 0 ? "" : ",").append(randomJson(random, depth - 1));
                }
                yield array.append(']').toString();
            }
            default -> "{\"k\":" + randomJson(random, depth - 1) + "}";
        };
    }
}
