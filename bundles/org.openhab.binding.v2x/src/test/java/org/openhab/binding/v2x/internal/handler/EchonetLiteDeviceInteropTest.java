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

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.v2x.internal.V2xHandlerFactory;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.State;
import org.openhab.v2x.host.OpenhabHost;

import com.google.gson.JsonObject;

/**
 * The {@code echonet-v2h} thing in the strict test host against a V2H unit nobody here wrote the frames of: a device
 * on the npm package {@code echonet-lite} ({@link NodeV2hUnit}). The package sends to the port it listens on, so
 * both sides use one free port instead of 3610; the unit listens on 127.0.0.2, a more specific address than the
 * thing's wildcard, so each gets its own datagrams on loopback. The package also sends from that port + 20000.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class EchonetLiteDeviceInteropTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String UNIT = "127.0.0.2";
    private static final String UID = "v2x:echonet-v2h:node";
    private static final String SETPOINT = "V2h_Setpoint";
    private static final String MODE = "V2h_Mode";

    private final OpenhabHost host = new OpenhabHost();
    private @Nullable NodeV2hUnit unit;

    @AfterEach
    void tearDown() {
        host.close();
        NodeV2hUnit u = unit;
        if (u != null) {
            u.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "pre-p", "signed" })
    void comesOnlineShowsSocAndPowerAndDischargesTheNodeUnitAt2000Watts(String release) throws Exception {
        NodeV2hUnit u = start(release);
        awaitChannel("car#soc", 50);
        awaitChannel("power#active-power", 0);
        awaitChannel("limits#max-discharge-power", 6000);
        assertEquals(UNIT + "#027E01", host.getThing(UID).getProperties().get("unitId"));

        host.sendCommand(SETPOINT, new QuantityType<>(-2000, Units.WATT));
        await().atMost(WAIT).until(() -> u.powerW() == -2000);
        // the power first, then the mode that applies it, in one SetC
        if ("signed".equals(release)) {
            assertTrue(u.has("set", set -> isSetC(set) && "fffff830".equals(detail(set, "e0"))
                    && "43".equals(detail(set, "da"))), u::diagnostics);
        } else {
            assertTrue(u.has("set", set -> isSetC(set) && "000007d0".equals(detail(set, "ec"))
                    && "43".equals(detail(set, "da"))), u::diagnostics);
        }
        awaitChannel("power#active-power", -2000);

        u.advance(1800); // 1 kWh of 40 kWh: 47.5 %, E4 is a whole percent
        await().atMost(WAIT).until(() -> u.has("state", state -> state.get("storedWh").getAsInt() == 19000));
        awaitChannel("car#soc", 48);
        awaitChannel("energy#export-energy", 1.0);
    }

    @Test
    void aModeTheNodeUnitRefusesShowsOnLastErrorNamingTheProperty() throws Exception {
        NodeV2hUnit u = start("pre-p");
        host.sendCommand(MODE, new StringType("idle")); // DA = 0x47, which this unit does not take
        await().atMost(WAIT).until(() -> u.has("set", set -> "47".equals(detail(set, "da"))));
        await().atMost(WAIT).until(() -> {
            State error = host.getChannelState(UID + ":status#last-error");
            return error != null && error.toString().contains("0xDA");
        });
        assertEquals(ThingStatus.ONLINE, host.getThingStatus(UID).getStatus());
        assertEquals(0, u.powerW());
    }

    /** The node unit on a free port, and the thing ONLINE against it. */
    private NodeV2hUnit start(String release) throws Exception {
        int port = freePortPair();
        NodeV2hUnit u = new NodeV2hUnit(UNIT, port, release);
        unit = u;
        await().atMost(WAIT).until(() -> !u.events("ready").isEmpty());
        startThing(port);
        try {
            await().atMost(WAIT).until(() -> host.getThingStatus(UID).getStatus() == ThingStatus.ONLINE);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not ONLINE: " + host.getThingStatus(UID) + "; the unit: " + u.diagnostics(), e);
        }
        return u;
    }

    private void startThing(int port) throws Exception {
        host.addThingTypes(resource("OH-INF/thing/channel-types.xml"));
        host.addThingTypes(resource("OH-INF/thing/echonet.xml"));
        host.addThingTypes(resource("OH-INF/thing/ev.xml"));
        host.activateThingHandlerFactory(new V2xHandlerFactory(host.timeZoneProvider()));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("ipAddress", UNIT);
        config.put("port", port);
        config.put("localPort", port);
        config.put("multicastGroup", "");
        config.put("pollInterval", 1);
        config.put("responseTimeout", 500);
        config.put("retries", 2);
        config.put("maxDischargePower", 7400);
        config.put("minSetpointInterval", 0);
        config.put("setpointDeadband", 0);
        host.addThing(UID, null, config);
        host.addItem(SETPOINT, "Number:Power", UID + ":power#setpoint");
        host.addItem(MODE, "String", UID + ":power#mode");
    }

    private static boolean isSetC(JsonObject set) {
        return "61".equals(set.get("esv").getAsString());
    }

    private static @Nullable String detail(JsonObject set, String epc) {
        JsonObject details = set.getAsJsonObject("details");
        return details.has(epc) ? details.get(epc).getAsString() : null;
    }

    private void awaitChannel(String channel, double expected) {
        await().atMost(WAIT).until(() -> {
            State state = host.getChannelState(UID + ":" + channel);
            return state instanceof QuantityType<?> q && Math.abs(q.doubleValue() - expected) < 1e-6;
        });
    }

    /** A port free on every address whose + 20000 is free too (the package sends from there). */
    private static int freePortPair() throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 45_000);
            if (free(port) && free(port + 20_000)) {
                return port;
            }
        }
        throw new IllegalStateException("no free UDP port pair");
    }

    private static boolean free(int port) throws Exception {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(port))) {
            return socket.isBound();
        } catch (BindException e) {
            return false;
        }
    }

    private static URL resource(String path) {
        URL url = EchonetLiteDeviceInteropTest.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing " + path);
        }
        return url;
    }
}
