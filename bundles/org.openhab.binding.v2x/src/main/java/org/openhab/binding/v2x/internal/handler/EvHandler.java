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
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.ev.EnergyLedger;
import org.openhab.binding.v2x.internal.ev.EvBattery;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The car on a charger: takes the state of charge from the charger, or from commands on its SoC channel for chargers
 * that cannot read it (fed by openHAB's follow profile or a rule), derives range, energy available for the home and
 * time to target, counts the energy given to the home, and vetoes discharges at the driving reserve.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class EvHandler extends BaseThingHandler implements ChargerStateListener {

    /** Discharge stops this far above the reserve, so measurement lag cannot take the car below it. */
    static final double RESERVE_MARGIN_PCT = 1.0;
    private static final double CHARGE_EFFICIENCY = 0.92;
    private static final double DEFAULT_CHARGE_POWER_W = 7400;
    private static final String PROPERTY_DISCHARGED_TOTAL = "dischargedTotalWh";
    private static final String PROPERTY_CHARGED_TOTAL = "chargedTotalWh";
    private static final Duration PERSIST_INTERVAL = Duration.ofMinutes(5);

    private final Logger logger = LoggerFactory.getLogger(EvHandler.class);
    private final TimeZoneProvider timeZoneProvider;
    private final Clock clock;
    private @Nullable EvBattery battery;
    private @Nullable EnergyLedger ledger;
    private @Nullable Instant departureOverride;
    private LocalTime dailyDeparture = LocalTime.of(7, 30);
    /** What the charger reports; wins over a fed value, because it is measured at the plug. */
    private volatile @Nullable Double chargerSocPct;
    /** What was commanded on the SoC channel, for chargers that cannot read the car. */
    private volatile @Nullable Double fedSocPct;
    private volatile double chargePowerW = DEFAULT_CHARGE_POWER_W;
    private @Nullable Instant lastPersisted;

    public EvHandler(Thing thing, TimeZoneProvider timeZoneProvider, Clock clock) {
        super(thing);
        this.timeZoneProvider = timeZoneProvider;
        this.clock = clock;
    }

    @Override
    public void initialize() {
        EvConfiguration config = getConfigAs(EvConfiguration.class);
        try {
            battery = new EvBattery(config.capacity.doubleValue(), config.reserveSoc, config.targetSoc,
                    config.consumption.doubleValue());
            dailyDeparture = LocalTime.parse(config.departureTime.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, e.getMessage());
            return;
        }
        ledger = new EnergyLedger(timeZoneProvider::getTimeZone, property(PROPERTY_CHARGED_TOTAL),
                property(PROPERTY_DISCHARGED_TOTAL));
        updateState(CHANNEL_EV_RESERVE_SOC, new QuantityType<>(config.reserveSoc, Units.PERCENT));
        updateState(CHANNEL_EV_TARGET_SOC, new QuantityType<>(config.targetSoc, Units.PERCENT));
        updateState(CHANNEL_EV_DEPARTURE_TIME, new DateTimeType(nextDeparture()));
        updateStatusFromBridge();
    }

    @Override
    public void dispose() {
        persistLedger();
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (battery != null) {
            updateStatusFromBridge();
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        EvBattery current = battery;
        if (current == null) {
            return;
        }
        if (command instanceof RefreshType) {
            publishFigures();
            return;
        }
        switch (channelUID.getId()) {
            case CHANNEL_EV_SOC -> {
                Double pct = socOf(command);
                if (pct == null) {
                    logger.debug("State of charge {} ({}) rejected: a percentage between 0 and 100 is needed",
                            command, command.getClass().getSimpleName());
                    return;
                }
                fedSocPct = pct;
                // the charger may be discharging the car towards its reserve on this very value
                ChargerHandler charger = charger();
                if (charger != null) {
                    charger.carStateChanged();
                }
            }
            case CHANNEL_EV_RESERVE_SOC -> {
                Double pct = percentOf(command);
                if (pct != null && pct >= 0 && pct <= current.targetSocPct()) {
                    battery = new EvBattery(current.capacityKwh(), pct, current.targetSocPct(),
                            current.consumptionKwhPer100Km());
                    updateState(CHANNEL_EV_RESERVE_SOC, new QuantityType<>(pct, Units.PERCENT));
                } else {
                    logger.debug("Reserve {} rejected: must be between 0 and the target", command);
                }
            }
            case CHANNEL_EV_TARGET_SOC -> {
                Double pct = percentOf(command);
                if (pct != null && pct <= 100 && pct >= current.reserveSocPct()) {
                    battery = new EvBattery(current.capacityKwh(), current.reserveSocPct(), pct,
                            current.consumptionKwhPer100Km());
                    updateState(CHANNEL_EV_TARGET_SOC, new QuantityType<>(pct, Units.PERCENT));
                } else {
                    logger.debug("Target {} rejected: must be between the reserve and 100 %", command);
                }
            }
            case CHANNEL_EV_DEPARTURE_TIME -> {
                if (command instanceof DateTimeType dateTime) {
                    departureOverride = dateTime.getInstant();
                    updateState(CHANNEL_EV_DEPARTURE_TIME, new DateTimeType(nextDeparture()));
                }
            }
            default -> {
                return;
            }
        }
        publishFigures();
    }

    @Override
    public void chargerStateChanged(ChargerState state) {
        chargerSocPct = state.socPct();
        Double max = state.maxChargeW();
        if (max != null && max > 0) {
            chargePowerW = max;
        }
        EnergyLedger currentLedger = ledger;
        Double power = state.activePowerW();
        if (currentLedger != null && power != null) {
            currentLedger.record(power, clock.instant());
            persistLedgerEvery(PERSIST_INTERVAL);
        }
        publishFigures();
    }

    @Override
    public boolean dischargeAllowed(ChargerState state) {
        EvBattery current = battery;
        Double reported = state.socPct();
        Double soc = reported != null ? reported : fedSocPct;
        // unknown state of charge: never discharge
        return current != null && soc != null && soc > current.reserveSocPct() + RESERVE_MARGIN_PCT;
    }

    /** The next departure: a time set on the channel if still ahead, else the configured daily time. */
    public ZonedDateTime nextDeparture() {
        ZonedDateTime now = clock.instant().atZone(timeZoneProvider.getTimeZone());
        Instant override = departureOverride;
        if (override != null && override.isAfter(now.toInstant())) {
            return override.atZone(now.getZone());
        }
        ZonedDateTime today = now.with(dailyDeparture).withSecond(0).withNano(0);
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    private void publishFigures() {
        EvBattery current = battery;
        Double soc = socPct();
        if (current == null) {
            return;
        }
        if (soc != null) {
            updateState(CHANNEL_EV_SOC, new QuantityType<>(soc, Units.PERCENT));
            updateState(CHANNEL_EV_RANGE, new QuantityType<>(current.rangeKm(soc), MetricPrefix.KILO(SIUnits.METRE)));
            updateState(CHANNEL_EV_ENERGY_ABOVE_RESERVE,
                    new QuantityType<>(current.energyAboveReserveKwh(soc), Units.KILOWATT_HOUR));
            Duration toTarget = current.timeToTarget(soc, chargePowerW, CHARGE_EFFICIENCY);
            updateState(CHANNEL_EV_TIME_TO_TARGET, new QuantityType<>(toTarget.toSeconds() / 60.0, Units.MINUTE));
        }
        EnergyLedger currentLedger = ledger;
        if (currentLedger != null) {
            updateState(CHANNEL_EV_DISCHARGED_TODAY,
                    new QuantityType<>(currentLedger.dischargedTodayWh() / 1000, Units.KILOWATT_HOUR));
            updateState(CHANNEL_EV_DISCHARGED_TOTAL,
                    new QuantityType<>(currentLedger.dischargedTotalWh() / 1000, Units.KILOWATT_HOUR));
            updateState(CHANNEL_EV_EQUIVALENT_FULL_CYCLES,
                    new DecimalType(currentLedger.equivalentFullCycles(current.capacityKwh())));
        }
    }

    /** The state of charge the figures use: the charger's reading where it has one, else the fed value. */
    private @Nullable Double socPct() {
        Double reported = chargerSocPct;
        return reported != null ? reported : fedSocPct;
    }

    private @Nullable ChargerHandler charger() {
        Bridge bridge = getBridge();
        return bridge != null && bridge.getHandler() instanceof ChargerHandler charger ? charger : null;
    }

    private void updateStatusFromBridge() {
        Bridge bridge = getBridge();
        if (bridge == null) {
            updateStatus(ThingStatus.ONLINE);
        } else if (bridge.getStatus() == ThingStatus.ONLINE) {
            updateStatus(ThingStatus.ONLINE);
        } else {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    private void persistLedgerEvery(Duration interval) {
        Instant now = clock.instant();
        Instant last = lastPersisted;
        if (last == null || Duration.between(last, now).compareTo(interval) >= 0) {
            persistLedger();
            lastPersisted = now;
        }
    }

    private void persistLedger() {
        EnergyLedger currentLedger = ledger;
        if (currentLedger != null && getCallback() != null) {
            updateProperty(PROPERTY_CHARGED_TOTAL, String.format(java.util.Locale.ROOT, "%.1f",
                    currentLedger.chargedTotalWh()));
            updateProperty(PROPERTY_DISCHARGED_TOTAL, String.format(java.util.Locale.ROOT, "%.1f",
                    currentLedger.dischargedTotalWh()));
        }
    }

    private double property(String name) {
        String value = getThing().getProperties().get(name);
        try {
            return value == null ? 0 : Math.max(0, Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static @Nullable Double percentOf(State state) {
        if (state instanceof QuantityType<?> quantity) {
            QuantityType<?> pct = quantity.toUnit(Units.PERCENT);
            return pct == null ? null : pct.doubleValue();
        }
        if (state instanceof DecimalType decimal) {
            return decimal.doubleValue();
        }
        return null;
    }

    private static @Nullable Double percentOf(Command command) {
        return command instanceof State state ? percentOf(state) : null;
    }

    /**
     * A state of charge as the follow profile or a rule sends it: a quantity convertible to %, a PercentType or a plain
     * number taken as %; null for other types and for values outside 0..100.
     */
    static @Nullable Double socOf(Command command) {
        Double pct = percentOf(command);
        return pct != null && pct >= 0 && pct <= 100 ? pct : null;
    }
}
