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
package org.openhab.v2x.simulator.echonet;

import static org.junit.jupiter.api.Assertions.*;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * The V2H simulator on loopback UDP, driven with hand-made frames.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class V2hSimulatorTest {

    private final DatagramSocket controller = socket();
    private final InetSocketAddress controllerAddress = new InetSocketAddress(InetAddress.getLoopbackAddress(),
            controller.getLocalPort());
    private @org.eclipse.jdt.annotation.Nullable V2hSimulator simulator;

    private static DatagramSocket socket() {
        try {
            DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            socket.setSoTimeout(5000);
            return socket;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        V2hSimulator s = simulator;
        if (s != null) {
            s.close();
        }
        controller.close();
    }

    private V2hSimulator start(V2hRelease release) throws Exception {
        SimulatedCar car = new SimulatedCar(40_000, 50).withMaxChargeW(6000).withMaxDischargeW(6000)
                .withChargeEfficiency(1).withDischargeEfficiency(1);
        V2hSimulator s = new V2hSimulator(release, car, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                controllerAddress, 6000, 6000, V2hSimulator.DB_REVERSE_FLOW);
        simulator = s;
        s.start();
        Frame hello = receive();
        assertEquals(0x73, hello.esv(), "the node announces its instances at start");
        assertArrayEquals(new byte[] { 1, 0x02, 0x7E, 0x01 }, hello.properties().get(0xD5));
        return s;
    }

    @Test
    void answersTheInstanceListAndTheStateOfCharge() throws Exception {
        V2hSimulator s = start(V2hRelease.PRE_P);
        Frame list = request(s, 1, V2hSimulator.NODE_PROFILE, 0x62, Map.of(0xD6, new byte[0]));
        assertEquals(0x72, list.esv());
        assertArrayEquals(new byte[] { 1, 0x02, 0x7E, 0x01 }, list.properties().get(0xD6));
        Frame soc = request(s, 2, V2hSimulator.V2H, 0x62, Map.of(0xE4, new byte[0]));
        assertArrayEquals(new byte[] { 50 }, soc.properties().get(0xE4));
        byte[] getMap = request(s, 3, V2hSimulator.V2H, 0x62, Map.of(0x9F, new byte[0])).properties().get(0x9F);
        assertEquals(17, getMap.length, "more than 15 properties come as a bitmap");
    }

    @Test
    void aPreReleasePUnitDischargesWithDaAndEcAndRefusesE0() throws Exception {
        V2hSimulator s = start(V2hRelease.PRE_P);
        Frame refused = request(s, 1, V2hSimulator.V2H, 0x61, Map.of(0xE0, new byte[] { -1, -1, (byte) 0xF8, 0x30 }));
        assertEquals(0x51, refused.esv());
        Map<Integer, byte[]> set = new LinkedHashMap<>();
        set.put(0xEC, new byte[] { 0, 0, 0x07, (byte) 0xD0 });
        set.put(0xDA, new byte[] { 0x43 });
        assertEquals(0x71, request(s, 2, V2hSimulator.V2H, 0x61, set).esv());
        Frame announcement = receive();
        assertEquals(0x73, announcement.esv());
        assertArrayEquals(new byte[] { 0x43 }, announcement.properties().get(0xDA));
        assertEquals(-2000, s.powerW());
        s.advance(Duration.ofHours(1));
        assertEquals(45, s.socPercent(), 1e-9);
        Frame power = request(s, 3, V2hSimulator.V2H, 0x62, Map.of(0xD3, new byte[0], 0xD6, new byte[0]));
        assertArrayEquals(new byte[] { -1, -1, (byte) 0xF8, 0x30 }, power.properties().get(0xD3));
        assertArrayEquals(new byte[] { 0, 0, 0x07, (byte) 0xD0 }, power.properties().get(0xD6));
    }

    @Test
    void aSignedSetpointUnitDischargesWithE0AndRefusesMoreThanItsRating() throws Exception {
        V2hSimulator s = start(V2hRelease.SIGNED_SETPOINT);
        Map<Integer, byte[]> tooMuch = Map.of(0xE0, new byte[] { -1, -1, (byte) 0xD8, (byte) 0xF0 }); // -10000 W
        assertEquals(0x51, request(s, 1, V2hSimulator.V2H, 0x61, tooMuch).esv());
        Map<Integer, byte[]> set = new LinkedHashMap<>();
        set.put(0xE0, new byte[] { -1, -1, (byte) 0xF8, 0x30 });
        set.put(0xDA, new byte[] { 0x43 });
        assertEquals(0x71, request(s, 2, V2hSimulator.V2H, 0x61, set).esv());
        assertEquals(-2000, s.powerW());
    }

    private Frame request(V2hSimulator s, int tid, int deoj, int esv, Map<Integer, byte[]> properties)
            throws Exception {
        byte[] data = new Frame(tid, 0x05FF01, deoj, esv, properties).bytes();
        controller.send(new DatagramPacket(data, data.length, InetAddress.getLoopbackAddress(), s.port()));
        while (true) {
            Frame answer = receive();
            if (answer.tid() == tid) {
                return answer;
            }
        }
    }

    private Frame receive() throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
        controller.receive(packet);
        Frame frame = Frame.parse(packet.getData(), packet.getLength());
        assertNotNull(frame);
        return frame;
    }
}
