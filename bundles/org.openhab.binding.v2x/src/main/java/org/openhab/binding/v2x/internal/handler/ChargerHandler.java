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

import static org.openhab.binding.v2x.internal.V2xBindingConstants.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.charger.PowerLimits;
import org.openhab.binding.v2x.internal.charger.SetpointGate;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every bidirectional charger thing, whatever its protocol. Protocol handlers report a
 * {@link ChargerState}; this class maps it to the common channels and tells the car on the charger. Setpoint and
 * mode commands are clamped to the limits, checked against the car's driving reserve, deadbanded and spaced in
 * time before the protocol handler writes them.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public abstract class ChargerHandler extends BaseBridgeHandler {

    private final Logger logger = LoggerFactory.getLogger(ChargerHandler.class);
    private final List<ChargerStateListener> listeners = new CopyOnWriteArrayList<>();
    private final TimeZoneProvider timeZoneProvider;
    protected final Clock clock;
    private volatile ChargerState state = ChargerState.DISCONNECTED;
    private @Nullable ChargerState published;
    private ChargerConfiguration chargerConfig = new ChargerConfiguration();
    private SetpointGate gate = new SetpointGate(Duration.ofSeconds(10), 100);
    private @Nullable ScheduledFuture<?> deferredWrite;
    private volatile double requestedSetpointW;

    protected ChargerHandler(Bridge bridge, TimeZoneProvider timeZoneProvider, Clock clock) {
        super(bridge);
        this.timeZoneProvider = timeZoneProvider;
        this.clock = clock;
    }

    /** Reads the common configuration; protocol handlers call this first in {@code initialize()}. */
    protected void initializeCharger(ChargerConfiguration config) {
        chargerConfig = config;
        gate = new SetpointGate(Duration.ofSeconds(Math.max(0, config.minSetpointInterval)),
                Math.max(0, config.setpointDeadband));
        published = null;
        state = ChargerState.DISCONNECTED;
    }

    /** Writes a signed setpoint (W, already clamped and checked) to the device. */
    protected abstract void writeSetpoint(double setpointW);

    /** Switches the device's operating mode. */
    protected abstract void writeMode(ChargerMode mode);

    /** Whether the device can discharge at all (protocol version, options). */
    protected abstract boolean dischargeSupported();

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channel = channelUID.getId();
        if (command instanceof RefreshType) {
            published = null;
            publish(state);
            return;
        }
        switch (channel) {
            case CHANNEL_SETPOINT -> {
                Double watts = toWatts(command);
                if (watts == null) {
                    logger.debug("Setpoint command {} is not a power", command);
                    return;
                }
                requestSetpoint(watts);
            }
            case CHANNEL_MODE -> {
                ChargerMode mode = ChargerMode.fromChannelValue(command.toString()).orElse(null);
                if (mode == null) {
                    logger.debug("Unknown mode {}", command);
                    return;
                }
                writeMode(mode);
            }
            default -> logger.debug("Channel {} takes no commands", channelUID);
        }
    }

    /**
     * Requests a setpoint: clamped to the limits, refused (0) when it would discharge the car below its reserve,
     * deadbanded and spaced in time. Returns the setpoint that applies.
     */
    public synchronized double requestSetpoint(double requestedW) {
        requestedSetpointW = requestedW;
        double clamped = limits().clamp(requestedW);
        if (clamped < 0 && !dischargeAllowed()) {
            logger.debug("Discharge of {} W refused: the car is at its driving reserve", -clamped);
            clamped = 0;
        }
        SetpointGate.Verdict verdict = gate.offer(clamped, clock.instant());
        if (verdict.writeNow()) {
            cancelDeferredWrite();
            writeSetpoint(verdict.setpointW());
            updateState(CHANNEL_SETPOINT, new QuantityType<>(verdict.setpointW(), Units.WATT));
        } else {
            Instant retryAt = verdict.retryAt();
            if (retryAt != null) {
                scheduleDeferredWrite(retryAt);
            }
        }
        return verdict.setpointW();
    }

    /** The last setpoint requested (before clamping). */
    public double requestedSetpointW() {
        return requestedSetpointW;
    }

    /** Forgets what was written, e.g. after a reconnect, so the next request reaches the device. */
    protected void resetSetpointGate() {
        gate.reset();
    }

    public ChargerState state() {
        return state;
    }

    /** What the device and car allow now: reported limits where known, else the thing's configuration. */
    public PowerLimits limits() {
        ChargerState s = state;
        double maxCharge = Math.min(chargerConfig.maxChargePower, orDefault(s.maxChargeW(), Double.MAX_VALUE));
        double maxDischarge = Math.min(chargerConfig.maxDischargePower,
                orDefault(s.maxDischargeW(), Double.MAX_VALUE));
        double minCharge = Math.min(maxCharge, orDefault(s.minChargeW(), 0));
        double minDischarge = Math.min(maxDischarge, orDefault(s.minDischargeW(), 0));
        return new PowerLimits(minCharge, maxCharge, minDischarge, maxDischarge, dischargeSupported());
    }

    /** Protocol handlers report a new device state here. */
    protected void publish(ChargerState newState) {
        state = newState;
        ChargerState previous = published;
        published = newState;
        update(previous, newState, s -> s.connected() ? OnOffType.ON : OnOffType.OFF, CHANNEL_CONNECTION);
        update(previous, newState, s -> {
            var op = s.operatingState();
            return op == null ? null : new StringType(op.channelValue());
        }, CHANNEL_OPERATING_STATE);
        update(previous, newState, s -> {
            String error = s.lastError();
            return error == null ? null : new StringType(error);
        }, CHANNEL_LAST_ERROR);
        update(previous, newState, s -> watts(s.activePowerW()), CHANNEL_ACTIVE_POWER);
        update(previous, newState, s -> watts(s.importPowerW()), CHANNEL_IMPORT_POWER);
        update(previous, newState, s -> watts(s.exportPowerW()), CHANNEL_EXPORT_POWER);
        update(previous, newState, s -> kilowattHours(s.importEnergyWh()), CHANNEL_IMPORT_ENERGY);
        update(previous, newState, s -> kilowattHours(s.exportEnergyWh()), CHANNEL_EXPORT_ENERGY);
        update(previous, newState, s -> percent(s.socPct()), CHANNEL_CAR_SOC);
        update(previous, newState, s -> kilowattHours(s.capacityWh()), CHANNEL_CAR_CAPACITY);
        update(previous, newState, s -> percent(s.targetSocPct()), CHANNEL_CAR_TARGET_SOC);
        update(previous, newState, s -> {
            Instant departure = s.departureTime();
            return departure == null ? null : new DateTimeType(departure.atZone(timeZoneProvider.getTimeZone()));
        }, CHANNEL_CAR_DEPARTURE_TIME);
        update(previous, newState, s -> {
            ChargerMode mode = s.mode();
            return mode == null ? null : new StringType(mode.channelValue());
        }, CHANNEL_MODE);
        update(previous, newState, s -> watts(s.minChargeW()), CHANNEL_MIN_CHARGE_POWER);
        update(previous, newState, s -> watts(s.maxChargeW()), CHANNEL_MAX_CHARGE_POWER);
        update(previous, newState, s -> watts(s.minDischargeW()), CHANNEL_MIN_DISCHARGE_POWER);
        update(previous, newState, s -> watts(s.maxDischargeW()), CHANNEL_MAX_DISCHARGE_POWER);
        listeners.forEach(l -> l.chargerStateChanged(newState));
        if (newState.socPct() != null) {
            stopDischargeAtReserve();
        }
    }

    /**
     * A car on this charger learnt something the charger cannot measure (its state of charge fed by a rule or
     * profile): a running discharge stops at once when the car is now at its reserve.
     */
    public void carStateChanged() {
        stopDischargeAtReserve();
    }

    private void stopDischargeAtReserve() {
        if (requestedSetpointW < 0 && !dischargeAllowed()) {
            // the car reached its reserve while discharging: stop at once
            requestSetpoint(0);
        }
    }

    @Override
    public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
        if (childHandler instanceof ChargerStateListener listener) {
            listeners.add(listener);
            listener.chargerStateChanged(state);
        }
    }

    @Override
    public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
        if (childHandler instanceof ChargerStateListener listener) {
            listeners.remove(listener);
        }
    }

    @Override
    public void dispose() {
        cancelDeferredWrite();
        super.dispose();
    }

    private boolean dischargeAllowed() {
        ChargerState s = state;
        return listeners.stream().allMatch(l -> l.dischargeAllowed(s));
    }

    private synchronized void scheduleDeferredWrite(Instant retryAt) {
        cancelDeferredWrite();
        long delayMs = Math.max(0, Duration.between(clock.instant(), retryAt).toMillis());
        deferredWrite = scheduler.schedule(() -> requestSetpoint(requestedSetpointW), delayMs, TimeUnit.MILLISECONDS);
    }

    private synchronized void cancelDeferredWrite() {
        ScheduledFuture<?> job = deferredWrite;
        if (job != null) {
            job.cancel(false);
            deferredWrite = null;
        }
    }

    private void update(@Nullable ChargerState previous, ChargerState next, Function<ChargerState, @Nullable State> value,
            String channel) {
        State newValue = value.apply(next);
        if (newValue == null) {
            // a value that disappears (car unplugged) becomes UNDEF rather than stale
            if (previous != null && value.apply(previous) != null) {
                updateState(channel, UnDefType.UNDEF);
            }
            return;
        }
        if (previous == null || !Objects.equals(newValue, value.apply(previous))) {
            updateState(channel, newValue);
        }
    }

    private static @Nullable State watts(@Nullable Double value) {
        return value == null ? null : new QuantityType<>(value, Units.WATT);
    }

    private static @Nullable State kilowattHours(@Nullable Double wattHours) {
        return wattHours == null ? null : new QuantityType<>(wattHours / 1000, Units.KILOWATT_HOUR);
    }

    private static @Nullable State percent(@Nullable Double value) {
        return value == null ? null : new QuantityType<>(value, Units.PERCENT);
    }

    private static double orDefault(@Nullable Double value, double fallback) {
        return value == null ? fallback : value;
    }

    /** A setpoint command as W: a power quantity in any unit, or a plain number taken as W. */
    static @Nullable Double toWatts(Command command) {
        if (command instanceof QuantityType<?> quantity) {
            QuantityType<?> inWatts = quantity.toUnit(Units.WATT);
            return inWatts == null ? null : inWatts.doubleValue();
        }
        if (command instanceof DecimalType decimal) {
            return decimal.doubleValue();
        }
        return null;
    }
}
