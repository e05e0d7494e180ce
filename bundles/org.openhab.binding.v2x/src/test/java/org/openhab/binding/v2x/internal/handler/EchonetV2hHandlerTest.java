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

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.v2x.internal.V2xHandlerFactory;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.State;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.echonet.Frame;
import org.openhab.v2x.simulator.echonet.V2hRelease;
import org.openhab.v2x.simulator.echonet.V2hSimulator;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * The {@code echonet-v2h} thing in the strict test host against the V2H unit simulator on loopback UDP.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class EchonetV2hHandlerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String UID = "v2x:echonet-v2h:garage";
    private static final String CAR = "v2x:ev:garage:car";
    private static final String SETPOINT = "V2h_Setpoint";
    private static final String MODE = "V2h_Mode";

    private final OpenhabHost host = new OpenhabHost();
    private @Nullable V2hSimulator simulator;
    private int localPort;

    @AfterEach
    void tearDown() {
        host.close();
        V2hSimulator s = simulator;
        if (s != null) {
            s.close();
        }
    }

    private V2hSimulator start(V2hRelease release, int grid, Map<String, Object> carConfig) throws Exception {
        localPort = freeUdpPort();
        SimulatedCar car = new SimulatedCar(40_000, 50).withMaxChargeW(6000).withMaxDischargeW(6000)
                .withChargeEfficiency(1).withDischargeEfficiency(1);
        V2hSimulator s = new V2hSimulator(release, car, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort), 6000, 6000, grid);
        simulator = s;
        s.start();
        host.addThingTypes(resource("OH-INF/thing/channel-types.xml"));
        host.addThingTypes(resource("OH-INF/thing/echonet.xml"));
        host.addThingTypes(resource("OH-INF/thing/ev.xml"));
        host.activateThingHandlerFactory(new V2xHandlerFactory(host.timeZoneProvider()));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("ipAddress", "127.0.0.1");
        config.put("port", s.port());
        config.put("localPort", localPort);
        config.put("multicastGroup", "");
        config.put("pollInterval", 1);
        config.put("responseTimeout", 200);
        config.put("retries", 1);
        config.put("maxDischargePower", 7400);
        config.put("minSetpointInterval", 0);
        config.put("setpointDeadband", 0);
        host.addThing(UID, null, config);
        if (!carConfig.isEmpty()) {
            host.addThing(CAR, UID, carConfig);
        }
        host.addItem(SETPOINT, "Number:Power", UID + ":power#setpoint");
        host.addItem(MODE, "String", UID + ":power#mode");
        awaitStatus(ThingStatus.ONLINE);
        return s;
    }

    @ParameterizedTest
    @EnumSource(V2hRelease.class)
    void comesOnlineWithLiveValuesAndDischargesAt2000Watts(V2hRelease release) throws Exception {
        V2hSimulator s = start(release, V2hSimulator.DB_REVERSE_FLOW, Map.of());
        awaitChannel("car#soc", 50);
        awaitChannel("limits#max-discharge-power", 6000);
        assertEquals("127.0.0.1#027E01", host.getThing(UID).getProperties().get("unitId"));

        host.sendCommand(SETPOINT, new QuantityType<>(-2000, Units.WATT));
        await().atMost(WAIT).until(() -> s.powerW() == -2000);
        int powerEpc = release == V2hRelease.PRE_P ? 0xEC : 0xE0;
        assertTrue(s.received().stream().anyMatch(f -> f.esv() == 0x61 && f.properties().containsKey(powerEpc)),
                "the setpoint goes through EPC " + Integer.toHexString(powerEpc));
        awaitChannel("power#active-power", -2000);
        awaitString("power#mode", "v2x");

        s.advance(Duration.ofMinutes(30));
        awaitChannel("car#soc", 48); // 1 kWh of 40 kWh: E4 is a whole percent (47.5 rounds up)
        awaitChannel("energy#export-energy", 1.0);
    }

    @Test
    void clampsTheSetpointToTheUnitsDischargeRange() throws Exception {
        V2hSimulator s = start(V2hRelease.SIGNED_SETPOINT, V2hSimulator.DB_REVERSE_FLOW, Map.of());
        awaitChannel("limits#max-discharge-power", 6000);
        host.sendCommand(SETPOINT, new QuantityType<>(-9000, Units.WATT));
        await().atMost(WAIT).until(() -> s.powerW() == -6000);
        assertTrue(s.received().stream().noneMatch(f -> f.esv() == 0x61 && value(f, 0xE0) == -9000));
    }

    @Test
    void refusesDischargeWithoutReverseFlowExceptInAnOutage() throws Exception {
        V2hSimulator s = start(V2hRelease.PRE_P, V2hSimulator.DB_NO_REVERSE_FLOW, Map.of());
        EchonetV2hHandler handler = handler();
        await().atMost(WAIT).until(() -> !handler.dischargeSupported());
        host.sendCommand(SETPOINT, new QuantityType<>(-2000, Units.WATT));
        await().atMost(WAIT).until(() -> received(s, f -> f.esv() == 0x61 && mode(f) == V2hSimulator.DA_STANDBY));
        assertEquals(0, s.powerW());

        s.setOutage(true); // announced: DB = independent
        await().atMost(WAIT).until(handler::dischargeSupported);
        host.sendCommand(SETPOINT, new QuantityType<>(-2000, Units.WATT));
        await().atMost(WAIT).until(() -> s.powerW() == -2000);
        awaitString("status#operating-state", "backup");
    }

    @Test
    void neverDischargesTheCarBelowItsReserve() throws Exception {
        Map<String, Object> car = new LinkedHashMap<>();
        car.put("capacity", new BigDecimal(40));
        car.put("reserveSoc", 60);
        V2hSimulator s = start(V2hRelease.SIGNED_SETPOINT, V2hSimulator.DB_REVERSE_FLOW, car);
        awaitStatus(CAR, ThingStatus.ONLINE);
        awaitChannel("car#soc", 50);
        host.sendCommand(SETPOINT, new QuantityType<>(-2000, Units.WATT));
        await().atMost(WAIT).until(() -> received(s, f -> f.esv() == 0x61 && mode(f) == V2hSimulator.DA_STANDBY));
        assertEquals(0, s.powerW());
        assertTrue(s.received().stream().noneMatch(f -> f.esv() == 0x61 && mode(f) == V2hSimulator.DA_DISCHARGE));
    }

    @Test
    void aRefusedSetShowsOnLastErrorNamingThePropertiesAndIsSentAgainLater() throws Exception {
        V2hSimulator s = start(V2hRelease.PRE_P, V2hSimulator.DB_REVERSE_FLOW, Map.of());
        s.setRefusingSets(true);
        host.sendCommand(SETPOINT, new QuantityType<>(-2000, Units.WATT));
        await().atMost(WAIT).until(() -> {
            State error = host.getChannelState(UID + ":status#last-error");
            return error != null && error.toString().contains("0xEC") && error.toString().contains("0xDA");
        });
        assertEquals(0, s.powerW());
        s.setRefusingSets(false);
        host.sendCommand(SETPOINT, new QuantityType<>(-2000, Units.WATT));
        await().atMost(WAIT).until(() -> s.powerW() == -2000);
    }

    @Test
    void removingTheThingEndsARunningDischarge() throws Exception {
        V2hSimulator s = start(V2hRelease.PRE_P, V2hSimulator.DB_REVERSE_FLOW, Map.of());
        host.sendCommand(SETPOINT, new QuantityType<>(-2000, Units.WATT));
        await().atMost(WAIT).until(() -> s.powerW() == -2000);
        host.removeThing(UID);
        await().atMost(WAIT).until(() -> s.mode() == V2hSimulator.DA_STANDBY && s.powerW() == 0);
    }

    @Test
    void goesOfflineWhenTheUnitFallsSilentAndRecovers() throws Exception {
        V2hSimulator s = start(V2hRelease.PRE_P, V2hSimulator.DB_REVERSE_FLOW, Map.of());
        s.setSilent(true);
        awaitStatus(ThingStatus.OFFLINE);
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, host.getThingStatus(UID).getStatusDetail());
        s.setSilent(false);
        awaitStatus(ThingStatus.ONLINE);
    }

    @Test
    void malformedTrafficNeitherCrashesNorStallsTheHandler() throws Exception {
        V2hSimulator s = start(V2hRelease.PRE_P, V2hSimulator.DB_REVERSE_FLOW, Map.of());
        try (DatagramSocket attacker = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            InetSocketAddress target = new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort);
            for (String hex : new String[] { "", "10", "1081", "108100010EF00105FF017301D5FF", "2081000105FF01027E01620100",
                    "1081000105FF01027E0199 0100", "1081FFFF027E0105FF017201D304FFFF" }) {
                byte[] data = HexFormat.of().parseHex(hex.replace(" ", ""));
                attacker.send(new DatagramPacket(data, data.length, target));
            }
            // an announcement from a stranger must not change the unit's values
            byte[] fake = HexFormat.of().parseHex("1081 0001 027E01 0EF001 73 01 E401 05".replace(" ", ""));
            attacker.send(new DatagramPacket(fake, fake.length, target));
        }
        host.sendCommand(SETPOINT, new QuantityType<>(1500, Units.WATT));
        await().atMost(WAIT).until(() -> s.powerW() == 1500);
        awaitChannel("power#active-power", 1500);
        assertEquals(ThingStatus.ONLINE, host.getThingStatus(UID).getStatus());
        awaitChannel("car#soc", 50);
    }

    private EchonetV2hHandler handler() {
        Thing thing = host.getThing(UID);
        if (thing != null && thing.getHandler() instanceof EchonetV2hHandler handler) {
            return handler;
        }
        throw new AssertionError("no V2H handler");
    }

    private static boolean received(V2hSimulator s, Predicate<Frame> match) {
        return s.received().stream().anyMatch(match);
    }

    private static int mode(Frame frame) {
        byte[] da = frame.properties().get(0xDA);
        return da == null || da.length != 1 ? -1 : da[0] & 0xFF;
    }

    private static long value(Frame frame, int epc) {
        byte[] edt = frame.properties().get(epc);
        if (edt == null || edt.length != 4) {
            return Long.MIN_VALUE;
        }
        return ((edt[0]) << 24) | ((edt[1] & 0xFF) << 16) | ((edt[2] & 0xFF) << 8) | (edt[3] & 0xFF);
    }

    private void awaitStatus(ThingStatus status) {
        awaitStatus(UID, status);
    }

    private void awaitStatus(String uid, ThingStatus status) {
        await().atMost(WAIT).until(() -> host.getThingStatus(uid).getStatus() == status);
    }

    private void awaitChannel(String channel, double expected) {
        await().atMost(WAIT).until(() -> {
            State state = host.getChannelState(UID + ":" + channel);
            return state instanceof QuantityType<?> q && Math.abs(q.doubleValue() - expected) < 1e-6;
        });
    }

    private void awaitString(String channel, String expected) {
        await().atMost(WAIT).until(() -> {
            State state = host.getChannelState(UID + ":" + channel);
            return state != null && expected.equals(state.toString());
        });
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static URL resource(String path) {
        URL url = EchonetV2hHandlerTest.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing " + path);
        }
        return url;
    }
}
