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
package org.openhab.v2x.sandbox.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.simulator.home.HomeSample;

/**
 * Keeps what happened at every sandbox tick and writes it as {@code sandbox.csv}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class RunRecorder {

    static final String HEADER = "timestamp,pv_w,load_w,served_w,critical_w,shed_w,unserved_w,grid_w,car_w,soc_pct,"
            + "setpoint_w,charger_mode,charger_state,grid_available,ev_present,external_w,target_soc_pct,reserve_soc_pct";

    /** Power above which the car counts as charging (and below which a charger shows idle). */
    static final double CHARGING_W = 100;

    /**
     * One step: the home's meters over it (the car's power in them includes external chargers), the car's SoC after
     * it, and what openHAB's items showed for the charger while that power flowed.
     */
    record Row(HomeSample home, double socPct, double setpointW, String chargerMode, String chargerState,
            double externalW) {

        /** The power of the sandbox's own charger, without the external ones. */
        double carW() {
            return home.carW() - externalW;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final ZoneOffset offset;
    private final double targetSocPct;
    private final double reserveSocPct;
    private double minSocWhileDischarging = Double.NaN;
    private int reserveViolations;

    RunRecorder(ZoneOffset offset, double targetSocPct, double reserveSocPct) {
        this.offset = offset;
        this.targetSocPct = targetSocPct;
        this.reserveSocPct = reserveSocPct;
    }

    synchronized void add(Row row) {
        rows.add(row);
        if (row.carW() < 0) {
            if (Double.isNaN(minSocWhileDischarging) || row.socPct() < minSocWhileDischarging) {
                minSocWhileDischarging = row.socPct();
            }
            if (row.socPct() < reserveSocPct - 1e-6) {
                reserveViolations++;
            }
        }
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The lowest SoC seen while the car was discharging, NaN if it never did. */
    synchronized double minSocWhileDischarging() {
        return minSocWhileDischarging;
    }

    /**
     * How often charging switched on or off: the car's power crossing {@value #CHARGING_W} W either way. Plugging
     * in or out counts too when it starts or stops a charge.
     */
    synchronized int chargingSwitches() {
        int switches = 0;
        boolean charging = false;
        for (Row row : rows) {
            boolean now = row.carW() > CHARGING_W;
            if (now != charging) {
                switches++;
                charging = now;
            }
        }
        return switches;
    }

    /** Ticks at which the car discharged below the driving reserve. */
    synchronized int reserveViolations() {
        return reserveViolations;
    }

    synchronized void writeCsv(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(HEADER + "\n");
            for (Row row : rows) {
                HomeSample h = row.home();
                writer.write(String.format(Locale.ROOT,
                        "%s,%.0f,%.0f,%.0f,%.0f,%.0f,%.0f,%.0f,%.0f,%.2f,%.0f,%s,%s,%d,%d,%.0f,%.0f,%.0f%n",
                        h.time().truncatedTo(ChronoUnit.SECONDS).atOffset(offset), h.pvW(), h.loadW(), h.servedW(),
                        h.criticalW(), h.shedW(), h.unservedW(), h.gridW(), row.carW(), row.socPct(),
                        Double.isNaN(row.setpointW()) ? 0 : row.setpointW(), row.chargerMode(), row.chargerState(),
                        h.gridAvailable() ? 1 : 0, h.evPresent() ? 1 : 0, row.externalW(), targetSocPct,
                        reserveSocPct));
            }
        }
    }
}
