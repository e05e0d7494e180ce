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
package org.openhab.automation.v2x.internal.control;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Keeps track of which non-critical loads are shed during an outage.
 * <p>
 * Loads are shed strictly in list order: when rule k triggers, rules 0..k are shed. During the outage a load comes
 * back (last shed first) only when the backup energy has risen to its threshold plus the restore hysteresis (e.g.
 * from PV) and it has no time criterion, because shedding a load itself lengthens the time to reserve and would
 * otherwise toggle it. All loads come back when the grid returns.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class LoadShedder {

    private final List<String> shed = new ArrayList<>();
    private List<String> toShed = List.of();
    private List<String> toRestore = List.of();

    /**
     * Updates the shed set for this step.
     *
     * @param energyKwh backup energy above the discharge floor (AC side), or null when unknown (sheds everything)
     * @param timeToReserveS seconds until the floor at the present discharge, or NaN when not discharging
     */
    void update(@Nullable Double energyKwh, double timeToReserveS, V2xSettings s) {
        clearChanges();
        List<LoadShedRule> rules = s.loadShedding();
        int wanted = 0;
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (energyKwh == null || triggers(rules.get(i), energyKwh, timeToReserveS)) {
                wanted = i + 1;
                break;
            }
        }
        if (wanted > shed.size()) {
            toShed = new ArrayList<>();
            for (int i = shed.size(); i < wanted; i++) {
                String name = rules.get(i).name();
                shed.add(name);
                toShed.add(name);
            }
            return;
        }
        while (!shed.isEmpty() && energyKwh != null) {
            LoadShedRule last = rules.get(shed.size() - 1);
            if (!last.shedBelowTime().isZero()
                    || energyKwh < last.shedBelowKwh() + s.shedRestoreHysteresisKwh()) {
                break;
            }
            if (toRestore.isEmpty()) {
                toRestore = new ArrayList<>();
            }
            toRestore.add(shed.remove(shed.size() - 1));
        }
    }

    /** Sheds every configured load (no backup energy available). */
    void shedAll(V2xSettings s) {
        update(null, Double.NaN, s);
    }

    /** Brings every shed load back, last shed first. */
    void restoreAll() {
        clearChanges();
        if (shed.isEmpty()) {
            return;
        }
        toRestore = new ArrayList<>(shed.size());
        for (int i = shed.size() - 1; i >= 0; i--) {
            toRestore.add(shed.get(i));
        }
        shed.clear();
    }

    /** Loads that became shed in the last update. */
    List<String> toShed() {
        return toShed;
    }

    /** Loads that were restored in the last update. */
    List<String> toRestore() {
        return toRestore;
    }

    /** Loads shed at present, in shedding order. */
    List<String> shed() {
        return List.copyOf(shed);
    }

    void clearChanges() {
        toShed = List.of();
        toRestore = List.of();
    }

    private static boolean triggers(LoadShedRule rule, double energyKwh, double timeToReserveS) {
        if (energyKwh < rule.shedBelowKwh()) {
            return true;
        }
        long limitS = rule.shedBelowTime().getSeconds();
        return limitS > 0 && !Double.isNaN(timeToReserveS) && timeToReserveS < limitS;
    }
}
