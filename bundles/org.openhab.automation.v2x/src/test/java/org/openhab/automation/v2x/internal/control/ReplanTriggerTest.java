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
package org.openhab.automation.v2x.internal.control;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class ReplanTriggerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant DEPARTURE = T0.plus(Duration.ofHours(10));

    private static ReplanTrigger planned() {
        ReplanTrigger trigger = new ReplanTrigger(Duration.ofMinutes(15));
        assertEquals("first plan", trigger.due(T0, true, DEPARTURE, 80, 1, true));
        trigger.planned(T0);
        return trigger;
    }

    @Test
    void replansEveryIntervalAndNotBefore() {
        ReplanTrigger trigger = planned();
        assertNull(trigger.due(T0.plusSeconds(899), true, DEPARTURE, 80, 1, true));
        assertEquals("interval", trigger.due(T0.plusSeconds(900), true, DEPARTURE, 80, 1, true));
    }

    @Test
    void replansAtOnceOnEveryEvent() {
        Instant soon = T0.plusSeconds(60);
        ReplanTrigger departure = planned();
        assertEquals("departure changed", departure.due(soon, true, DEPARTURE.plusSeconds(3600), 80, 1, true));
        ReplanTrigger target = planned();
        assertEquals("target changed", target.due(soon, true, DEPARTURE, 90, 1, true));
        ReplanTrigger prices = planned();
        assertEquals("new prices", prices.due(soon, true, DEPARTURE, 80, 2, true));
        ReplanTrigger grid = planned();
        assertNull(grid.due(soon, true, DEPARTURE, 80, 1, false));
        assertEquals("grid back", grid.due(soon.plusSeconds(60), true, DEPARTURE, 80, 1, true));
        ReplanTrigger plugIn = planned();
        assertNull(plugIn.due(soon, false, null, 80, 1, true), "unplugged: nothing to plan");
        assertEquals("car plugged in", plugIn.due(soon.plusSeconds(60), true, null, 80, 1, true));
    }
}
