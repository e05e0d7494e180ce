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
package org.openhab.binding.v2x.internal.modbus;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Keeps the last trustworthy state of charge of a Quasar. The charger reads the car's SoC only while energy flows
 * (the register reads 0 otherwise), and owners report spurious readings of 1 % and above 97 %; such an edge value
 * is only believed when it is close to the last good one, as a real battery moves slowly.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class SocFilter {

    /** How far an edge reading may be from the last good one and still be believed (percentage points). */
    static final int MAX_EDGE_JUMP = 3;

    private @Nullable Integer lastGoodPct;
    private @Nullable Instant lastGoodAt;

    /** Offers a reading; returns whether it was accepted as the new last good value. */
    public synchronized boolean offer(int stateCode, int rawSocPct, Instant now) {
        if (!QuasarRegisters.socValid(stateCode) || rawSocPct <= 0 || rawSocPct > 100) {
            return false;
        }
        boolean edge = rawSocPct <= 1 || rawSocPct > 97;
        Integer last = lastGoodPct;
        if (edge && (last == null || Math.abs(rawSocPct - last) > MAX_EDGE_JUMP)) {
            return false;
        }
        lastGoodPct = rawSocPct;
        lastGoodAt = now;
        return true;
    }

    public synchronized @Nullable Integer lastGoodPct() {
        return lastGoodPct;
    }

    public synchronized @Nullable Instant lastGoodAt() {
        return lastGoodAt;
    }

    public synchronized void reset() {
        lastGoodPct = null;
        lastGoodAt = null;
    }
}
