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
import static org.openhab.binding.v2x.tests.OsgiTestSupport.*;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * j2mod is embedded in the binding (openHAB does not ship it): its classes load through the binding's class loader
 * and its TCP master connects on a real loopback socket.
 */
@NonNullByDefault
class EmbeddedModbusLibraryTest {

    private static final String TCP_MASTER = "com.ghgande.j2mod.modbus.facade.ModbusTCPMaster";

    @Test
    void j2modLoadsFromInsideTheBindingBundle() throws ClassNotFoundException {
        Bundle binding = bundle(BINDING_BSN);

        Class<?> master = binding.loadClass(TCP_MASTER);

        assertSame(binding, FrameworkUtil.getBundle(master), "j2mod must come from the binding's own class path");
    }

    @Test
    void j2modTcpMasterConnectsOverLoopback() throws Exception {
        Class<?> masterType = bundle(BINDING_BSN).loadClass(TCP_MASTER);
        try (ServerSocket device = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            device.setSoTimeout(5000);
            Object master = masterType.getConstructor(String.class, int.class)
                    .newInstance(InetAddress.getLoopbackAddress().getHostAddress(), device.getLocalPort());

            masterType.getMethod("connect").invoke(master);
            try (Socket accepted = device.accept()) {
                assertTrue(accepted.isConnected());
                assertEquals(Boolean.TRUE, masterType.getMethod("isConnected").invoke(master));
            } finally {
                masterType.getMethod("disconnect").invoke(master);
            }
            assertEquals(Boolean.FALSE, masterType.getMethod("isConnected").invoke(master));
        }
    }
}
