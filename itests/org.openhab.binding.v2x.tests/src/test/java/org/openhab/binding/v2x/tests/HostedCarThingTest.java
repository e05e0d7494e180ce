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
package org.openhab.binding.v2x.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.State;
import org.openhab.v2x.host.HostComponent;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.ocpp.ChargePointConfig;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.OcppVersion;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * The binding's handler factory, picked up by the test host from the service registry, creates a car thing from a
 * definition; the handler goes ONLINE and its channels reach linked items.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class HostedCarThingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    // the car thing type lists supported bridges, so openHAB (and the host) only initializes a car on a charger
    private static final String SERVER = "v2x:ocpp-server:itcarserver";
    private static final String CHARGER = "v2x:ocpp-charger:itcarserver:itcarcp";
    private @org.eclipse.jdt.annotation.Nullable OpenhabHost host;
    private @org.eclipse.jdt.annotation.Nullable ChargePointSimulator simulator;

    @BeforeEach
    void setUp() throws Exception {
        OpenhabHost h = OsgiTestSupport.service(HostComponent.class, TIMEOUT).host();
        host = h;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        h.load("""
                {"things": [
                   {"uid": "%s", "config": {"port": %d, "bindAddress": "127.0.0.1", "securityProfile": 1}},
                   {"uid": "%s", "bridge": "%s", "config": {"chargePointId": "IT-CAR-CP", "password": "it-password-0123"}}]}
                """.formatted(SERVER, port, CHARGER, SERVER));
        ChargePointSimulator s = new ChargePointSimulator(new ChargePointConfig()
                .url("ws://127.0.0.1:" + port + "/ocpp").chargePointId("IT-CAR-CP").version(OcppVersion.V21)
                .password("it-password-0123").reconnectDelayMillis(300), new SimulatedCar(60_000, 55));
        simulator = s;
        s.start();
        await(() -> h.getThingStatus(CHARGER).getStatus() == ThingStatus.ONLINE, "charger ONLINE");
    }

    @AfterEach
    void tearDown() {
        ChargePointSimulator s = simulator;
        if (s != null) {
            s.close();
        }
        OpenhabHost h = host;
        if (h != null) {
            h.removeThing(SERVER);
        }
    }

    @Test
    void carThingGoesOnlineAndPublishesFiguresFromTheSocItFollows() throws InterruptedException {
        OpenhabHost h = host();
        h.load("""
                {
                  "items": [
                    {"name": "ItCar_Soc", "type": "Number:Dimensionless", "channel": "v2x:ev:itcar:soc"},
                    {"name": "ItCar_Available", "type": "Number:Energy", "channel": "v2x:ev:itcar:energy-above-reserve"}
                  ],
                  "things": [
                    {"uid": "v2x:ev:itcar", "label": "Test car", "bridge": "%s",
                     "config": {"capacity": 60, "reserveSoc": 30, "targetSoc": 80}}
                  ]
                }
                """.formatted(CHARGER));
        await(() -> h.getThingStatus("v2x:ev:itcar").getStatus() == ThingStatus.ONLINE, "car thing ONLINE");
        // what openHAB's follow profile does with the state of an item holding the car's SoC
        h.sendCommand("ItCar_Soc", new QuantityType<>(55, Units.PERCENT));
        await(() -> h.getItemState("ItCar_Soc") instanceof QuantityType<?>, "SoC item updated");
        assertEquals(55.0, percent(h.getItemState("ItCar_Soc")), 1e-9);
        // (55 % - 30 %) of 60 kWh
        await(() -> h.getItemState("ItCar_Available") instanceof QuantityType<?>, "energy item updated");
        QuantityType<?> available = ((QuantityType<?>) h.getItemState("ItCar_Available")).toUnit(Units.KILOWATT_HOUR);
        assertNotNull(available);
        assertEquals(15.0, available.doubleValue(), 1e-6);
    }

    @Test
    void invalidConfigurationGivesAConfigurationError() throws InterruptedException {
        OpenhabHost h = host();
        h.load("""
                {"things": [{"uid": "v2x:ev:badcar", "bridge": "%s", "config": {"capacity": 60, "reserveSoc": 90, "targetSoc": 80}}]}
                """.formatted(CHARGER));
        await(() -> h.getThingStatus("v2x:ev:badcar").getStatus() == ThingStatus.OFFLINE, "car thing OFFLINE");
        ThingStatusInfo status = h.getThingStatus("v2x:ev:badcar");
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertNotNull(status.getDescription());
    }

    private OpenhabHost host() {
        OpenhabHost h = host;
        assertNotNull(h);
        return h;
    }

    private static double percent(State state) {
        QuantityType<?> pct = ((QuantityType<?>) state).toUnit(Units.PERCENT);
        assertNotNull(pct);
        return pct.doubleValue();
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not reached within " + TIMEOUT + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
