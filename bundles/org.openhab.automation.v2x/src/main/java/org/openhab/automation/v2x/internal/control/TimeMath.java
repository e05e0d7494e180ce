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

import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Time arithmetic on plain doubles so that one decision allocates almost nothing.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class TimeMath {

    static final double SECONDS_PER_HOUR = 3600.0;
    private static final int SECONDS_PER_DAY = 86_400;

    private TimeMath() {
    }

    /** Epoch seconds with sub-second precision. */
    static double seconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    /** Second of the local day (0..86399) in the zone. */
    static int secondOfDay(Instant instant, ZoneId zone) {
        long local = instant.getEpochSecond() + zone.getRules().getOffset(instant).getTotalSeconds();
        return (int) Math.floorMod(local, (long) SECONDS_PER_DAY);
    }

    /** Epoch seconds of the next local midnight strictly after the instant. */
    static double nextMidnight(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toEpochSecond();
    }

    /** The instant for epoch seconds (millisecond precision). */
    static Instant instant(double epochSeconds) {
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000));
    }
}
