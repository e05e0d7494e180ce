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
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.ocpp.ChargePointConfig;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.OcppVersion;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * Inbox discovery wired by OSGi: the handler factory registers the OCPP server's discovery service, the host finds
 * it as a DiscoveryService, an unknown simulated charger shows up in the inbox, and approving it brings the charger
 * thing ONLINE.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class OcppInboxInFelixTest extends HostedDeviceTest {

    private static final String SERVER = "v2x:ocpp-server:inboxserver";
    private static final ThingUID OFFERED = new ThingUID("v2x:ocpp-charger:inboxserver:IT-NEW");

    @Override
    String thingUid() {
        return SERVER;
    }

    @Test
    void anUnknownChargerShowsUpInTheInboxAndGoesOnlineWhenApproved() throws Exception {
        OpenhabHost h = host();
        int port = freePort();
        h.load("""
                {"things": [{"uid": "%s", "config": {"port": %d, "bindAddress": "127.0.0.1", "securityProfile": 0}}]}
                """.formatted(SERVER, port));
        HostedCarThingTest.await(() -> h.getThingStatus(SERVER).getStatus() == ThingStatus.ONLINE, "server ONLINE");

        ChargePointConfig config = new ChargePointConfig().url("ws://127.0.0.1:" + port + "/ocpp")
                .chargePointId("IT-NEW").version(OcppVersion.V21).password(null).vendor("ITVendor")
                .model("ITModel").reconnectDelayMillis(300);
        ChargePointSimulator s = device(new ChargePointSimulator(config, new SimulatedCar(60_000, 60)));
        s.start();

        HostedCarThingTest.await(() -> {
            DiscoveryResult result = h.inbox().get(OFFERED);
            return result != null && "ITVendor ITModel (IT-NEW)".equals(result.getLabel());
        }, "IT-NEW in the inbox with vendor and model");
        assertFalse(s.isBootAccepted(), "not let in before approval");

        h.inbox().approve(OFFERED, null);

        HostedCarThingTest.await(() -> h.getThingStatus(OFFERED.getAsString()).getStatus() == ThingStatus.ONLINE,
                "approved charger ONLINE");
        HostedCarThingTest.await(s::isBootAccepted, "the simulator's boot accepted");
        assertNull(h.inbox().get(OFFERED));
    }
}
