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
package org.openhab.binding.v2x.internal.charger;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class PowerLimitsTest {

    private final PowerLimits limits = new PowerLimits(1400, 7400, 1000, 5000, true);

    @Test
    void clampsToTheMaximum() {
        assertEquals(7400, limits.clamp(11000));
        assertEquals(-5000, limits.clamp(-9000));
    }

    @Test
    void belowTheMinimumMeansStop() {
        assertEquals(0, limits.clamp(1000));
        assertEquals(0, limits.clamp(-500));
        assertEquals(1400, limits.clamp(1400));
        assertEquals(-1000, limits.clamp(-1000));
    }

    @Test
    void noDischargeWhenUnsupported() {
        PowerLimits chargeOnly = new PowerLimits(1400, 7400, 0, 0, false);
        assertEquals(0, chargeOnly.clamp(-3000));
        assertEquals(3000, chargeOnly.clamp(3000));
    }

    @Test
    void nonFiniteRequestsStop() {
        assertEquals(0, limits.clamp(Double.NaN));
        assertEquals(0, limits.clamp(Double.NEGATIVE_INFINITY));
    }

    @Test
    void inconsistentLimitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PowerLimits(5000, 1000, 0, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new PowerLimits(0, 1000, -1, 0, true));
    }
}
