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
package org.openhab.v2x.sandbox;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./v2x sandbox}'s answers to help, wrong options and a scenario file that is not there: exit codes, one-line
 * messages, and no files written or claimed.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SandboxCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void helpNamesTheLauncherCommandAndSucceeds() {
        assertEquals(0, SandboxMain.run("--help"));
        assertTrue(stdout().startsWith("Usage: ./v2x sandbox [options]"), stdout());
        assertTrue(stdout().contains("--scenario FILE"));
        assertEquals("", stderr());
    }

    @Test
    void helpListsTheChargerFamilies() {
        assertEquals(0, SandboxMain.run("--help"));
        assertTrue(stdout().contains("--charger FAMILY"), stdout());
        assertTrue(stdout().contains("ocpp (default"), stdout());
        assertTrue(stdout().contains("quasar"), stdout());
    }

    @Test
    void anUnknownChargerIsOneLineListingTheFamilies() {
        assertEquals(2, SandboxMain.run("--charger", "tesla"));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("--charger needs one of ocpp, quasar, got 'tesla'"), stderr());
    }

    @Test
    void ocppOptionsNeedTheOcppCharger() {
        assertEquals(2, SandboxMain.run("--charger", "quasar", "--accept-any-charger"));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("need --charger ocpp"), stderr());
    }

    @Test
    void anUnknownOptionIsOneLineSayingSo() {
        assertEquals(2, SandboxMain.run("--bogus"));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("unknown option '--bogus'"), stderr());
    }

    @Test
    void aMissingScenarioIsOneLineNamingItAndNothingIsWrittenOrClaimed(@TempDir Path outDir) throws Exception {
        // an earlier run's files stay as they were
        Path oldCsv = Files.writeString(outDir.resolve("sandbox.csv"), "old run\n");
        FileTime earlier = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(oldCsv, earlier);
        Path missing = outDir.resolve("nonexistent.csv");

        assertEquals(2, SandboxMain.run("--scenario", missing.toString(), "--out", outDir.toString()));

        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains(missing.toString()), "names the file: " + stderr());
        assertFalse(stdout().contains("Wrote"), stdout());
        assertFalse(Files.exists(outDir.resolve("sandbox.png")));
        assertFalse(Files.exists(outDir.resolve("summary.txt")));
        assertEquals(earlier, Files.getLastModifiedTime(oldCsv));
    }

    @Test
    void aMalformedScenarioFailsWithExitCode2AndClaimsNothing(@TempDir Path outDir) throws Exception {
        Path broken = Files.writeString(outDir.resolve("broken.csv"), "this,is\nnot,a scenario\n");

        assertEquals(2, SandboxMain.run("--scenario", broken.toString(), "--out", outDir.toString()));

        assertTrue(stderr().lines().anyMatch(line -> line.contains("broken.csv")), stderr());
        assertFalse(stdout().contains("Wrote"), stdout());
        assertFalse(Files.exists(outDir.resolve("sandbox.png")));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
