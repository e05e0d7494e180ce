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

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.V2xHandlerFactory;
import org.openhab.binding.v2x.internal.echonet.EchonetEndpointConfig;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.v2x.host.HostDefinition;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.echonet.V2hRelease;
import org.openhab.v2x.simulator.echonet.V2hSimulator;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * The V2H simulator is found by a scan (instance list announced on request), lands in the inbox with its maker,
 * release and product code, is approved, comes ONLINE and discharges at 2000 W.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class EchonetV2hDiscoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final OpenhabHost host = new OpenhabHost();
    private @Nullable V2hSimulator simulator;
    private @Nullable EchonetV2hDiscoveryService discovery;

    @AfterEach
    void tearDown() {
        EchonetV2hDiscoveryService d = discovery;
        if (d != null) {
            d.stopBackgroundDiscovery();
        }
        host.close();
        V2hSimulator s = simulator;
        if (s != null) {
            s.close();
        }
    }

    @Test
    void aScanPutsTheUnitInTheInboxAndTheApprovedThingDischarges() throws Exception {
        int discoveryPort = freeUdpPort();
        SimulatedCar car = new SimulatedCar(40_000, 50).withMaxChargeW(6000).withMaxDischargeW(6000);
        V2hSimulator s = new V2hSimulator(V2hRelease.SIGNED_SETPOINT, car,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), discoveryPort), 6000, 6000,
                V2hSimulator.DB_REVERSE_FLOW);
        simulator = s;
        host.addThingTypes(resource("OH-INF/thing/channel-types.xml"));
        host.addThingTypes(resource("OH-INF/thing/echonet.xml"));
        host.addThingTypes(resource("OH-INF/thing/ev.xml"));
        host.activateThingHandlerFactory(new V2xHandlerFactory(host.timeZoneProvider()));
        s.start(); // announces its instance list before anyone listens: only the scan finds it
        EchonetV2hDiscoveryService scanning = new EchonetV2hDiscoveryService(
                new EchonetEndpointConfig("127.0.0.1", discoveryPort, null, null, Duration.ofSeconds(1), 0),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), s.port()));
        discovery = scanning;
        host.addDiscoveryService(scanning);
        scanning.startScan(null);

        ThingUID uid = new ThingUID("v2x:echonet-v2h:127_0_0_1_027E01");
        await().atMost(WAIT).until(() -> {
            DiscoveryResult result = host.inbox().get(uid);
            return result != null && result.getProperties().containsKey(Thing.PROPERTY_MODEL_ID)
                    && result.getProperties().containsKey("release")
                    && result.getProperties().containsKey(Thing.PROPERTY_VENDOR);
        });
        DiscoveryResult result = host.inbox().get(uid);
        assertNotNull(result);
        assertEquals("127.0.0.1#027E01", result.getProperties().get("unitId"));
        assertEquals("unitId", result.getRepresentationProperty());
        assertEquals("000077", result.getProperties().get(Thing.PROPERTY_VENDOR));
        assertEquals("P", result.getProperties().get("release"));
        assertEquals("V2H-SIM-0001", result.getProperties().get(Thing.PROPERTY_MODEL_ID));
        assertEquals(s.port(), ((Number) result.getProperties().get("port")).intValue());

        host.inbox().approve(uid, null);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("ipAddress", "127.0.0.1");
        config.put("port", s.port());
        config.put("instance", 1);
        config.put("localPort", 0); // the simulator answers to the source port
        config.put("multicastGroup", "");
        config.put("pollInterval", 1);
        config.put("minSetpointInterval", 0);
        host.updateThingConfiguration(uid.getAsString(), config);
        await().atMost(WAIT).until(() -> host.getThingStatus(uid.getAsString()).getStatus() == ThingStatus.ONLINE);
        HostDefinition.ItemDefinition item = new HostDefinition.ItemDefinition();
        item.name = "Setpoint";
        item.type = "Number:Power";
        item.channel = uid.getAsString() + ":power#setpoint";
        host.addItem(item);
        host.sendCommand("Setpoint", new QuantityType<>(-2000, Units.WATT));
        await().atMost(WAIT).until(() -> s.powerW() == -2000);
    }

    @Test
    void anAnnouncedInstanceListReachesTheInboxWithoutAScan() throws Exception {
        int discoveryPort = freeUdpPort();
        V2hSimulator s = new V2hSimulator(V2hRelease.PRE_P, new SimulatedCar(40_000, 50),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), discoveryPort), 6000, 6000,
                V2hSimulator.DB_REVERSE_FLOW);
        simulator = s;
        // the scan target is a port nobody listens on: only the announcement can find the unit
        EchonetV2hDiscoveryService d = new EchonetV2hDiscoveryService(
                new EchonetEndpointConfig("127.0.0.1", discoveryPort, null, null, Duration.ofSeconds(1), 0),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), freeUdpPort()));
        discovery = d;
        host.addDiscoveryService(d);
        d.activate(null); // background discovery is on by default
        s.start();
        ThingUID uid = new ThingUID("v2x:echonet-v2h:127_0_0_1_027E01");
        await().atMost(WAIT).until(() -> {
            DiscoveryResult result = host.inbox().get(uid);
            return result != null && "J".equals(result.getProperties().get("release"));
        });
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static URL resource(String path) {
        URL url = EchonetV2hDiscoveryTest.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing " + path);
        }
        return url;
    }
}
