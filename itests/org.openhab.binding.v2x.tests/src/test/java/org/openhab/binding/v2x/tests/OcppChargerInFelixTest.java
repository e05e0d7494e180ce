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
import org.openhab.v2x.simulator.ocpp.ChargePointConfig;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.OcppVersion;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * The binding's OCPP server and charger things run in Felix with the Jetty bundles openHAB provides: a simulated
 * OCPP 2.1 charge point connects over a real WebSocket, the charger goes ONLINE, and a setpoint item command makes
 * the simulated car discharge.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class OcppChargerInFelixTest extends HostedDeviceTest {

    private static final String SERVER = "v2x:ocpp-server:itserver";
    private static final String CHARGER = "v2x:ocpp-charger:itserver:itcp";

    @Override
    String thingUid() {
        return SERVER;
    }

    @Test
    void simulatedChargerGoesOnlineAndDischargesOnASetpointCommand() throws Exception {
        OpenhabHost h = host();
        int port = freePort();
        h.load("""
                {
                  "things": [
                    {"uid": "%s", "config": {"port": %d, "bindAddress": "127.0.0.1", "securityProfile": 1}},
                    {"uid": "%s", "bridge": "%s",
                     "config": {"chargePointId": "IT-CP", "password": "it-password-0123", "minSetpointInterval": 1}}
                  ],
                  "items": [
                    {"name": "ItCp_Setpoint", "type": "Number:Power", "channel": "%s:power#setpoint"},
                    {"name": "ItCp_Power", "type": "Number:Power", "channel": "%s:power#active-power"}
                  ]
                }
                """.formatted(SERVER, port, CHARGER, SERVER, CHARGER, CHARGER));
        HostedCarThingTest.await(() -> h.getThingStatus(SERVER).getStatus() == ThingStatus.ONLINE, "server ONLINE");

        ChargePointConfig config = new ChargePointConfig().url("ws://127.0.0.1:" + port + "/ocpp")
                .chargePointId("IT-CP").version(OcppVersion.V21).password("it-password-0123")
                .meterIntervalSeconds(1).reconnectDelayMillis(300);
        SimulatedCar car = new SimulatedCar(60_000, 60).withMaxChargeW(7400).withMaxDischargeW(7400)
                .withSocFloorPercent(10);
        ChargePointSimulator s = device(new ChargePointSimulator(config, car));
        s.start();

        HostedCarThingTest.await(() -> h.getThingStatus(CHARGER).getStatus() == ThingStatus.ONLINE,
                "charger ONLINE");
        h.sendCommand("ItCp_Setpoint", new QuantityType<>(-3000, Units.WATT));
        HostedCarThingTest.await(() -> Math.abs(s.getPowerW() + 3000) < 1, "simulated car discharging at 3 kW");
        HostedCarThingTest.await(() -> {
            if (h.getItemState("ItCp_Power") instanceof QuantityType<?> q) {
                QuantityType<?> w = q.toUnit(Units.WATT);
                return w != null && Math.abs(w.doubleValue() + 3000) < 1;
            }
            return false;
        }, "power item shows the discharge");
    }
}
