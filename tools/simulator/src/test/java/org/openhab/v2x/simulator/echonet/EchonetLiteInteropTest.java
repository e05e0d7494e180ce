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

import java.io.File;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The simulator read and driven by an implementation nobody here wrote: a controller on the npm package
 * {@code echonet-lite} ({@code echonet-interop}, installed by the build with {@code npm ci}). Both sides use one free
 * port instead of 3610 (the library sends to the port it listens on); the simulator listens on 127.0.0.2, a
 * more specific address than the library's wildcard, so each gets its own datagrams on loopback.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class EchonetLiteInteropTest {

    private static final String UNIT = "127.0.0.2";

    @Test
    void anIndependentControllerReadsTheUnitAndSetsADischarge() throws Exception {
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        SimulatedCar car = new SimulatedCar(40_000, 50).withMaxChargeW(6000).withMaxDischargeW(6000)
                .withChargeEfficiency(1).withDischargeEfficiency(1);
        try (V2hSimulator simulator = new V2hSimulator(V2hRelease.PRE_P, car,
                new InetSocketAddress(InetAddress.getByName(UNIT), port),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 6000, 6000,
                V2hSimulator.DB_REVERSE_FLOW)) {
            simulator.setReplyPort(port);
            simulator.start();
            Process node = new ProcessBuilder("node", "controller.js", UNIT, Integer.toString(port))
                    .directory(new File("echonet-interop")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            assertTrue(node.waitFor(30, TimeUnit.SECONDS), "the node controller ends");
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(0, node.exitValue(), "the controller saw the discharge announced: " + output);
            List<JsonObject> fromUnit = new ArrayList<>();
            for (JsonElement element : JsonParser.parseString(output).getAsJsonObject().getAsJsonArray("received")) {
                JsonObject frame = element.getAsJsonObject();
                if (UNIT.equals(frame.get("from").getAsString())) {
                    fromUnit.add(frame);
                }
            }
            JsonObject instances = find(fromUnit, "0ef001", "72");
            assertEquals("01027e01", instances.getAsJsonObject("details").get("d6").getAsString());
            JsonObject values = find(fromUnit, "027e01", "72").getAsJsonObject("details");
            assertEquals("32", values.get("e4").getAsString(), "SoC 50 %");
            assertEquals("00000000", values.get("d3").getAsString());
            assertEquals("0000000000001770", values.get("c9").getAsString(), "discharge range 0..6000 W");
            assertTrue(values.get("9f").getAsString().startsWith("1"), "the Get map is a bitmap: " + values);
            find(fromUnit, "027e01", "71");
            assertEquals(-2000, simulator.powerW());
        }
    }

    private static JsonObject find(List<JsonObject> frames, String seoj, String esv) {
        return frames.stream().filter(f -> seoj.equals(f.get("seoj").getAsString()) && esv.equals(f.get("esv").getAsString()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + esv + " from " + seoj + " in " + frames));
    }
}
