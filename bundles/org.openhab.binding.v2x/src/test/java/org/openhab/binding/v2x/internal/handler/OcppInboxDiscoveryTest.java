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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openhab.binding.v2x.internal.discovery.ChargePointDiscoveryResults;
import org.openhab.binding.v2x.internal.discovery.OcppChargePointDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.OcppVersion;

/**
 * Unknown charge points on a real loopback WebSocket end up in the host's inbox; approving them lets them in.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
@Timeout(30)
class OcppInboxDiscoveryTest {

    private static final ThingUID SERVER = new ThingUID(OcppTestRig.SERVER_UID);

    /** The server's discovery service: the handler factory registers it, and the host's inbox listens to it. */
    private static OcppChargePointDiscoveryService attachDiscovery(OcppTestRig rig) {
        Thing server = rig.host.getThing(OcppTestRig.SERVER_UID);
        assertNotNull(server);
        OcppServerHandler handler = (OcppServerHandler) server.getHandler();
        assertNotNull(handler);
        assertEquals(List.of(OcppChargePointDiscoveryService.class), List.copyOf(handler.getServices()));
        List<OcppChargePointDiscoveryService> registered = rig.host.services(DiscoveryService.class).stream()
                .filter(OcppChargePointDiscoveryService.class::isInstance)
                .map(OcppChargePointDiscoveryService.class::cast).toList();
        assertEquals(1, registered.size(), "one discovery service per server, registered by the factory");
        assertSame(handler, registered.get(0).getThingHandler());
        return registered.get(0);
    }

    private static @Nullable DiscoveryResult result(OcppTestRig rig, ThingUID uid) {
        return rig.host.inbox().get(uid);
    }

    @Test
    void withoutAuthenticationAnUnknownChargerIsOfferedWithVendorAndModelAndServedOnceApproved()
            throws Exception {
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.startServer(0);
            attachDiscovery(rig);
            ChargePointSimulator simulator = rig.simulator("Garage.1", OcppVersion.V21, OcppTestRig.car(50),
                    c -> c.password(null).vendor("ACME").model("Bidi 11"));
            ThingUID uid = ChargePointDiscoveryResults.thingUid(SERVER, "Garage.1");

            await(() -> {
                DiscoveryResult offered = result(rig, uid);
                return offered != null && offered.getProperties().containsKey("vendor");
            }, () -> "no offer with vendor for Garage.1: " + rig.host.inbox().results());
            DiscoveryResult offered = result(rig, uid);
            assertNotNull(offered);
            assertEquals("ACME Bidi 11 (Garage.1)", offered.getLabel());
            assertEquals("Garage.1", offered.getProperties().get("chargePointId"));
            assertEquals("ocpp2.1", offered.getProperties().get("ocppVersion"));
            assertEquals(SERVER, offered.getBridgeUID());
            assertTrue(simulator.isConnected(), "held as pending");
            assertFalse(simulator.isBootAccepted(), "a pending charger is not let in");

            Thing thing = rig.host.inbox().approve(uid, null);

            assertNotNull(thing);
            assertEquals("Garage.1", thing.getConfiguration().get("chargePointId"));
            rig.awaitStatus(uid.getAsString(), ThingStatus.ONLINE);
            await(simulator::isBootAccepted, () -> "the approved charger was not accepted");
            assertNull(result(rig, uid), "the approved charger left the inbox");
        }
    }

    @Test
    void withAuthenticationAnUnknownChargerIsOfferedWithItsIdAndNeedsItsPasswordAfterApproval() throws Exception {
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.startServer(1);
            attachDiscovery(rig);
            ChargePointSimulator simulator = rig.simulator("SECURE", OcppVersion.V201, OcppTestRig.car(50), c -> c);
            ThingUID uid = ChargePointDiscoveryResults.thingUid(SERVER, "SECURE");

            await(() -> result(rig, uid) != null, () -> "SECURE not offered: " + rig.host.inbox().results());
            DiscoveryResult offered = result(rig, uid);
            assertNotNull(offered);
            assertEquals(Map.of("chargePointId", "SECURE"), offered.getProperties());
            assertEquals("SECURE", offered.getLabel());
            assertFalse(simulator.isConnected(), "it cannot authenticate, so it is refused");

            rig.host.inbox().approve(uid, null);
            await(() -> rig.status(uid.getAsString()).getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR,
                    () -> "approved without password: " + rig.status(uid.getAsString()));
        }
    }

    @Test
    void aKnownChargerIsNeverOffered() throws Exception {
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.startServer(0);
            attachDiscovery(rig);
            String uid = rig.addCharger("KNOWN", Map.of("password", ""));
            rig.simulator("KNOWN", OcppVersion.V16, OcppTestRig.car(50), c -> c.password(null));
            rig.awaitStatus(uid, ThingStatus.ONLINE);
            assertEquals(List.of(), rig.host.inbox().results());
        }
    }
}
