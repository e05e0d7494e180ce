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
package org.openhab.binding.v2x.internal.handler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.charger.OperatingState;
import org.openhab.binding.v2x.internal.modbus.QuasarClient;
import org.openhab.binding.v2x.internal.modbus.QuasarException;
import org.openhab.binding.v2x.internal.modbus.QuasarReading;
import org.openhab.binding.v2x.internal.modbus.QuasarRegisters;
import org.openhab.binding.v2x.internal.modbus.SocFilter;
import org.openhab.binding.v2x.internal.modbus.WritePacer;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Wallbox Quasar 1 on Modbus TCP. Polls the charger, takes control with the charger's write sequence, writes the
 * signed setpoint the common charger model lets through, and hands control back when disposed or switched to the
 * app (mode {@code charge-only}). The charger's own idle timeout (register 88) is the fail-safe: when openHAB goes
 * silent, the charger takes control back and stops.
 * <p>
 * All Modbus I/O runs on the scheduler under {@link #io}, one exchange at a time.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class QuasarHandler extends ChargerHandler {

    /** Longest wait between reconnection attempts. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final Logger logger = LoggerFactory.getLogger(QuasarHandler.class);
    private final Object io = new Object();
    private final SocFilter soc = new SocFilter();

    private QuasarConfiguration config = new QuasarConfiguration();
    private @Nullable ScheduledFuture<?> pollJob;
    private volatile @Nullable QuasarClient client;
    private volatile boolean disposed;
    /** False once the user handed control to the app (mode charge-only). */
    private volatile boolean wantControl = true;
    private volatile ChargerMode mode = ChargerMode.V2X;
    /** The setpoint to have on the charger; written by the next flush. */
    private volatile double pendingSetpointW;

    // guarded by io
    private boolean inControl;
    private boolean started;
    private @Nullable Double sentSetpointW;
    private int failures;
    private Instant nextConnectAt = Instant.EPOCH;

    public QuasarHandler(Bridge bridge, TimeZoneProvider timeZoneProvider, Clock clock) {
        super(bridge, timeZoneProvider, clock);
    }

    @Override
    public void initialize() {
        config = getConfigAs(QuasarConfiguration.class);
        initializeCharger(config);
        if (config.host.isBlank()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-missing-host");
            return;
        }
        if (config.failSafeTimeout <= config.refreshInterval) {
            // the charger would drop control between two polls
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-fail-safe-too-short [\"" + config.failSafeTimeout + "\", \""
                            + config.refreshInterval + "\"]");
            return;
        }
        synchronized (io) {
            disposed = false;
            wantControl = true;
            mode = ChargerMode.V2X;
            pendingSetpointW = 0;
            inControl = false;
            started = false;
            sentSetpointW = null;
            failures = 0;
            nextConnectAt = Instant.EPOCH;
            soc.reset();
        }
        updateStatus(ThingStatus.UNKNOWN);
        pollJob = scheduler.scheduleWithFixedDelay(this::poll, 0, config.refreshInterval, TimeUnit.SECONDS);
    }

    @Override
    public void dispose() {
        disposed = true;
        ScheduledFuture<?> job = pollJob;
        if (job != null) {
            job.cancel(false);
            pollJob = null;
        }
        QuasarClient current = client;
        client = null;
        if (current != null) {
            // hand control back off the caller's thread: the write may have to wait for the charger's pause
            scheduler.execute(() -> release(current));
        }
        super.dispose();
    }

    // ---- control, called by ChargerHandler

    @Override
    protected boolean dischargeSupported() {
        return true;
    }

    @Override
    protected void writeSetpoint(double setpointW) {
        if (mode != ChargerMode.V2X) {
            logger.debug("Quasar {}: setpoint {} W kept for mode v2x, the charger is in mode {}", config.host,
                    setpointW, mode.channelValue());
            return;
        }
        pendingSetpointW = setpointW;
        scheduler.execute(this::flush);
    }

    @Override
    protected void writeMode(ChargerMode newMode) {
        switch (newMode) {
            case BACKUP -> {
                logger.info("Quasar {}: backup mode is not available over Modbus", config.host);
                return;
            }
            case CHARGE_ONLY -> {
                // the app's own schedule and load balancing take over
                wantControl = false;
                mode = newMode;
                scheduler.execute(this::handBack);
            }
            case IDLE -> {
                wantControl = true;
                mode = newMode;
                pendingSetpointW = 0;
                scheduler.execute(this::poll);
            }
            case V2X -> {
                wantControl = true;
                mode = newMode;
                resetSetpointGate();
                requestSetpoint(requestedSetpointW());
                scheduler.execute(this::poll);
            }
        }
        publish(state().toBuilder().mode(newMode).build());
    }

    /** When the car's SoC was last read while energy flowed; null before the first good reading. */
    public @Nullable Instant socReadAt() {
        return soc.lastGoodAt();
    }

    // ---- Modbus exchanges

    private void poll() {
        synchronized (io) {
            if (disposed) {
                return;
            }
            QuasarClient current = client;
            if (current == null) {
                if (clock.instant().isBefore(nextConnectAt)) {
                    return;
                }
                current = new QuasarClient(config.host, config.port, config.unitId, config.responseTimeout,
                        new WritePacer(Duration.ofMillis(config.writePause), Thread::sleep, System::nanoTime));
                try {
                    current.connect();
                } catch (QuasarException e) {
                    failed(current, e);
                    return;
                }
                if (disposed) {
                    current.close();
                    return;
                }
                client = current;
                inControl = false;
            }
            try {
                QuasarReading reading = current.read();
                if (wantControl && !reading.remoteControl()) {
                    takeControl(current, reading);
                    reading = current.read();
                }
                flushLocked(current);
                report(reading);
                failures = 0;
            } catch (QuasarException e) {
                failed(current, e);
            }
        }
    }

    private void takeControl(QuasarClient current, QuasarReading reading) throws QuasarException {
        if (inControl) {
            logger.info("Quasar {}: the charger took control back (state {}); taking it again", config.host,
                    reading.stateCode());
        }
        current.takeControl(config.failSafeTimeout);
        inControl = true;
        started = false;
        sentSetpointW = null;
        if (mode == ChargerMode.V2X) {
            // through the gate again, so the limits and the driving reserve of now apply
            resetSetpointGate();
            requestSetpoint(requestedSetpointW());
        }
    }

    private void flush() {
        synchronized (io) {
            QuasarClient current = client;
            if (current == null || disposed) {
                return;
            }
            try {
                flushLocked(current);
            } catch (QuasarException e) {
                failed(current, e);
            }
        }
    }

    private void flushLocked(QuasarClient current) throws QuasarException {
        if (!inControl || !wantControl) {
            return;
        }
        double target = pendingSetpointW;
        Double sent = sentSetpointW;
        if (sent != null && sent == target) {
            return;
        }
        current.applySetpoint(target, !started);
        started = target != 0;
        sentSetpointW = target;
        logger.debug("Quasar {}: setpoint {} W written", config.host, target);
    }

    private void handBack() {
        synchronized (io) {
            QuasarClient current = client;
            if (current == null || !inControl) {
                return;
            }
            try {
                current.releaseControl();
                inControl = false;
                started = false;
                sentSetpointW = null;
            } catch (QuasarException e) {
                failed(current, e);
            }
        }
    }

    private void release(QuasarClient current) {
        synchronized (io) {
            try {
                current.releaseControl();
            } catch (QuasarException e) {
                logger.debug("Quasar {}: could not hand control back: {}", config.host, e.getMessage());
            } finally {
                current.close();
            }
        }
    }

    private void report(QuasarReading reading) {
        int code = reading.stateCode();
        if (!QuasarRegisters.carConnected(code)) {
            // another car may come next
            soc.reset();
        }
        soc.offer(code, reading.rawSocPct(), clock.instant());
        Integer socPct = soc.lastGoodPct();
        OperatingState operating = QuasarRegisters.operatingState(code);
        String error = reading.errorText();
        if (error == null && code == QuasarRegisters.STATE_ERROR) {
            error = "state " + code;
        }
        ChargerState.Builder next = state().toBuilder().connected(true).operatingState(operating)
                .activePowerW((double) reading.powerW()).socPct(socPct == null ? null : socPct.doubleValue())
                .mode(mode);
        if (error != null) {
            next.lastError(error);
        }
        publish(next.build());
        if (error != null) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE,
                    "@text/online.charger-error [\"" + error + "\"]");
        } else {
            updateStatus(ThingStatus.ONLINE);
        }
    }

    private void failed(QuasarClient current, QuasarException e) {
        current.close();
        if (client == current) {
            client = null;
        }
        inControl = false;
        started = false;
        sentSetpointW = null;
        failures++;
        // the first failure is retried at the next poll, then the wait doubles
        long backoffSeconds = failures <= 1 ? 0
                : Math.min(MAX_BACKOFF.toSeconds(), (long) config.refreshInterval << Math.min(failures - 1, 16));
        nextConnectAt = clock.instant().plusSeconds(backoffSeconds);
        logger.debug("Quasar {}: {}; next attempt in {} s", config.host, e.getMessage(), backoffSeconds);
        if (disposed) {
            return;
        }
        publish(state().toBuilder().connected(false).build());
        updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error-modbus [\"" + e.getMessage() + "\"]");
    }
}
