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

/**
 * Tests that run a device thing in the host inside Felix against a simulated device on loopback: the host comes
 * from the {@link HostComponent} service; after each test the thing (with the things on it) is removed first, so
 * its handler can let go of the device as in openHAB, and then the simulator is closed.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
abstract class HostedDeviceTest {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private @Nullable OpenhabHost host;
    private @Nullable AutoCloseable device;

    /** The UID of the thing the test creates; removed with the things on it after the test. */
    abstract String thingUid();

    @BeforeEach
    void findHost() throws InterruptedException {
        host = OsgiTestSupport.service(HostComponent.class, TIMEOUT).host();
    }

    @AfterEach
    void removeThingAndCloseDevice() throws Exception {
        OpenhabHost h = host;
        if (h != null && h.getThing(thingUid()) != null) {
            h.removeThing(thingUid());
        }
        AutoCloseable d = device;
        if (d != null) {
            d.close();
        }
    }

    OpenhabHost host() {
        OpenhabHost h = host;
        assertNotNull(h);
        return h;
    }

    /** Keeps the test's simulated device, to close it after the test. */
    <D extends AutoCloseable> D device(D simulated) {
        device = simulated;
        return simulated;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
