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
package org.openhab.automation.v2x.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The instants of one clock told in the time zone openHAB is set to. A wrapper rather than
 * {@link Clock#withZone}: a simulation clock's copy in another zone need not keep following the original.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class RegionalClock extends Clock {

    private final Clock source;
    private final ZoneId zone;

    RegionalClock(Clock source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new RegionalClock(source, otherZone);
    }

    @Override
    public Instant instant() {
        return source.instant();
    }

    @Override
    public long millis() {
        return source.millis();
    }
}
