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

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Decides which setpoint writes reach the device. Writes cost flash wear and take seconds on some chargers, so
 * changes smaller than a deadband are dropped and writes are spaced by a minimum interval. Moves towards less
 * discharge are never delayed: safety beats wear.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class SetpointGate {

    /** Outcome of {@link #offer}: write {@code setpointW} now, or retry no earlier than {@code retryAt}. */
    public record Verdict(boolean writeNow, double setpointW, @Nullable Instant retryAt) {
    }

    private final Duration minInterval;
    private final double deadbandW;
    private @Nullable Double lastWrittenW;
    private @Nullable Instant lastWriteAt;

    public SetpointGate(Duration minInterval, double deadbandW) {
        if (minInterval.isNegative() || !(deadbandW >= 0)) {
            throw new IllegalArgumentException("interval and deadband must not be negative");
        }
        this.minInterval = minInterval;
        this.deadbandW = deadbandW;
    }

    /** Offers an already clamped setpoint; when the verdict says write, the caller must write it. */
    public synchronized Verdict offer(double setpointW, Instant now) {
        Double last = lastWrittenW;
        Instant lastAt = lastWriteAt;
        if (last == null || lastAt == null) {
            return accept(setpointW, now);
        }
        boolean crossesZero = (setpointW == 0) != (last == 0) || Math.signum(setpointW) != Math.signum(last);
        if (!crossesZero && Math.abs(setpointW - last) < deadbandW) {
            return new Verdict(false, last, null);
        }
        if (reducesDischarge(last, setpointW)) {
            return accept(setpointW, now);
        }
        Instant earliest = lastAt.plus(minInterval);
        if (now.isBefore(earliest)) {
            return new Verdict(false, setpointW, earliest);
        }
        return accept(setpointW, now);
    }

    /** Forgets the last write, e.g. after a reconnect, so the next offer is written. */
    public synchronized void reset() {
        lastWrittenW = null;
        lastWriteAt = null;
    }

    public synchronized @Nullable Double lastWrittenW() {
        return lastWrittenW;
    }

    private Verdict accept(double setpointW, Instant now) {
        lastWrittenW = setpointW;
        lastWriteAt = now;
        return new Verdict(true, setpointW, null);
    }

    private static boolean reducesDischarge(double previousW, double nextW) {
        return previousW < 0 && nextW > previousW;
    }
}
