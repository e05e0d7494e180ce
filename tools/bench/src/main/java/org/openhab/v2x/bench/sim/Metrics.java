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
package org.openhab.v2x.bench.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Energy totals of one run (kWh unless named otherwise) and the metrics of CONTROL.md derived from them.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class Metrics {

    /** The metric names of CONTROL.md, in its order. */
    public static final List<String> NAMES = List.of("import_kwh", "export_kwh", "cost", "self_consumption",
            "self_sufficiency", "ev_discharge_kwh", "ev_equivalent_full_cycles", "departure_misses",
            "departure_shortfall_kwh", "reserve_violations", "outage_unserved_kwh", "outage_served_fraction",
            "setpoint_changes", "fraction_of_optimum");

    public double importKwh;
    public double exportKwh;
    public double cost;
    /** PV used: produced minus curtailed. */
    public double pvKwh;
    public double pvCurtailedKwh;
    public double loadServedKwh;
    public double loadShedKwh;
    public double evChargeKwh;
    public double evDischargeKwh;
    public double curtailedDischargeKwh;
    public double capacityKwh;
    public int departures;
    public int departureMisses;
    public int avoidableDepartureMisses;
    public double departureShortfallKwh;
    /** Σ shortfall × import price of the departure step (not a CONTROL.md metric). */
    public double departureShortfallCost;
    public int reserveViolations;
    public double outageDemandKwh;
    public double outageUnservedKwh;
    public int setpointChanges;
    public double tripKwh;
    public double tripShortfallKwh;
    public double batteryStartKwh;
    public double batteryEndKwh;
    public double batteryLossKwh;
    /** Departure misses of sessions in which the grid failed (also counted in {@link #departureMisses}). */
    public int outageDepartureMisses;
    /** Mean import price over the period, for {@link #costInclEndValue()}. */
    public double meanImportPrice;
    public double dischargeEfficiency = 1;
    public double fractionOfOptimum = Double.NaN;

    public double selfConsumption() {
        return pvKwh <= 0 ? 1 : (pvKwh - exportKwh) / pvKwh;
    }

    public double selfSufficiency() {
        double demand = loadServedKwh + evChargeKwh;
        return demand <= 0 ? 1 : (demand - importKwh) / demand;
    }

    /**
     * Bench extra, not part of CONTROL.md: the cost plus the energy missing at departures priced at the import
     * price of the departure step, i.e. what the driver has to buy elsewhere.
     */
    public double costInclShortfall() {
        return cost + departureShortfallCost;
    }

    /**
     * The cost less the energy left in the car at the end, valued at the period's mean import price times the
     * discharge efficiency: ending full or empty cannot hide a worse control.
     */
    public double costInclEndValue() {
        return cost - batteryEndKwh * meanImportPrice * dischargeEfficiency;
    }

    public double equivalentFullCycles() {
        return (evChargeKwh + evDischargeKwh) / (2 * capacityKwh);
    }

    public double outageServedFraction() {
        return outageDemandKwh <= 0 ? 1 : (outageDemandKwh - outageUnservedKwh) / outageDemandKwh;
    }

    /**
     * Relative error of the house balance: what came in (import, PV used, car discharge) against what went out
     * (export, load served, car charge).
     */
    public double houseBalanceError() {
        double in = importKwh + pvKwh + evDischargeKwh;
        double out = exportKwh + loadServedKwh + evChargeKwh;
        return Math.abs(in - out) / Math.max(1e-9, Math.max(in, out));
    }

    /** Relative error of the car battery balance: start + stored - taken - trips = end. */
    public double batteryBalanceError(double chargeEfficiency, double dischargeEfficiency) {
        double expected = batteryStartKwh + evChargeKwh * chargeEfficiency - evDischargeKwh / dischargeEfficiency
                - (tripKwh - tripShortfallKwh);
        double scale = Math.max(1e-9, batteryStartKwh + evChargeKwh + evDischargeKwh + tripKwh);
        return Math.abs(expected - batteryEndKwh) / scale;
    }

    /** Every metric of CONTROL.md by its exact name, then extras. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("import_kwh", importKwh);
        m.put("export_kwh", exportKwh);
        m.put("cost", cost);
        m.put("self_consumption", selfConsumption());
        m.put("self_sufficiency", selfSufficiency());
        m.put("ev_discharge_kwh", evDischargeKwh);
        m.put("ev_equivalent_full_cycles", equivalentFullCycles());
        m.put("departure_misses", departureMisses);
        m.put("departure_shortfall_kwh", departureShortfallKwh);
        m.put("reserve_violations", reserveViolations);
        m.put("outage_unserved_kwh", outageUnservedKwh);
        m.put("outage_served_fraction", outageServedFraction());
        m.put("setpoint_changes", setpointChanges);
        m.put("fraction_of_optimum", Double.isNaN(fractionOfOptimum) ? null : fractionOfOptimum);
        m.put("cost_incl_end_value", costInclEndValue());
        m.put("cost_incl_shortfall", costInclShortfall());
        m.put("departures", departures);
        m.put("departure_misses_avoidable", avoidableDepartureMisses);
        m.put("departure_misses_outage", outageDepartureMisses);
        m.put("ev_end_kwh", batteryEndKwh);
        m.put("ev_charge_kwh", evChargeKwh);
        m.put("pv_kwh", pvKwh);
        m.put("pv_curtailed_kwh", pvCurtailedKwh);
        m.put("load_kwh", loadServedKwh);
        m.put("outage_shed_noncritical_kwh", loadShedKwh);
        m.put("curtailed_discharge_kwh", curtailedDischargeKwh);
        m.put("trip_kwh", tripKwh);
        m.put("trip_shortfall_kwh", tripShortfallKwh);
        m.put("battery_loss_kwh", batteryLossKwh);
        return m;
    }
}
