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

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.SameSlotForecast;
import org.openhab.automation.v2x.internal.handler.ItemHistory.Sample;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;

/**
 * Turns item states and their persisted history into the planner's per-slot series: prices and the PV forecast
 * from the persisted future values of their items (a step function: each value holds until the next one), the
 * home's load (and, without a PV forecast item, the PV) as the same-slot mean of the item's past days.
 * <p>
 * Fallbacks: a price item without future values keeps its present state for the whole plan, no price item the
 * configured price; without a usable history the same-slot means come from the values this action has seen
 * itself since the rule started (kept in memory), and before any of those the present value holds.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class PlanInputs {

    static final int LOAD_DAYS = 7;
    static final int PV_DAYS = 3;

    private final ItemHistory history;
    private final int slotS;
    private final SameSlotForecast seenLoad;
    private final SameSlotForecast seenPv;

    PlanInputs(ItemHistory history, int slotSeconds, ZoneId zone) {
        this.history = history;
        this.slotS = slotSeconds;
        this.seenLoad = new SameSlotForecast(slotSeconds, LOAD_DAYS, zone);
        this.seenPv = new SameSlotForecast(slotSeconds, PV_DAYS, zone);
    }

    /** Remembers the present measurements for the in-memory fallback forecasts. */
    void record(Instant now, @Nullable Double loadW, @Nullable Double pvW) {
        if (loadW != null) {
            seenLoad.record(now, loadW);
        }
        if (pvW != null) {
            seenPv.record(now, pvW);
        }
    }

    /**
     * A series known ahead (prices, a PV forecast): slot 0 is {@code present}, each later slot the last persisted
     * value at or before its start that lies in the future; {@code present} where nothing is persisted ahead.
     */
    double[] ahead(@Nullable String itemName, double present, Instant now, int slots, boolean watts) {
        double[] result = new double[slots];
        Arrays.fill(result, present);
        if (itemName == null || slots < 2) {
            return result;
        }
        List<Sample> future = history.between(itemName, now.plusSeconds(1), now.plusSeconds((long) slots * slotS));
        int next = 0;
        double value = present;
        for (int t = 1; t < slots; t++) {
            Instant slotStart = now.plusSeconds((long) t * slotS);
            while (next < future.size() && !future.get(next).time().isAfter(slotStart)) {
                Double v = watts ? watts(future.get(next).state()) : number(future.get(next).state());
                if (v != null) {
                    value = v;
                }
                next++;
            }
            result[t] = value;
        }
        return result;
    }

    /** Whether the item has persisted values ahead of now (within the plan). */
    boolean hasFuture(@Nullable String itemName, Instant now, int slots) {
        return itemName != null
                && !history.between(itemName, now.plusSeconds(1), now.plusSeconds((long) slots * slotS)).isEmpty();
    }

    /** The home's load per slot: same-slot mean over the last {@value #LOAD_DAYS} days; slot 0 is the present. */
    double[] load(@Nullable String itemName, @Nullable Double present, Instant now, int slots) {
        return sameSlot(itemName, LOAD_DAYS, seenLoad, present, now, slots);
    }

    /** PV per slot from its history: same-slot mean over the last {@value #PV_DAYS} days. */
    double[] pvFromHistory(@Nullable String itemName, @Nullable Double present, Instant now, int slots) {
        return sameSlot(itemName, PV_DAYS, seenPv, present, now, slots);
    }

    private double[] sameSlot(@Nullable String itemName, int days, SameSlotForecast seen, @Nullable Double present,
            Instant now, int slots) {
        SameSlotForecast forecast = itemName == null ? null : fromHistory(itemName, days, now, seen);
        double[] result = (forecast != null ? forecast : seen).forecast(now, slots);
        if (present != null) {
            result[0] = present;
        }
        if (forecast == null && seen.isEmpty()) {
            Arrays.fill(result, present == null ? 0 : present);
        }
        return result;
    }

    /** A same-slot forecast of the item's persisted past, each slot's values averaged first; null without any. */
    private @Nullable SameSlotForecast fromHistory(String itemName, int days, Instant now, SameSlotForecast like) {
        List<Sample> past = history.between(itemName, now.minusSeconds(days * 86_400L), now);
        Map<Long, double[]> bySlot = new HashMap<>();
        for (Sample sample : past) {
            Double w = watts(sample.state());
            if (w != null) {
                double[] sumCount = bySlot.computeIfAbsent(Math.floorDiv(sample.time().getEpochSecond(), slotS),
                        k -> new double[2]);
                sumCount[0] += w;
                sumCount[1]++;
            }
        }
        if (bySlot.isEmpty()) {
            return null;
        }
        SameSlotForecast forecast = new SameSlotForecast(slotS, days, like.zone());
        bySlot.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> forecast
                .record(Instant.ofEpochSecond(e.getKey() * slotS), e.getValue()[0] / e.getValue()[1]));
        return forecast;
    }

    /** A power in W: quantities converted, plain numbers taken as W. */
    static @Nullable Double watts(State state) {
        if (state instanceof QuantityType<?> quantity) {
            QuantityType<?> w = quantity.toUnit(Units.WATT);
            return w == null ? null : w.doubleValue();
        }
        return state instanceof DecimalType decimal ? decimal.doubleValue() : null;
    }

    /** A plain number (a price in the item's unit). */
    static @Nullable Double number(State state) {
        if (state instanceof QuantityType<?> quantity) {
            return quantity.doubleValue();
        }
        return state instanceof DecimalType decimal ? decimal.doubleValue() : null;
    }
}
