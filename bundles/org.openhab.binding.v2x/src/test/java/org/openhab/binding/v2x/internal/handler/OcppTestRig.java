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

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.V2xHandlerFactory;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.State;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.ocpp.ChargePointConfig;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.OcppVersion;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * An openHAB test host with the binding's handler factory, an OCPP server thing on a free loopback port, charger
 * things on it, and charge point simulators that connect to it.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class OcppTestRig implements AutoCloseable {

    static final String SERVER_UID = "v2x:ocpp-server:home";
    static final String PASSWORD = "0123456789abcdef";
    static final Duration WAIT = Duration.ofSeconds(10);

    final OpenhabHost host = new OpenhabHost();
    final int port;
    private final List<ChargePointSimulator> simulators = new ArrayList<>();

    OcppTestRig() throws IOException {
        host.addThingTypes(resource("OH-INF/thing/channel-types.xml"));
        host.addThingTypes(resource("OH-INF/thing/ocpp.xml"));
        host.addThingTypes(resource("OH-INF/thing/ev.xml"));
        host.activateThingHandlerFactory(new V2xHandlerFactory(host.timeZoneProvider()));
        port = freePort();
    }

    /** Creates the server thing and waits until it listens. */
    void startServer(int securityProfile) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("port", port);
        config.put("bindAddress", "127.0.0.1");
        config.put("securityProfile", securityProfile);
        config.put("heartbeatInterval", 60);
        config.put("callTimeout", 5);
        thing(SERVER_UID, null, config);
        awaitStatus(SERVER_UID, ThingStatus.ONLINE);
    }

    /** Creates a charger thing with fast test settings; extra entries override them. */
    String addCharger(String chargePointId, Map<String, Object> extra) {
        String uid = "v2x:ocpp-charger:" + chargePointId.toLowerCase();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("chargePointId", chargePointId);
        config.put("password", PASSWORD);
        config.put("minSetpointInterval", 1);
        config.put("setpointDeadband", 50);
        // the smallest value the thing type allows (XML min): the strict host refuses less, as openHAB does
        config.put("maxOfflineDuration", 10);
        config.put("meterInterval", 1);
        config.putAll(extra);
        thing(uid, SERVER_UID, config);
        item(itemName("Setpoint", chargePointId), "Number:Power", uid + ":power#setpoint");
        item(itemName("Mode", chargePointId), "String", uid + ":power#mode");
        return uid;
    }

    void thing(String uid, @Nullable String bridge, Map<String, Object> config) {
        host.addThing(uid, bridge, config);
    }

    void item(String name, String type, String channel) {
        host.addItem(name, type, channel);
    }

    ChargePointSimulator simulator(String chargePointId, OcppVersion version, SimulatedCar car,
            java.util.function.UnaryOperator<ChargePointConfig> tweaks) throws Exception {
        ChargePointConfig config = new ChargePointConfig().url("ws://127.0.0.1:" + port + "/ocpp")
                .chargePointId(chargePointId).version(version).password(PASSWORD).meterIntervalSeconds(1)
                .reconnectDelayMillis(300).callTimeoutMillis(5000).tickMillis(100);
        ChargePointSimulator simulator = new ChargePointSimulator(tweaks.apply(config), car);
        simulators.add(simulator);
        simulator.start();
        return simulator;
    }

    static SimulatedCar car(double socPct) {
        return new SimulatedCar(60_000, socPct).withMaxChargeW(7400).withMaxDischargeW(7400)
                .withChargeEfficiency(1).withDischargeEfficiency(1).withSocFloorPercent(10);
    }

    OcppChargerHandler charger(String uid) {
        Thing thing = host.getThing(uid);
        if (thing != null && thing.getHandler() instanceof OcppChargerHandler handler) {
            return handler;
        }
        throw new AssertionError("no charger handler for " + uid);
    }

    void setpoint(String chargePointId, double watts) {
        host.sendCommand(itemName("Setpoint", chargePointId), new QuantityType<>(watts, Units.WATT));
    }

    @Nullable
    Double channelWatts(String channelUid) {
        State state = host.getChannelState(channelUid);
        if (state instanceof QuantityType<?> quantity) {
            QuantityType<?> watts = quantity.toUnit(Units.WATT);
            return watts == null ? null : watts.doubleValue();
        }
        return null;
    }

    @Nullable
    Double channelNumber(String channelUid) {
        State state = host.getChannelState(channelUid);
        return state instanceof QuantityType<?> quantity ? quantity.doubleValue() : null;
    }

    void awaitStatus(String thingUid, ThingStatus status) {
        await(() -> host.getThingStatus(thingUid).getStatus() == status,
                () -> thingUid + " is " + host.getThingStatus(thingUid) + ", expected " + status);
    }

    ThingStatusInfo status(String thingUid) {
        return host.getThingStatus(thingUid);
    }

    static void await(BooleanSupplier condition, Supplier<String> failure) {
        await(condition, WAIT, failure);
    }

    static void await(BooleanSupplier condition, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(failure.get());
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    static String itemName(String prefix, String chargePointId) {
        return prefix + "_" + chargePointId.replaceAll("[^A-Za-z0-9_]", "_");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static java.net.URL resource(String path) {
        java.net.URL url = OcppTestRig.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing");
        }
        return url;
    }

    @Override
    public void close() {
        simulators.forEach(ChargePointSimulator::close);
        host.close();
    }
}
