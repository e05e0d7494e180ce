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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Turns the installed charging profiles into a power request for the car, and reports the resulting changes of
 * charging state (and, in 2.1, operation mode) to the central system.
 */
@NonNullByDefault
class ControlLoop {

    private final ChargePointConfig config;
    private final SimulatedCar car;
    private final ChargingProfiles profiles;
    private final Session session;
    private final Transaction transaction;
    private final ConnectorStatus status;
    private final TransactionEvents events;

    private volatile PowerCommand command = PowerCommand.UNLIMITED;

    ControlLoop(ChargePointConfig config, SimulatedCar car, ChargingProfiles profiles, Session session,
            Transaction transaction, ConnectorStatus status, TransactionEvents events) {
        this.config = config;
        this.car = car;
        this.profiles = profiles;
        this.session = session;
        this.transaction = transaction;
        this.status = status;
        this.events = events;
    }

    /** What the installed profiles ask for now. */
    PowerCommand command() {
        return command;
    }

    void apply() {
        Long offlineSince = session.offlineSinceNanos();
        Double offlineSeconds = offlineSince == null ? null : Nanos.seconds(config.clock().nanoTime() - offlineSince);
        PowerCommand next = profiles.evaluate(Instant.now(), offlineSeconds, transaction.start(), config.phases(),
                config.voltage());
        command = next;
        double target = transaction.isActive() ? next.powerW() : 0;
        target = Math.max(-config.chargerMaxPowerW(), Math.min(config.chargerMaxPowerW(), target));
        car.request(target);
        updateChargingState(next);
    }

    private void updateChargingState(PowerCommand current) {
        String state;
        if (!transaction.isActive()) {
            state = "EVConnected";
        } else if (car.getPowerW() != 0) {
            state = "Charging";
        } else if (car.getRequestedW() == 0) {
            state = "SuspendedEVSE";
        } else {
            state = "SuspendedEV";
        }
        boolean stateChanged = !state.equals(transaction.chargingState());
        boolean modeChanged = !current.operationMode().equals(transaction.operationMode());
        transaction.chargingState(state);
        transaction.operationMode(current.operationMode());
        if (!transaction.isActive() || !session.isBootAccepted() || !(stateChanged || modeChanged)) {
            return;
        }
        OcppVersion version = session.version();
        if (version == OcppVersion.V16) {
            if (stateChanged) {
                status.send(state.equals("EVConnected") ? "Preparing" : state);
            }
        } else {
            // only 2.1 knows operation modes, so 2.0.1 reports state changes alone
            if (!stateChanged && version != OcppVersion.V21) {
                return;
            }
            events.send("Updated", stateChanged ? "ChargingStateChanged" : "OperationModeChanged", null, null, null);
        }
    }
}
