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
package org.openhab.binding.v2x.internal.ocpp.chargepoint;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Hands out the transaction ids OCPP 1.6 StartTransaction answers carry. One instance serves every connector of
 * every charger: a charge point with two connectors must never get the same id for both, or a StopTransaction would
 * end the wrong one.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class TransactionIds {

    private final AtomicInteger next;

    public TransactionIds(Clock clock) {
        // distinct across restarts
        next = new AtomicInteger((int) (clock.millis() / 1000 % 1_000_000_000L));
    }

    public int next() {
        return next.getAndIncrement();
    }
}
