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

/**
 * The binding's handler factory, picked up by the test host from the service registry, creates a car thing from a
 * definition; the handler goes ONLINE and its channels reach linked items.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class HostedCarThingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private @org.eclipse.jdt.annotation.Nullable OpenhabHost host;

    @BeforeEach
    void setUp() throws InterruptedException {
        host = OsgiTestSupport.service(HostComponent.class, TIMEOUT).host();
    }

    @AfterEach
    void tearDown() {
        OpenhabHost h = host;
        if (h != null) {
            h.removeThing("v2x:ev:itcar");
            h.removeThing("v2x:ev:badcar");
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
                    {"uid": "v2x:ev:itcar", "label": "Test car",
                     "config": {"capacity": 60, "reserveSoc": 30, "targetSoc": 80}}
                  ]
                }
                """);
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
                {"things": [{"uid": "v2x:ev:badcar", "config": {"capacity": 60, "reserveSoc": 90, "targetSoc": 80}}]}
                """);
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
