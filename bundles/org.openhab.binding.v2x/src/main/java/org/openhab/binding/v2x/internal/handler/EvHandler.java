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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.ev.EnergyLedger;
import org.openhab.binding.v2x.internal.ev.EvBattery;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.ItemRegistry;
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
 * The car on a charger: takes the state of charge from the charger (or from an item for chargers that cannot read
 * it), derives range, energy available for the home and time to target, counts the energy given to the home, and
 * vetoes discharges at the driving reserve.
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
    private static final long SOC_ITEM_POLL_SECONDS = 30;

    private final Logger logger = LoggerFactory.getLogger(EvHandler.class);
    private final ItemRegistry itemRegistry;
    private final Clock clock;
    private @Nullable EvBattery battery;
    private @Nullable EnergyLedger ledger;
    private @Nullable Instant departureOverride;
    private LocalTime dailyDeparture = LocalTime.of(7, 30);
    private String socItem = "";
    private volatile @Nullable Double socPct;
    private volatile double chargePowerW = DEFAULT_CHARGE_POWER_W;
    private @Nullable Instant lastPersisted;
    private @Nullable ScheduledFuture<?> socItemPoll;

    public EvHandler(Thing thing, ItemRegistry itemRegistry, Clock clock) {
        super(thing);
        this.itemRegistry = itemRegistry;
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
        socItem = config.socItem.trim();
        ledger = new EnergyLedger(ZoneId.systemDefault(), property(PROPERTY_CHARGED_TOTAL),
                property(PROPERTY_DISCHARGED_TOTAL));
        updateState(CHANNEL_EV_RESERVE_SOC, new QuantityType<>(config.reserveSoc, Units.PERCENT));
        updateState(CHANNEL_EV_TARGET_SOC, new QuantityType<>(config.targetSoc, Units.PERCENT));
        updateState(CHANNEL_EV_DEPARTURE_TIME, new DateTimeType(nextDeparture()));
        if (!socItem.isEmpty()) {
            socItemPoll = scheduler.scheduleWithFixedDelay(this::readSocItem, 0, SOC_ITEM_POLL_SECONDS,
                    TimeUnit.SECONDS);
        }
        updateStatusFromBridge();
    }

    @Override
    public void dispose() {
        ScheduledFuture<?> poll = socItemPoll;
        if (poll != null) {
            poll.cancel(true);
            socItemPoll = null;
        }
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
        Double reported = state.socPct();
        if (reported != null && socItem.isEmpty()) {
            socPct = reported;
        }
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
        Double soc = socItem.isEmpty() ? state.socPct() : socPct;
        // unknown state of charge: never discharge
        return current != null && soc != null && soc > current.reserveSocPct() + RESERVE_MARGIN_PCT;
    }

    /** The next departure: a time set on the channel if still ahead, else the configured daily time. */
    public ZonedDateTime nextDeparture() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Instant override = departureOverride;
        if (override != null && override.isAfter(now.toInstant())) {
            return override.atZone(now.getZone());
        }
        ZonedDateTime today = now.with(dailyDeparture).withSecond(0).withNano(0);
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    private void publishFigures() {
        EvBattery current = battery;
        Double soc = socPct;
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

    private void readSocItem() {
        try {
            Item item = itemRegistry.getItem(socItem);
            Double pct = percentOf(item.getState());
            if (pct != null && pct >= 0 && pct <= 100) {
                socPct = pct;
                publishFigures();
            } else {
                logger.debug("SoC item {} has no usable state: {}", socItem, item.getState());
            }
        } catch (ItemNotFoundException e) {
            logger.debug("SoC item {} does not exist", socItem);
        }
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
}
