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
package org.openhab.automation.v2x.internal.handler;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.ChargePlan;
import org.openhab.automation.v2x.internal.control.Measurement;
import org.openhab.automation.v2x.internal.control.V2xSettings;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the user what the car holds and what the plan will do: the hours of backup at the present critical load
 * and the driving range as item states, the planned power and SoC as time series.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class PlanPublisher {

    /** The event source openHAB shows for the plan's time series. */
    static final String SOURCE = "org.openhab.automation.v2x";

    private final Logger logger = LoggerFactory.getLogger(PlanPublisher.class);
    private final EventPublisher eventPublisher;
    private final Map<String, State> lastPosted = new HashMap<>();
    private final Map<String, Object> outputs = new HashMap<>();

    PlanPublisher(EventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    Map<String, Object> outputs() {
        return Map.copyOf(outputs);
    }

    /**
     * Backup hours = energy above the driving reserve x discharge efficiency / the critical load now; range = the
     * energy in the car / consumption. Unknown (UNDEF) without a car or a known SoC.
     */
    void status(OptimizeConfig config, Measurement m, V2xSettings s, double criticalLoadW) {
        Double soc = m.socPct();
        Double capacity = m.capacityKwh();
        State hours = UnDefType.UNDEF;
        State range = UnDefType.UNDEF;
        if (m.carPresent() && soc != null && capacity != null) {
            double energyKwh = soc / 100 * capacity;
            double aboveReserveKwh = Math.max(0, (soc - s.reserveSocPct()) / 100 * capacity);
            if (criticalLoadW > 0) {
                double h = aboveReserveKwh * s.dischargeEfficiency() * 1000 / criticalLoadW;
                hours = new QuantityType<>(Math.round(h * 10) / 10.0, Units.HOUR);
            }
            range = new QuantityType<>(
                    String.format(Locale.ROOT, "%.0f km", energyKwh / config.consumptionKwhPer100Km() * 100));
        }
        outputs.put(PlanRunner.OUTPUT_BACKUP_HOURS, hours);
        outputs.put(PlanRunner.OUTPUT_RANGE, range);
        post(config.backupHoursItem(), hours);
        post(config.rangeItem(), range);
    }

    /**
     * A new plan as time series that replace the previous plan: the planned power from the start of each slot, the
     * planned SoC at the end of each slot (openHAB persists them as forecasts, so Main UI charts show them).
     */
    void plan(OptimizeConfig config, ChargePlan plan) {
        String powerItem = config.plannedPowerItem();
        if (powerItem != null) {
            TimeSeries power = new TimeSeries(TimeSeries.Policy.REPLACE);
            for (int t = 0; t < plan.slots(); t++) {
                power.add(plan.slotStart(t), new QuantityType<>(Math.round(plan.plannedW(t)), Units.WATT));
            }
            send(powerItem, power);
        }
        String socItem = config.plannedSocItem();
        if (socItem != null) {
            TimeSeries soc = new TimeSeries(TimeSeries.Policy.REPLACE);
            for (int t = 0; t < plan.slots(); t++) {
                soc.add(plan.slotStart(t + 1),
                        new QuantityType<>(Math.round(plan.socAfterPct(t) * 10) / 10.0, Units.PERCENT));
            }
            send(socItem, soc);
        }
    }

    private void send(String itemName, TimeSeries series) {
        try {
            eventPublisher.post(ItemEventFactory.createTimeSeriesEvent(itemName, series, SOURCE));
        } catch (IllegalArgumentException | IllegalStateException e) {
            logger.warn("V2X could not send the plan to item '{}': {}", itemName, e.getMessage());
        }
    }

    /** Posts a state update when the state differs from the last one posted. */
    private void post(@Nullable String itemName, State state) {
        if (itemName == null || state.equals(lastPosted.get(itemName))) {
            return;
        }
        lastPosted.put(itemName, state);
        try {
            eventPublisher.post(ItemEventFactory.createStateEvent(itemName, state));
        } catch (IllegalArgumentException | IllegalStateException e) {
            logger.warn("V2X could not update item '{}' to {}: {}", itemName, state, e.getMessage());
        }
    }
}
