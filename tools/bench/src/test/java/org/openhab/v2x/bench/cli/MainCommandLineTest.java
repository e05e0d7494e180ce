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
package org.openhab.v2x.bench.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user sees from {@code ./v2x scenario|bench|loadtest}: help, unknown options and missing files.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class MainCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = { "scenario", "bench", "loadtest" })
    void eachCommandPrintsItsOwnUsageOnHelp(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out().startsWith("usage: ./v2x " + command + " "), out());
        assertEquals("", err());
    }

    @Test
    void helpWithoutACommandListsThemAll() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("./v2x scenario") && out().contains("./v2x bench") && out().contains("./v2x loadtest"),
                out());
    }

    @ParameterizedTest
    @ValueSource(strings = { "scenario", "bench", "loadtest" })
    void anUnknownOptionIsNamed(String command) {
        assertEquals(2, run(command, "--bogus"));
        assertTrue(err().startsWith("error: unknown option '--bogus'"), err());
    }

    @Test
    void aMissingScenarioFileIsOneLineWithoutAStackTrace(@TempDir Path dir) {
        Path missing = dir.resolve("missing.csv");
        assertEquals(2, run("bench", "--scenario", missing.toString(), "--out", dir.resolve("out").toString()));
        assertEquals("error: no such file: " + missing + System.lineSeparator(), err());
        assertFalse(Files.exists(dir.resolve("out").resolve("summary.json")));
    }

    @Test
    void aMissingDataFolderIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nodata");
        assertEquals(2, run("scenario", "--out", dir.resolve("s.csv").toString(), "--data", missing.toString(),
                "--days", "1"));
        assertTrue(err().startsWith("error: no such file: " + missing), err());
        assertFalse(Files.exists(dir.resolve("s.csv")), "nothing written");
    }
}
