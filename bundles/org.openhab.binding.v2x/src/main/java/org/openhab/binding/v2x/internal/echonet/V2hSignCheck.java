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

import static org.openhab.binding.v2x.internal.echonet.V2hProperties.*;

import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Checks the assumed sign of D3 (positive while charging) against the operation mode DA and against which of the
 * cumulative energies D6 (discharge) and D8 (charge) grew. A contradiction is reported, never corrected: the
 * appendix does not state the sign, so a unit that reports it the other way round must be seen.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class V2hSignCheck {

    private static final int THRESHOLD_W = 100;

    private V2hSignCheck() {
    }

    /** A description of the contradiction between the previous and the current values, if there is one. */
    public static Optional<String> check(Map<Integer, EchonetProperty> previous, Map<Integer, EchonetProperty> current) {
        Integer power = V2hStateMapper.int32(current, POWER);
        if (power == null || Math.abs(power) < THRESHOLD_W) {
            return Optional.empty();
        }
        Integer mode = V2hStateMapper.uint8(current, MODE);
        if (mode != null && ((mode == MODE_CHARGE && power < 0) || (mode == MODE_DISCHARGE && power > 0))) {
            return Optional.of(String.format("D3 reports %d W while DA is 0x%02X", power, mode));
        }
        double charged = delta(previous, current, CHARGE_ENERGY);
        double discharged = delta(previous, current, DISCHARGE_ENERGY);
        if (power > 0 && discharged > 0 && charged == 0) {
            return Optional.of("D3 reports " + power + " W but only the discharge energy D6 grew");
        }
        if (power < 0 && charged > 0 && discharged == 0) {
            return Optional.of("D3 reports " + power + " W but only the charge energy D8 grew");
        }
        return Optional.empty();
    }

    private static double delta(Map<Integer, EchonetProperty> previous, Map<Integer, EchonetProperty> current,
            int epc) {
        @Nullable
        Double before = V2hStateMapper.uint32(previous, epc);
        @Nullable
        Double now = V2hStateMapper.uint32(current, epc);
        return before == null || now == null ? 0 : now - before;
    }
}
