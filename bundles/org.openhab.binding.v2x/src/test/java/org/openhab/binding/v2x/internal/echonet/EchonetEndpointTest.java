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
package org.openhab.binding.v2x.internal.echonet;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.ocpp.ManualScheduler;

/**
 * The UDP endpoint on loopback against a raw datagram socket playing the device.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class EchonetEndpointTest {

    private static final int CONTROLLER = 0x05FF01;
    private static final int V2H = 0x027E01;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<EchonetFrame> unsolicited = new CopyOnWriteArrayList<>();
    private final EchonetEndpoint endpoint = new EchonetEndpoint(
            new EchonetEndpointConfig("127.0.0.1", 0, null, null, Duration.ofSeconds(2), 1), scheduler,
            (sender, frame) -> unsolicited.add(frame));
    private DatagramSocket device = newDevice();
    private InetSocketAddress deviceAddress = new InetSocketAddress(InetAddress.getLoopbackAddress(),
            device.getLocalPort());

    private static DatagramSocket newDevice() {
        try {
            DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            socket.setSoTimeout(5000);
            return socket;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void start() throws Exception {
        endpoint.start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
        device.close();
    }

    @Test
    void matchesTheAnswerByTransactionIdAndIgnoresOthers() throws Exception {
        CompletableFuture<EchonetFrame> answer = endpoint.request(deviceAddress, CONTROLLER, V2H, Esv.GET,
                List.of(EchonetProperty.empty(0xE4)));
        Received request = receive();
        assertEquals(Esv.GET, request.frame.esv());
        int tid = request.frame.tid();
        reply(request, new EchonetFrame((tid + 1) & 0xFFFF, V2H, CONTROLLER, Esv.GET_RES,
                List.of(EchonetProperty.ofByte(0xE4, 10))));
        reply(request, new EchonetFrame(tid, V2H, CONTROLLER, Esv.GET_RES, List.of(EchonetProperty.ofByte(0xE4, 42))));
        EchonetFrame frame = answer.get(5, TimeUnit.SECONDS);
        assertEquals(42, frame.property(0xE4).orElseThrow().uint8());
    }

    @Test
    void dropsMalformedDatagramsAndKeepsWorking() throws Exception {
        CompletableFuture<EchonetFrame> answer = endpoint.request(deviceAddress, CONTROLLER, V2H, Esv.GET,
                List.of(EchonetProperty.empty(0xD3)));
        Received request = receive();
        for (String garbage : List.of("10", "2081000105FF01027E0162", "1081000105FF01027E01620AE4",
                "1081000105FF01027E0199 01E400", "108100010000000000007201E4FF00")) {
            byte[] data = HexFormat.of().parseHex(garbage.replace(" ", ""));
            device.send(new DatagramPacket(data, data.length, request.sender));
        }
        reply(request, new EchonetFrame(request.frame.tid(), V2H, CONTROLLER, Esv.GET_RES,
                List.of(EchonetProperty.ofInt32(0xD3, -2000))));
        assertEquals(-2000, answer.get(5, TimeUnit.SECONDS).property(0xD3).orElseThrow().int32());
        assertTrue(unsolicited.isEmpty(), "garbage reaches no listener");
    }

    @Test
    void surfacesAnSnaAsAnErrorNamingTheRefusedProperties() throws Exception {
        CompletableFuture<EchonetFrame> answer = endpoint.request(deviceAddress, CONTROLLER, V2H, Esv.SETC,
                List.of(EchonetProperty.ofByte(0xDA, 0x43), EchonetProperty.ofInt32(0xE0, -3000)));
        Received request = receive();
        reply(request, new EchonetFrame(request.frame.tid(), V2H, CONTROLLER, Esv.SETC_SNA,
                List.of(EchonetProperty.empty(0xDA), EchonetProperty.ofInt32(0xE0, -3000))));
        ExecutionException error = assertThrows(ExecutionException.class, () -> answer.get(5, TimeUnit.SECONDS));
        EchonetSnaException sna = assertInstanceOf(EchonetSnaException.class, error.getCause());
        assertEquals(List.of(0xE0), sna.refused());
        assertTrue(sna.getMessage().contains("0xE0"), sna.getMessage());
    }

    @Test
    void sendsAgainAfterTheTimeoutAndFailsAfterTheRetries() throws Exception {
        CompletableFuture<EchonetFrame> answer = endpoint.request(deviceAddress, CONTROLLER, V2H, Esv.GET,
                List.of(EchonetProperty.empty(0xE4)));
        Received first = receive();
        scheduler.advance(Duration.ofMillis(1999));
        assertFalse(answer.isDone());
        scheduler.advance(Duration.ofMillis(1));
        Received second = receive();
        assertEquals(first.frame, second.frame, "the retry repeats the frame with its TID");
        scheduler.advance(Duration.ofSeconds(2));
        ExecutionException error = assertThrows(ExecutionException.class, () -> answer.get(5, TimeUnit.SECONDS));
        assertInstanceOf(EchonetTimeoutException.class, error.getCause());
        assertEquals(0, scheduler.pendingTasks());
    }

    @Test
    void answersInfcAndPassesAnnouncementsOn() throws Exception {
        InetSocketAddress controller = new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.localPort());
        send(controller, new EchonetFrame(7, V2H, CONTROLLER, Esv.INFC, List.of(EchonetProperty.ofByte(0xC7, 0x43))));
        Received ack = receive();
        assertEquals(Esv.INFC_RES, ack.frame.esv());
        assertEquals(7, ack.frame.tid());
        assertEquals(CONTROLLER, ack.frame.seoj());
        assertEquals(V2H, ack.frame.deoj());
        assertEquals(List.of(EchonetProperty.empty(0xC7)), ack.frame.properties());
        send(controller, new EchonetFrame(8, V2H, 0x0EF001, Esv.INF, List.of(EchonetProperty.ofByte(0xDA, 0x44))));
        await().atMost(Duration.ofSeconds(5)).until(() -> unsolicited.size() == 2);
        assertEquals(Esv.INFC, unsolicited.get(0).esv());
        assertEquals(Esv.INF, unsolicited.get(1).esv());
    }

    private record Received(InetSocketAddress sender, EchonetFrame frame) {
    }

    private Received receive() throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
        device.receive(packet);
        return new Received((InetSocketAddress) packet.getSocketAddress(),
                EchonetFrame.decode(packet.getData(), packet.getLength()));
    }

    private void reply(Received request, EchonetFrame frame) throws Exception {
        send(request.sender, frame);
    }

    private void send(InetSocketAddress target, EchonetFrame frame) throws Exception {
        byte[] data = frame.encode();
        device.send(new DatagramPacket(data, data.length, target));
    }
}
