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
package org.openhab.v2x.simulator.ocpp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Command-line parsing and misbehaviour specs.
 */
@NonNullByDefault
class CommandLineTest {

    @Test
    void parsesAllOptions() {
        ChargePointMain.Options options = ChargePointMain.parse(new String[] { "--url", "ws://host:8887/ocpp",
                "--id", "CP7", "--version", "2.1,1.6", "--password", "secret", "--capacity-kwh", "40", "--soc",
                "30", "--max-charge-w", "11000", "--max-discharge-w", "5000", "--speed", "60", "--meter-interval",
                "5", "--negative-limit-discharge", "--misbehave", "slow:2000,reject-profiles", "--misbehave",
                "disconnect:30", "--soc-floor", "20" });
        ChargePointConfig config = options.config();
        assertEquals("ws://host:8887/ocpp/CP7", config.endpoint().toString());
        assertEquals(List.of(OcppVersion.V21, OcppVersion.V16), config.versions());
        assertEquals("secret", config.password());
        assertEquals(60, config.speed());
        assertEquals(5, config.meterIntervalSeconds());
        assertTrue(config.negativeLimitDischarge());
        assertEquals(40_000, options.car().getCapacityWh());
        assertEquals(30, options.car().getSocPercent(), 1e-9);
        assertEquals(11_000, options.car().getMaxChargeW());
        assertEquals(5000, options.car().getMaxDischargeW());
        assertEquals(20, options.car().getSocFloorPercent());
        Misbehaviour misbehaviour = options.misbehaviour();
        assertEquals(2000, misbehaviour.responseDelayMillis());
        assertTrue(misbehaviour.rejectProfiles());
        assertEquals(30, misbehaviour.disconnectEverySeconds());
        assertFalse(misbehaviour.garbageFrames());
    }

    @Test
    void badArgumentsGiveClearErrors() {
        assertMessage("--soc needs a number", "--soc", "half");
        assertMessage("--soc needs a value", "--soc");
        assertMessage("unknown option '--colour'", "--colour", "red");
        assertMessage("unknown option '--bogus'", "--bogus");
        assertMessage("unknown option '--bogus'", "--id", "CP1", "--bogus");
        assertMessage("unexpected argument 'CP1'", "CP1");
        assertMessage("unknown OCPP version", "--version", "3.0");
        assertMessage("unknown misbehaviour", "--misbehave", "explode");
        assertMessage("'slow:soon' needs a whole number", "--misbehave", "slow:soon");
        assertMessage("soc must be in 0..100", "--soc", "150");
        assertMessage("ws://", "--url", "ftp://x");
    }

    @Test
    void usageNamesTheLauncher() {
        assertTrue(ChargePointMain.USAGE.startsWith("usage: ./v2x simulate ocpp"), ChargePointMain.USAGE);
    }

    @Test
    void percentEncodesTheId() {
        assertEquals("ws://h/ocpp/CP%201%2F2",
                new ChargePointConfig().url("ws://h/ocpp/").chargePointId("CP 1/2").endpoint().toString());
    }

    private static void assertMessage(String fragment, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChargePointMain.parse(args));
        assertTrue(String.valueOf(e.getMessage()).contains(fragment), e.getMessage());
    }
}
