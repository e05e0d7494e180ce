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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.OcppVersion;

/**
 * Editing a charger thing's configuration in openHAB's UI: the handler is disposed and initialized again (without a
 * new {@code childHandlerInitialized}), and the server must then serve the charger under its new identity.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class OcppChargerReconfigurationTest {

    @Test
    void aChargerWhoseChargePointIdIsEditedIsServedUnderTheNewIdOnly() throws Exception {
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.startServer(1);
            String uid = rig.addCharger("OLD-ID", Map.of());
            ChargePointSimulator old = rig.simulator("OLD-ID", OcppVersion.V21, OcppTestRig.car(50), c -> c);
            rig.awaitStatus(uid, ThingStatus.ONLINE);
            old.close();

            rig.host.updateThingConfiguration(uid, Map.of("chargePointId", "NEW-ID"));
            assertEquals("NEW-ID", java.util.Objects.requireNonNull(rig.host.getThing(uid)).getConfiguration()
                    .get("chargePointId"));

            ChargePointSimulator renamed = rig.simulator("NEW-ID", OcppVersion.V21, OcppTestRig.car(50), c -> c);
            rig.awaitStatus(uid, ThingStatus.ONLINE);
            await(renamed::isConnected, () -> "the charger under its new id is not served");

            ChargePointSimulator stale = rig.simulator("OLD-ID", OcppVersion.V21, OcppTestRig.car(50), c -> c);
            Thing server = java.util.Objects.requireNonNull(rig.host.getThing(OcppTestRig.SERVER_UID));
            await(() -> "OLD-ID".equals(server.getProperties().get(OcppServerHandler.PROPERTY_UNKNOWN_CHARGE_POINTS)),
                    () -> "the old id is still served; server properties " + server.getProperties());
            assertFalse(stale.isConnected());
        }
    }
}
