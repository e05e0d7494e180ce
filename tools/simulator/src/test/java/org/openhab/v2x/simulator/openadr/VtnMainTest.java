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
package org.openhab.v2x.simulator.openadr;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The command line of the VTN simulator: options, and the URL and credentials it prints.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class VtnMainTest {

    private static final Clock BERLIN_EVENING = Clock.fixed(Instant.parse("2026-06-19T20:15:00Z"),
            ZoneId.of("Europe/Berlin"));

    @Test
    void defaultsServeTodayFromLocalMidnightOnPort8081() {
        VtnMain.Options options = VtnMain.Options.parse(new String[0], BERLIN_EVENING);
        assertEquals(8081, options.port);
        assertEquals(Instant.parse("2026-06-18T22:00:00Z"), options.dayStart);
        assertEquals(VtnSimulator.DEFAULT_CLIENT_ID, options.clientId);
        assertEquals(VtnFault.NONE, options.fault);
    }

    @Test
    void optionsAreParsedAndChecked() {
        VtnMain.Options options = VtnMain.Options.parse(new String[] { "--port", "0", "--day-start",
                "2026-06-19T00:00:00Z", "--client-id", "me", "--client-secret", "pw", "--token-lifetime", "60",
                "--fault", "malformed-json" }, BERLIN_EVENING);
        assertEquals(0, options.port);
        assertEquals(Instant.parse("2026-06-19T00:00:00Z"), options.dayStart);
        assertEquals("me", options.clientId);
        assertEquals("pw", options.clientSecret);
        assertEquals(Duration.ofMinutes(1), options.tokenLifetime);
        assertEquals(VtnFault.MALFORMED_JSON, options.fault);
        assertThrows(IllegalArgumentException.class,
                () -> VtnMain.Options.parse(new String[] { "--port", "70000" }, BERLIN_EVENING));
        assertThrows(IllegalArgumentException.class,
                () -> VtnMain.Options.parse(new String[] { "--fault", "meteor" }, BERLIN_EVENING));
        assertThrows(IllegalArgumentException.class,
                () -> VtnMain.Options.parse(new String[] { "--day-start", "tomorrow" }, BERLIN_EVENING));
        assertThrows(IllegalArgumentException.class,
                () -> VtnMain.Options.parse(new String[] { "--port" }, BERLIN_EVENING));
    }

    @Test
    void printsTheUrlTheCredentialsAndEveryNewReport() throws Exception {
        try (VtnSimulator vtn = new VtnSimulator(VtnScript.day(Instant.parse("2026-06-18T22:00:00Z")),
                Clock.systemUTC())) {
            vtn.credentials("me", "pw");
            vtn.start(0);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            VtnMain.describe(vtn, out);
            String text = bytes.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("VTN base URL:  http://127.0.0.1:" + vtn.port() + "/openadr3/3.0.1"), text);
            assertTrue(text.contains("token URL:     " + vtn.tokenUrl()), text);
            assertTrue(text.contains("client id:     me"), text);
            assertTrue(text.contains("client secret: pw"), text);

            VtnClient client = new VtnClient(vtn.baseUrl());
            String token = client.accessToken("me", "pw");
            assertEquals(201,
                    client.post("/reports", token, VtnClient.example("report.json").toString()).statusCode());
            bytes.reset();
            AtomicInteger printed = new AtomicInteger();
            VtnMain.printNewReports(vtn, printed, out);
            VtnMain.printNewReports(vtn, printed, out);
            String reports = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(1, reports.split("report received: ", -1).length - 1, reports);
            assertTrue(reports.contains(VtnScript.PEAK_EVENT_ID), reports);
        }
    }
}
