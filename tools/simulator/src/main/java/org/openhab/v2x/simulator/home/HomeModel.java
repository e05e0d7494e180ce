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
package org.openhab.v2x.simulator.home;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The simulated home: steps a {@link Scenario} and computes what its meters read, given the charger's real power.
 * With the grid present, the grid meter balances everything: grid = load + car − PV. During an outage the home is an
 * island: the grid reads 0, PV and a discharging car supply the load, what they cannot supply goes unserved and PV
 * they cannot use is curtailed. The sheddable part of the load is split evenly over the named sheddable loads; a
 * load switched off draws nothing.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class HomeModel {

    private final Scenario scenario;
    private final Map<String, Boolean> sheddable = new LinkedHashMap<>();
    private final EnergyTotals totals = new EnergyTotals();

    public HomeModel(Scenario scenario, List<String> sheddableLoads) {
        this.scenario = scenario;
        sheddableLoads.forEach(name -> sheddable.put(name, true));
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Switches a sheddable load on or off; unknown names are ignored. */
    public synchronized void setLoadOn(String load, boolean on) {
        sheddable.computeIfPresent(load, (name, previous) -> on);
    }

    public synchronized boolean isLoadOn(String load) {
        return sheddable.getOrDefault(load, true);
    }

    /** What the meters read at {@code time} with the charger at {@code carW}; changes nothing. */
    public synchronized HomeSample sample(Instant time, double carW) {
        ScenarioStep step = scenario.at(time);
        double shed = 0;
        if (!sheddable.isEmpty()) {
            long off = sheddable.values().stream().filter(on -> !on).count();
            shed = step.sheddableW() * off / sheddable.size();
        }
        double demand = step.loadW() - shed;
        double pv = step.pvW();
        if (step.gridAvailable()) {
            return new HomeSample(time, step.loadW(), demand, step.criticalLoadW(), shed, 0, pv, 0, demand + carW - pv,
                    carW, true, step.evPresent());
        }
        double supply = pv + Math.max(0, -carW);
        double need = demand + Math.max(0, carW);
        double unserved = 0;
        double curtailed = 0;
        if (supply >= need) {
            curtailed = Math.min(pv, supply - need);
        } else {
            unserved = Math.min(demand, need - supply);
        }
        return new HomeSample(time, step.loadW(), demand - unserved, step.criticalLoadW(), shed, unserved, pv,
                curtailed, 0, carW, false, step.evPresent());
    }

    /**
     * Lets {@code duration} pass from {@code time} with the charger at {@code carW} and books the energy.
     *
     * @return the meters at {@code time}
     */
    public HomeSample step(Instant time, Duration duration, double carW) {
        HomeSample sample = sample(time, carW);
        ScenarioStep step = scenario.at(time);
        totals.add(sample, duration.toNanos() / 3.6e12, step.priceImport(), step.priceExport());
        return sample;
    }

    public EnergyTotals totals() {
        return totals;
    }
}
