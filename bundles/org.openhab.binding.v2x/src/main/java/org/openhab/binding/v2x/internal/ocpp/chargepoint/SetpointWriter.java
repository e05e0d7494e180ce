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

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.charger.PowerLimits;
import org.openhab.binding.v2x.internal.ocpp.Ocpp16Actions;
import org.openhab.binding.v2x.internal.ocpp.Ocpp2Actions;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.control.ChargingProfileFactory;
import org.openhab.binding.v2x.internal.ocpp.control.PowerControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the control for the current mode to the charger as charging profiles built by
 * {@link ChargingProfileFactory}: with OCPP 2.1 a Dynamic CentralSetpoint profile, updated by UpdateDynamicSchedule
 * once installed; before 2.1 a charge limit. When the charger refuses, it falls back step by step: a new profile
 * instead of an update, a Relative instead of a Dynamic profile, the default profile instead of a TxProfile for a
 * transaction the charger no longer knows.
 * <p>
 * State changes under the charger's lock (see {@link ChargerStateReport}).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class SetpointWriter {

    private static final long RELEASE_WAIT_MS = 500;

    private final Logger logger = LoggerFactory.getLogger(SetpointWriter.class);
    private final Object lock;
    private final Supplier<ChargePointSettings> settings;
    private final Supplier<@Nullable OcppSession> currentSession;
    private final Supplier<@Nullable Boolean> v2xEnabled;
    private final Supplier<PowerLimits> limits;
    private final TransactionTracker transactions;
    private final ChargerStateReport report;

    private volatile ChargerMode mode = ChargerMode.V2X;
    // guarded by lock
    private boolean controlWritten;
    private double lastControlW;
    private @Nullable InstalledProfile installed;
    private boolean dynamicRejected;

    /** A 2.1 profile the charger accepted, so later setpoints can go as UpdateDynamicSchedule. */
    private record InstalledProfile(OcppSession session, int id, @Nullable String transactionId, boolean dynamic) {
    }

    /**
     * @param lock the charger's lock
     * @param currentSession the session to write to; answers from an older one cause no fallback
     * @param v2xEnabled what an OCPP 2.1 charger said about its V2X support, null if it did not say
     * @param limits the power limits that apply now
     */
    public SetpointWriter(Object lock, Supplier<ChargePointSettings> settings,
            Supplier<@Nullable OcppSession> currentSession, Supplier<@Nullable Boolean> v2xEnabled,
            Supplier<PowerLimits> limits, TransactionTracker transactions, ChargerStateReport report) {
        this.lock = lock;
        this.settings = settings;
        this.currentSession = currentSession;
        this.v2xEnabled = v2xEnabled;
        this.limits = limits;
        this.transactions = transactions;
        this.report = report;
    }

    /** Forgets everything written, as after (re)configuring the thing. */
    public void reset() {
        synchronized (lock) {
            mode = ChargerMode.V2X;
            controlWritten = false;
            installed = null;
            dynamicRejected = false;
        }
    }

    /** The charger may have lost its profile (new session, reboot): the next setpoint installs a new one. */
    public void forgetInstalledProfile() {
        synchronized (lock) {
            installed = null;
        }
    }

    public ChargerMode mode() {
        return mode;
    }

    public void setMode(ChargerMode newMode) {
        mode = newMode;
    }

    /** Whether any control was written since the thing was configured. */
    public boolean controlWritten() {
        synchronized (lock) {
            return controlWritten;
        }
    }

    /** Sends the last control again, e.g. after a reconnect. */
    public void resendLast() {
        synchronized (lock) {
            send(lastControlW);
        }
    }

    /** Sends the control for the current mode; completes with whether the charger accepted it. */
    public CompletableFuture<Boolean> send(double setpointW) {
        synchronized (lock) {
            controlWritten = true;
            lastControlW = setpointW;
            OcppSession target = currentSession.get();
            if (target == null || !target.isOpen()) {
                logger.debug("Charger {} is not connected; setpoint {} W is sent when it connects",
                        chargePointId(), setpointW);
                return CompletableFuture.completedFuture(false);
            }
            OcppVersion current = target.getVersion();
            PowerLimits now = limits.get();
            boolean central = current == OcppVersion.V21 && !Boolean.FALSE.equals(v2xEnabled.get());
            PowerControl control = PowerControl.of(mode, setpointW, central, now.maxChargeW(), now.maxDischargeW());
            String tx = transactions.current();
            int evseId = settings.get().evseId();
            logger.debug("Charger {}: {} ({})", chargePointId(), control,
                    tx == null ? "no transaction" : "transaction " + tx);
            CompletionStage<String> answer;
            switch (current) {
                case V16 -> answer = target.call(Ocpp16Actions.SET_CHARGING_PROFILE,
                        ChargingProfileFactory.v16(evseId, TransactionTracker.v16Id(tx), control))
                        .thenApply(r -> r.status);
                case V201 -> answer = target.call(Ocpp2Actions.SET_CHARGING_PROFILE,
                        ChargingProfileFactory.v201(evseId, tx, control)).thenApply(r -> r.status);
                default -> {
                    return send21(target, tx, control);
                }
            }
            return handleAnswer(answer, target, tx, control, false);
        }
    }

    /**
     * OCPP 2.1: an update of the installed Dynamic profile where there is one for this session and transaction,
     * else a new profile. Called under the lock.
     */
    private CompletableFuture<Boolean> send21(OcppSession target, @Nullable String tx, PowerControl control) {
        InstalledProfile profile = installed;
        if (profile != null && profile.dynamic() && profile.session() == target
                && Objects.equals(profile.transactionId(), tx)) {
            CompletionStage<String> answer = target.call(Ocpp2Actions.UPDATE_DYNAMIC_SCHEDULE,
                    ChargingProfileFactory.update(profile.id(), control)).thenApply(r -> r.status);
            return handleAnswer(answer, target, tx, control, true);
        }
        boolean dynamic = !dynamicRejected;
        CompletionStage<String> answer = target.call(Ocpp2Actions.SET_CHARGING_PROFILE, ChargingProfileFactory
                .v21(settings.get().evseId(), tx, control, settings.get().maxOfflineDurationS(), dynamic))
                .thenApply(r -> r.status);
        return handleAnswer(answer, target, tx, control, false).thenApply(accepted -> {
            if (accepted) {
                synchronized (lock) {
                    installed = new InstalledProfile(target, ChargingProfileFactory.profileId(settings.get().evseId(), tx), tx, dynamic);
                }
            }
            return accepted;
        });
    }

    private CompletableFuture<Boolean> handleAnswer(CompletionStage<String> answer, OcppSession target,
            @Nullable String tx, PowerControl control, boolean dynamicUpdate) {
        return answer.handle((status, error) -> {
            boolean accepted = error == null && "Accepted".equals(status);
            if (accepted) {
                report.update(state -> state.setpointW(control.requestedW()).lastError(null));
                return true;
            }
            String why = error != null ? error.getMessage() : status;
            logger.debug("Charger {} did not accept {}: {}", chargePointId(), control, why);
            synchronized (lock) {
                if (target != currentSession.get()) {
                    return false;
                }
                if (!fallBack(target, tx, dynamicUpdate)) {
                    report.update(state -> state.lastError("Setpoint rejected: " + why));
                    return false;
                }
                send(lastControlW);
            }
            return false;
        }).toCompletableFuture();
    }

    /** Prepares the next, more conservative way to send a refused control; false if there is none left. */
    private boolean fallBack(OcppSession target, @Nullable String tx, boolean dynamicUpdate) {
        if (dynamicUpdate) {
            // the profile is gone or the charger changed its mind: install a new one
            installed = null;
            return true;
        }
        if (target.getVersion() == OcppVersion.V21 && !dynamicRejected) {
            // the charger may not take Dynamic profiles: send a Relative one
            dynamicRejected = true;
            return true;
        }
        // the charger does not know the transaction (any more): fall back to the default profile
        return tx != null && transactions.endIfCurrent(tx);
    }

    /**
     * openHAB lets go of the charger (thing removed or server stopped): a discharge is ended now rather than left
     * to the charger. OCPP 2.1 chargers would also end it after the fail-safe offline duration; older ones never.
     */
    public void releaseDischarge() {
        CompletableFuture<?> sent;
        synchronized (lock) {
            OcppSession target = currentSession.get();
            if (!controlWritten || lastControlW >= 0 || mode != ChargerMode.V2X || target == null
                    || !target.isOpen()) {
                return;
            }
            logger.debug("Ending the discharge of {} before openHAB lets go of it", chargePointId());
            sent = send(0);
        }
        try {
            sent.get(RELEASE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            logger.debug("No answer to the final setpoint of {}: {}", chargePointId(), e.toString());
        }
    }

    private String chargePointId() {
        return settings.get().chargePointId();
    }
}
