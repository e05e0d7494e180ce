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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.simulator.home.EnergyTotals;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The figures of a finished run: printed for the user and written as {@code summary.txt} and {@code summary.json}
 * (read by the plot and by the tests).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
record Summary(String scenario, String charger, Instant start, Instant end, ZoneOffset offset, Duration realTime, boolean allOnline,
        boolean completed, EnergyTotals totals, List<Departure> departures, double minSocWhileDischarging,
        int reserveViolations, double reserveSocPct, List<String> outages, int chargingSwitches, int unsettledSteps) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    String text() {
        StringBuilder b = new StringBuilder();
        // no real time in it: the same options give the same summary, on any machine
        line(b, "Summary of %s, %s to %s (%.1f h simulated)", scenario, TIME.format(start.atOffset(offset)),
                TIME.format(end.atOffset(offset)), Duration.between(start, end).toSeconds() / 3600.0);
        line(b, "  charger            %s", charger);
        line(b, "  things             %s", allOnline ? "all went ONLINE" : "NOT all went ONLINE");
        line(b, "  run                %s", completed ? "completed" : "NOT completed");
        line(b, "  grid               import %.1f kWh, export %.1f kWh, cost %.2f", totals.importKwh(),
                totals.exportKwh(), totals.cost());
        line(b, "  PV                 %.1f kWh, self-consumption %.0f %%", totals.pvKwh(),
                totals.selfConsumption() * 100);
        line(b, "  household load     %.1f kWh served of %.1f kWh", totals.servedKwh(), totals.loadKwh());
        line(b, "  car                charged %.1f kWh, gave the home %.1f kWh", totals.carChargeKwh(),
                totals.carDischargeKwh());
        line(b, "  charging switches  %d (on or off)", chargingSwitches);
        line(b, "  self-sufficiency   %.0f %%", totals.selfSufficiency() * 100);
        if (outages.isEmpty()) {
            line(b, "  outage             none in this run");
        } else {
            line(b, "  outage %-11s critical load %.2f kWh, served %.0f %%, shed %.2f kWh, unserved %.2f kWh",
                    String.join(", ", outages), totals.outageCriticalKwh(), totals.outageServedFraction() * 100,
                    totals.outageShedKwh(), totals.outageUnservedKwh());
        }
        if (departures.isEmpty()) {
            line(b, "  departure          none in this run");
        }
        for (Departure departure : departures) {
            line(b, "  departure %s    SoC %.1f %% (target %.0f %%) %s",
                    DateTimeFormatter.ofPattern("HH:mm").format(departure.time().atOffset(offset)), departure.socPct(),
                    departure.targetSocPct(), departure.reachedTarget() ? "reached" : "MISSED");
        }
        line(b, "  reserve            %.0f %%; lowest SoC while discharging %s; violations %d", reserveSocPct,
                Double.isNaN(minSocWhileDischarging) ? "-" : String.format(Locale.ROOT, "%.1f %%", minSocWhileDischarging),
                reserveViolations);
        line(b, "  energy balance     %.3f kWh off", totals.balanceErrorWh() / 1000);
        if (unsettledSteps > 0) {
            line(b, "  timing             %d steps did not settle in time; figures may vary between runs",
                    unsettledSteps);
        }
        return b.toString();
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("summary.txt"), text(), StandardCharsets.UTF_8);
        JsonObject json = new JsonObject();
        json.addProperty("scenario", scenario);
        json.addProperty("charger", charger);
        json.addProperty("start", start.atOffset(offset).toString());
        json.addProperty("end", end.atOffset(offset).toString());
        json.addProperty("allThingsOnline", allOnline);
        json.addProperty("completed", completed);
        json.addProperty("importKwh", totals.importKwh());
        json.addProperty("exportKwh", totals.exportKwh());
        json.addProperty("pvKwh", totals.pvKwh());
        json.addProperty("curtailedKwh", totals.curtailedKwh());
        json.addProperty("loadKwh", totals.loadKwh());
        json.addProperty("servedKwh", totals.servedKwh());
        json.addProperty("carChargeKwh", totals.carChargeKwh());
        json.addProperty("carDischargeKwh", totals.carDischargeKwh());
        json.addProperty("islandExcessKwh", totals.islandExcessKwh());
        json.addProperty("selfSufficiency", totals.selfSufficiency());
        json.addProperty("selfConsumption", totals.selfConsumption());
        json.addProperty("cost", totals.cost());
        json.addProperty("outageCriticalKwh", totals.outageCriticalKwh());
        json.addProperty("outageServedFraction", totals.outageServedFraction());
        json.addProperty("outageShedKwh", totals.outageShedKwh());
        json.addProperty("outageUnservedKwh", totals.outageUnservedKwh());
        json.addProperty("balanceErrorWh", totals.balanceErrorWh());
        json.addProperty("reserveSocPct", reserveSocPct);
        if (!Double.isNaN(minSocWhileDischarging)) {
            json.addProperty("minSocWhileDischarging", minSocWhileDischarging);
        }
        json.addProperty("reserveViolations", reserveViolations);
        json.addProperty("chargingSwitches", chargingSwitches);
        json.addProperty("unsettledSteps", unsettledSteps);
        json.addProperty("realTimeSeconds", realTime.toMillis() / 1000.0);
        JsonArray list = new JsonArray();
        for (Departure departure : departures) {
            JsonObject entry = new JsonObject();
            entry.addProperty("time", departure.time().atOffset(offset).toString());
            entry.addProperty("socPct", departure.socPct());
            entry.addProperty("targetSocPct", departure.targetSocPct());
            list.add(entry);
        }
        json.add("departures", list);
        Files.writeString(directory.resolve("summary.json"), new GsonBuilder().setPrettyPrinting().create().toJson(json),
                StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
