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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Energy summed over a run, Wh, and the figures derived from it (see the metrics in CONTROL.md).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class EnergyTotals {

    double importWh;
    double exportWh;
    double pvWh;
    double curtailedWh;
    double loadWh;
    double servedWh;
    double carChargeWh;
    double carDischargeWh;
    double islandExcessWh;
    double outageCriticalWh;
    double outageCriticalServedWh;
    double outageShedWh;
    double outageUnservedWh;
    double cost;

    synchronized void add(HomeSample sample, double hours, double priceImport, double priceExport) {
        double grid = sample.gridW();
        if (grid > 0) {
            importWh += grid * hours;
            cost += grid * hours / 1000 * priceImport;
        } else {
            exportWh += -grid * hours;
            cost -= -grid * hours / 1000 * priceExport;
        }
        pvWh += sample.pvW() * hours;
        curtailedWh += sample.curtailedW() * hours;
        loadWh += sample.loadW() * hours;
        servedWh += sample.servedW() * hours;
        double car = sample.carW();
        if (car > 0) {
            carChargeWh += car * hours;
        } else {
            carDischargeWh += -car * hours;
        }
        if (!sample.gridAvailable()) {
            double excess = Math.max(0, -car) + sample.pvW() - sample.curtailedW() - sample.servedW()
                    - Math.max(0, car);
            islandExcessWh += Math.max(0, excess) * hours;
            outageCriticalWh += sample.criticalW() * hours;
            outageCriticalServedWh += Math.min(sample.criticalW(), sample.servedW()) * hours;
            outageShedWh += sample.shedW() * hours;
            outageUnservedWh += sample.unservedW() * hours;
        }
    }

    public synchronized double importKwh() {
        return importWh / 1000;
    }

    public synchronized double exportKwh() {
        return exportWh / 1000;
    }

    public synchronized double pvKwh() {
        return pvWh / 1000;
    }

    public synchronized double curtailedKwh() {
        return curtailedWh / 1000;
    }

    /** Household load asked for by the scenario. */
    public synchronized double loadKwh() {
        return loadWh / 1000;
    }

    /** Household load actually supplied. */
    public synchronized double servedKwh() {
        return servedWh / 1000;
    }

    public synchronized double carChargeKwh() {
        return carChargeWh / 1000;
    }

    public synchronized double carDischargeKwh() {
        return carDischargeWh / 1000;
    }

    /** Car discharge an island had no use for (the car gave more than the home needed). */
    public synchronized double islandExcessKwh() {
        return islandExcessWh / 1000;
    }

    public synchronized double cost() {
        return cost;
    }

    /** (load + car charging − import) / (load + car charging); 1 when nothing was consumed. */
    public synchronized double selfSufficiency() {
        double consumed = servedWh + carChargeWh;
        return consumed <= 0 ? 1 : (consumed - importWh) / consumed;
    }

    /** (PV − export) / PV; 1 without PV. */
    public synchronized double selfConsumption() {
        return pvWh <= 0 ? 1 : (pvWh - curtailedWh - exportWh) / (pvWh - curtailedWh <= 0 ? 1 : pvWh - curtailedWh);
    }

    public synchronized double outageCriticalKwh() {
        return outageCriticalWh / 1000;
    }

    public synchronized double outageUnservedKwh() {
        return outageUnservedWh / 1000;
    }

    public synchronized double outageShedKwh() {
        return outageShedWh / 1000;
    }

    /** Critical load served during outages / critical load demanded; 1 without an outage. */
    public synchronized double outageServedFraction() {
        return outageCriticalWh <= 0 ? 1 : outageCriticalServedWh / outageCriticalWh;
    }

    /**
     * Sources minus sinks, Wh: import + used PV + car discharge − export − served load − car charging − island excess.
     * Zero up to rounding when the books are right.
     */
    public synchronized double balanceErrorWh() {
        return importWh + (pvWh - curtailedWh) + carDischargeWh - exportWh - servedWh - carChargeWh - islandExcessWh;
    }
}
