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

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.charger.OperatingState;
import org.openhab.binding.v2x.internal.ocpp.control.MeterReading;

/**
 * The charger's state as its messages and answers report it. Every change is published at once as a new
 * {@link ChargerState}.
 * <p>
 * Changes are made under the charger's lock, the thing handler's monitor: the handler publishes and writes
 * setpoints under that same monitor, and one lock keeps the published states in the order they were made.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class ChargerStateReport {

    /** Below this power (W) in either direction the charger counts as idle. */
    static final double IDLE_THRESHOLD_W = 50;

    private final Object lock;
    private final Consumer<ChargerState> sink;
    // guarded by lock
    private ChargerState.Builder reported = new ChargerState.Builder();

    public ChargerStateReport(Object lock, Consumer<ChargerState> sink) {
        this.lock = lock;
        this.sink = sink;
    }

    /** Starts over, as after (re)configuring the thing: nothing known, the default mode. */
    public void reset() {
        synchronized (lock) {
            reported = new ChargerState.Builder().mode(ChargerMode.V2X);
        }
    }

    /** Publishes the state as it is. */
    public void publish() {
        synchronized (lock) {
            sink.accept(reported.build());
        }
    }

    /** Changes the state and publishes it, as one step. */
    public void update(Consumer<ChargerState.Builder> change) {
        synchronized (lock) {
            change.accept(reported);
            sink.accept(reported.build());
        }
    }

    public void connected() {
        update(state -> state.connected(true).lastError(null));
    }

    /** The connection is gone; what was measured over it no longer holds. */
    public void disconnected() {
        update(state -> state.connected(false).activePowerW(null).importPowerW(null).exportPowerW(null)
                .operatingState(null));
    }

    /** A status notification of the controlled connector (or of the whole charger). */
    public void connectorStatus(boolean fault, @Nullable String error) {
        update(state -> {
            if (fault) {
                state.operatingState(OperatingState.FAULT);
            } else if (state.build().operatingState() == OperatingState.FAULT) {
                Double power = state.build().activePowerW();
                state.operatingState(OperatingState.fromPower(power == null ? 0 : power, IDLE_THRESHOLD_W));
            }
            if (error != null) {
                state.lastError(error);
            }
        });
    }

    /** Meter values; values the reading lacks keep what was known. */
    public void meterReading(MeterReading reading) {
        if (reading.isEmpty()) {
            return;
        }
        update(state -> {
            Double power = reading.activePowerW();
            if (power != null) {
                state.activePowerW(power);
                if (state.build().operatingState() != OperatingState.FAULT) {
                    state.operatingState(OperatingState.fromPower(power, IDLE_THRESHOLD_W));
                }
            }
            if (reading.importPowerW() != null) {
                state.importPowerW(reading.importPowerW());
            }
            if (reading.exportPowerW() != null) {
                state.exportPowerW(reading.exportPowerW());
            }
            setIfPresent(reading.socPct(), state::socPct);
            setIfPresent(reading.importEnergyWh(), state::importEnergyWh);
            setIfPresent(reading.exportEnergyWh(), state::exportEnergyWh);
            setIfPresent(reading.setpointW(), state::setpointW);
            setIfPresent(reading.capacityWh(), state::capacityWh);
            setIfPresent(reading.targetSocPct(), state::targetSocPct);
        });
    }

    static void setIfPresent(@Nullable Double value, Consumer<@Nullable Double> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
