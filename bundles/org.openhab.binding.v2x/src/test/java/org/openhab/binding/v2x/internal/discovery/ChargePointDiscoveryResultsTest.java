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
package org.openhab.binding.v2x.internal.discovery;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.DeviceInfo;
import org.openhab.binding.v2x.internal.ocpp.server.UnregisteredChargePoint;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * The inbox entry for a charge point that knocked.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class ChargePointDiscoveryResultsTest {

    private static final ThingUID SERVER = new ThingUID("v2x:ocpp-server:home");

    @Test
    void aBootedChargePointIsOfferedWithWhatItTold() {
        DiscoveryResult result = ChargePointDiscoveryResults.result(SERVER, new UnregisteredChargePoint("CP1",
                OcppVersion.V21, new DeviceInfo("ACME", "Bidi 11", "S1", "2.3")), 600);

        assertEquals(new ThingUID("v2x:ocpp-charger:home:CP1"), result.getThingUID());
        assertEquals(new ThingTypeUID("v2x:ocpp-charger"), result.getThingTypeUID());
        assertEquals(SERVER, result.getBridgeUID());
        assertEquals("chargePointId", result.getRepresentationProperty());
        assertEquals(Map.of("chargePointId", "CP1", "vendor", "ACME", "modelId", "Bidi 11", "serialNumber", "S1",
                "firmwareVersion", "2.3", "ocppVersion", "ocpp2.1"), result.getProperties());
        assertEquals("ACME Bidi 11 (CP1)", result.getLabel());
        assertEquals(600, result.getTimeToLive());
    }

    @Test
    void aChargePointRefusedBeforeItsBootIsOfferedWithItsIdOnly() {
        DiscoveryResult result = ChargePointDiscoveryResults.result(SERVER, UnregisteredChargePoint.idOnly("CP2"), 600);
        assertEquals(Map.of("chargePointId", "CP2"), result.getProperties());
        assertEquals("CP2", result.getLabel());
    }

    @Test
    void idsThatAreNoValidUidSegmentAreSanitizedAndKeptApart() {
        ThingUID dotted = ChargePointDiscoveryResults.thingUid(SERVER, "CP.1");
        ThingUID underscored = ChargePointDiscoveryResults.thingUid(SERVER, "CP_1");
        assertTrue(dotted.getId().startsWith("CP_1_"), dotted.getAsString());
        assertEquals("CP_1", underscored.getId());
        assertNotEquals(dotted, underscored);
        assertNotEquals(ChargePointDiscoveryResults.thingUid(SERVER, "Ladesäule"),
                ChargePointDiscoveryResults.thingUid(SERVER, "Ladesaule"));
    }

    @Test
    void aModelWithoutVendorStillNamesTheCharger() {
        assertEquals("Bidi 11 (CP3)", ChargePointDiscoveryResults
                .label(new UnregisteredChargePoint("CP3", null, new DeviceInfo(null, "Bidi 11", null, null))));
    }
}
