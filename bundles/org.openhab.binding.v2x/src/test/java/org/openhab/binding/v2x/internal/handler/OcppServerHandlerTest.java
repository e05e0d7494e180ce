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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.v2x.internal.handler.OcppTestRig.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.OcppVersion;

/**
 * The server thing's status for configuration problems, and security profile 0.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
@Timeout(30)
class OcppServerHandlerTest {

    @Test
    void portInUseIsAConfigurationError() throws Exception {
        try (OcppTestRig rig = new OcppTestRig();
                ServerSocket taken = new ServerSocket(rig.port, 10, InetAddress.getByName("127.0.0.1"))) {
            assertTrue(taken.isBound());
            rig.thing(OcppTestRig.SERVER_UID, null, config(rig.port, 1));
            ThingStatusInfo status = awaitOffline(rig);
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
            assertEquals("@text/offline.conf-error-port-in-use [\"" + rig.port + "\"]", status.getDescription());
        }
    }

    @Test
    void tlsWithoutKeystoreIsAConfigurationError() throws Exception {
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.thing(OcppTestRig.SERVER_UID, null, config(rig.port, 2));
            ThingStatusInfo status = awaitOffline(rig);
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
            assertEquals("@text/offline.conf-error-keystore-missing", status.getDescription());
        }
    }

    @Test
    void clientCertificatesWithoutTruststoreIsAConfigurationError() throws Exception {
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.thing(OcppTestRig.SERVER_UID, null, config(rig.port, 3));
            ThingStatusInfo status = awaitOffline(rig);
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
            assertEquals("@text/offline.conf-error-truststore-missing", status.getDescription());
        }
    }

    @Test
    void unreadableKeystoreIsAConfigurationError(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("broken.p12");
        Files.writeString(keystore, "not a keystore", StandardCharsets.UTF_8);
        try (OcppTestRig rig = new OcppTestRig()) {
            Map<String, Object> config = config(rig.port, 2);
            config.put("keystorePath", keystore.toString());
            config.put("keystorePassword", "secret");
            rig.thing(OcppTestRig.SERVER_UID, null, config);
            ThingStatusInfo status = awaitOffline(rig);
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
            assertTrue(String.valueOf(status.getDescription()).startsWith("@text/offline.conf-error-keystore ["),
                    String.valueOf(status.getDescription()));
        }
    }

    @Test
    void chargerWithoutPasswordIsAConfigurationErrorWithAuthentication() throws Exception {
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.startServer(1);
            String uid = rig.addCharger("NOPASS", Map.of("password", ""));
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, rig.status(uid).getStatusDetail());
            ChargePointSimulator simulator = rig.simulator("NOPASS", OcppVersion.V21, OcppTestRig.car(50), c -> c);
            await(() -> simulator.getFailedConnectAttempts() >= 2, () -> "the simulator did not retry");
            assertFalse(simulator.isConnected(), "a charger without a configured password must be refused");
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, rig.status(uid).getStatusDetail());
            assertNull(rig.host.getThing(OcppTestRig.SERVER_UID).getProperties()
                    .get(OcppServerHandler.PROPERTY_UNKNOWN_CHARGE_POINTS), "the charger is known, not unknown");
        }
    }

    @Test
    void securityProfileZeroAcceptsChargersWithoutPassword() throws Exception {
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.startServer(0);
            String uid = rig.addCharger("OPEN", Map.of("password", ""));
            ChargePointSimulator simulator = rig.simulator("OPEN", OcppVersion.V16, OcppTestRig.car(50),
                    c -> c.password(null));
            rig.awaitStatus(uid, ThingStatus.ONLINE);
            await(simulator::isConnected, () -> "the simulator does not see the connection");

            // the charger goes OFFLINE with the server and comes back with it
            rig.host.removeThing(uid);
            await(() -> !simulator.isConnected(), () -> "still connected");
        }
    }

    private static ThingStatusInfo awaitOffline(OcppTestRig rig) {
        await(() -> rig.status(OcppTestRig.SERVER_UID).getStatus() == ThingStatus.OFFLINE,
                () -> "server is " + rig.status(OcppTestRig.SERVER_UID));
        return rig.status(OcppTestRig.SERVER_UID);
    }

    private static Map<String, Object> config(int port, int securityProfile) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("port", port);
        config.put("bindAddress", "127.0.0.1");
        config.put("securityProfile", securityProfile);
        return config;
    }
}
