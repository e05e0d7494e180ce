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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;
import org.openhab.v2x.simulator.ocpp.SimulatorClock;
import org.openhab.v2x.simulator.quasar.QuasarSimulator;

/**
 * The binding's {@code quasar} thing runs in Felix with j2mod embedded in the binding bundle: against the Quasar
 * simulator on loopback it goes ONLINE, takes control, makes the simulated car discharge at 3 kW on a setpoint
 * command, shows it on the power item, and hands control back when the thing is removed.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class QuasarInFelixTest extends HostedDeviceTest {

    private static final String QUASAR = "v2x:quasar:itquasar";

    @Override
    String thingUid() {
        return QUASAR;
    }

    @Test
    void quasarDischargesOnASetpointCommandAndGetsControlBackOnRemoval() throws Exception {
        SimulatedCar car = new SimulatedCar(40_000, 60).withMaxChargeW(7400).withMaxDischargeW(7400)
                .withSocFloorPercent(10);
        QuasarSimulator s = device(new QuasarSimulator("127.0.0.1", 0, car, SimulatorClock.system()));
        s.start();
        OpenhabHost h = host();
        h.load("""
                {
                  "things": [
                    {"uid": "%s", "config": {"host": "127.0.0.1", "port": %d, "refreshInterval": 1,
                     "failSafeTimeout": 30, "writePause": 50, "minSetpointInterval": 1}}
                  ],
                  "items": [
                    {"name": "ItQuasar_Setpoint", "type": "Number:Power", "channel": "%s:power#setpoint"},
                    {"name": "ItQuasar_Power", "type": "Number:Power", "channel": "%s:power#active-power"}
                  ]
                }
                """.formatted(QUASAR, s.port(), QUASAR, QUASAR));
        HostedCarThingTest.await(() -> h.getThingStatus(QUASAR).getStatus() == ThingStatus.ONLINE, "Quasar ONLINE");
        HostedCarThingTest.await(() -> s.controlOwner() == 1, "openHAB in control");
        assertEquals(30, s.idleTimeoutSeconds());

        h.sendCommand("ItQuasar_Setpoint", new QuantityType<>(-3000, Units.WATT));
        HostedCarThingTest.await(() -> car.getPowerW() == -3000, "simulated car discharging at 3 kW");
        HostedCarThingTest.await(() -> {
            if (h.getItemState("ItQuasar_Power") instanceof QuantityType<?> q) {
                QuantityType<?> w = q.toUnit(Units.WATT);
                return w != null && Math.abs(w.doubleValue() + 3000) < 1;
            }
            return false;
        }, "power item shows the discharge");

        h.removeThing(QUASAR);
        HostedCarThingTest.await(() -> s.controlOwner() == 0, "control handed back");
        assertEquals(0, car.getPowerW());
    }
}
