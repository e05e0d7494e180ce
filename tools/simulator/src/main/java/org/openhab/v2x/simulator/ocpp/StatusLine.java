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

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/** The compact one-line status the command line prints: time, SoC, power, setpoint, state. */
@NonNullByDefault
class StatusLine {

    private final ChargePointConfig config;
    private final SimulatedCar car;
    private final Session session;
    private final Transaction transaction;
    private final ControlLoop control;

    StatusLine(ChargePointConfig config, SimulatedCar car, Session session, Transaction transaction,
            ControlLoop control) {
        this.config = config;
        this.car = car;
        this.session = session;
        this.transaction = transaction;
        this.control = control;
    }

    String format() {
        PowerCommand now = control.command();
        Double setpoint = now.setpointW();
        String target = setpoint != null ? String.format(Locale.ROOT, "%.0f W", setpoint)
                : Double.isInfinite(now.powerW()) ? "none" : String.format(Locale.ROOT, "limit %.0f W", now.powerW());
        return String.format(Locale.ROOT, "%s %s SoC %5.1f %% P %6.0f W setpoint %s %s %s%s",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), config.chargePointId(), car.getSocPercent(),
                car.getPowerW(), target, now.operationMode(), transaction.chargingState(),
                session.isConnected() ? (session.isBootAccepted() ? "" : " (booting)") : " (offline)");
    }
}
