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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's day does not depend on how fast the machine is or how the threads are scheduled: two runs with the
 * same options (each a fresh framework, OCPP connection and rule) write the same summary and the same CSV, row by
 * row.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SandboxDeterminismTest {

    @Test
    @Timeout(120)
    void theSameOptionsGiveTheSameDay(@TempDir Path first, @TempDir Path second) throws Exception {
        assertEquals(0, SandboxMain.run("--speed", "1000000", "--out", first.toString()));
        assertEquals(0, SandboxMain.run("--speed", "1000000", "--out", second.toString()));

        assertEquals(Files.readString(first.resolve("summary.txt"), StandardCharsets.UTF_8),
                Files.readString(second.resolve("summary.txt"), StandardCharsets.UTF_8), "the summaries");
        assertEquals(Files.readAllLines(first.resolve("sandbox.csv"), StandardCharsets.UTF_8),
                Files.readAllLines(second.resolve("sandbox.csv"), StandardCharsets.UTF_8), "every recorded step");
    }
}
