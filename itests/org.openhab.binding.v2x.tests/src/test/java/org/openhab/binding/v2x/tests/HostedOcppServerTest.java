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

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhab.v2x.host.HostComponent;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.ocpp.ChargePointConfig;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * Tests that run an OCPP server thing in the host inside Felix and let a simulated charge point connect to it: the
 * host comes from the {@link HostComponent} service, and the simulator and the server go away after each test.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
abstract class HostedOcppServerTest {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private @Nullable OpenhabHost host;
    private @Nullable ChargePointSimulator simulator;

    /** The UID of the server thing the test creates; removed with its chargers after the test. */
    abstract String serverUid();

    @BeforeEach
    void findHost() throws InterruptedException {
        host = OsgiTestSupport.service(HostComponent.class, TIMEOUT).host();
    }

    @AfterEach
    void stopSimulatorAndServer() {
        ChargePointSimulator s = simulator;
        if (s != null) {
            s.stop();
        }
        OpenhabHost h = host;
        if (h != null) {
            h.removeThing(serverUid());
        }
    }

    OpenhabHost host() {
        OpenhabHost h = host;
        assertNotNull(h);
        return h;
    }

    ChargePointSimulator startSimulator(ChargePointConfig config, SimulatedCar car) throws Exception {
        ChargePointSimulator s = new ChargePointSimulator(config, car);
        simulator = s;
        s.start();
        return s;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
