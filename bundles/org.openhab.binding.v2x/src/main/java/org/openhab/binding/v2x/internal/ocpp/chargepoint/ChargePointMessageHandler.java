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
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.v2x.internal.ocpp.OcppCallDispatcher;

/**
 * What the message handlers of every OCPP version work with: the charger's settings, the clock, the heartbeat
 * interval to hand out, the state report, the transaction tracker and the events for the thing handler.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public abstract class ChargePointMessageHandler {

    protected final Supplier<ChargePointSettings> settings;
    protected final Clock clock;
    protected final IntSupplier heartbeatInterval;
    protected final ChargerStateReport report;
    protected final TransactionTracker transactions;
    protected final ChargePointEvents events;

    protected ChargePointMessageHandler(Supplier<ChargePointSettings> settings, Clock clock,
            IntSupplier heartbeatInterval, ChargerStateReport report, TransactionTracker transactions,
            ChargePointEvents events) {
        this.settings = settings;
        this.clock = clock;
        this.heartbeatInterval = heartbeatInterval;
        this.report = report;
        this.transactions = transactions;
        this.events = events;
    }

    /** A dispatcher for one session. */
    public abstract OcppCallDispatcher dispatcher();
}
