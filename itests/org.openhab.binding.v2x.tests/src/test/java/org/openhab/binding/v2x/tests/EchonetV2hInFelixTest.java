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

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.State;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.echonet.V2hRelease;
import org.openhab.v2x.simulator.echonet.V2hSimulator;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * The {@code echonet-v2h} thing in Felix against the V2H unit simulator on loopback UDP: ONLINE with the car's state
 * of charge, and a -2000 W setpoint discharges the car.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class EchonetV2hInFelixTest extends HostedDeviceTest {

    private static final String UNIT = "v2x:echonet-v2h:itunit";

    @Override
    String thingUid() {
        return UNIT;
    }

    @Test
    void theUnitGoesOnlineAndDischargesOnASetpoint() throws Exception {
        OpenhabHost h = host();
        int localPort;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            localPort = probe.getLocalPort();
        }
        V2hSimulator s = device(new V2hSimulator(V2hRelease.PRE_P, new SimulatedCar(40_000, 50),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort), 6000, 6000,
                V2hSimulator.DB_REVERSE_FLOW));
        s.start();
        h.load("""
                {
                  "items": [
                    {"name": "ItUnit_Setpoint", "type": "Number:Power", "channel": "%1$s:power#setpoint"}
                  ],
                  "things": [
                    {"uid": "%1$s", "config": {"ipAddress": "127.0.0.1", "port": %2$d, "localPort": %3$d,
                     "multicastGroup": "", "pollInterval": 1, "minSetpointInterval": 0}}
                  ]
                }
                """.formatted(UNIT, s.port(), localPort));
        HostedCarThingTest.await(() -> h.getThingStatus(UNIT).getStatus() == ThingStatus.ONLINE, "unit ONLINE");
        HostedCarThingTest.await(() -> {
            State soc = h.getChannelState(UNIT + ":car#soc");
            return soc instanceof QuantityType<?> q && q.doubleValue() == 50;
        }, "state of charge 50 %");
        h.sendCommand("ItUnit_Setpoint", new QuantityType<>(-2000, Units.WATT));
        HostedCarThingTest.await(() -> s.powerW() == -2000, "the simulated unit discharges at 2000 W");
    }
}
