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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The built-in summer day of the sandbox, in 5-minute steps: the car charges overnight to its departure target,
 * leaves at 07:30 and comes back at 11:00 with 14 kWh used, PV peaks around 7 kW at midday, the home draws most in
 * the evening, and the grid fails from 19:30 to 20:30 while the dryer and the heat pump (sheddable) run.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class DefaultDay {

    public static final LocalDate DATE = LocalDate.of(2026, 6, 19);
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(2);
    public static final LocalTime DEPARTURE = LocalTime.of(7, 30);
    public static final LocalTime RETURN = LocalTime.of(11, 0);
    public static final double TRIP_KWH = 14;
    public static final LocalTime OUTAGE_START = LocalTime.of(19, 30);
    public static final LocalTime OUTAGE_END = LocalTime.of(20, 30);
    public static final Duration STEP = Duration.ofMinutes(5);

    private static final double PV_PEAK_W = 7000;
    private static final double BASE_LOAD_W = 300;

    private DefaultDay() {
    }

    public static Scenario scenario() {
        List<ScenarioStep> steps = new ArrayList<>();
        OffsetDateTime midnight = DATE.atStartOfDay().atOffset(OFFSET);
        for (int i = 0; i < Duration.ofDays(1).dividedBy(STEP); i++) {
            OffsetDateTime start = midnight.plus(STEP.multipliedBy(i));
            double hour = i * STEP.toMinutes() / 60.0;
            double critical = BASE_LOAD_W + criticalExtraW(hour);
            double load = critical + sheddableW(hour);
            boolean present = hour < hours(DEPARTURE) || hour >= hours(RETURN);
            double trip = Math.abs(hour - hours(RETURN)) < 1e-9 ? TRIP_KWH : 0;
            boolean grid = hour < hours(OUTAGE_START) || hour >= hours(OUTAGE_END);
            steps.add(new ScenarioStep(start.toInstant(), load, pvW(hour), grid, present, trip, critical,
                    ScenarioStep.DEFAULT_PRICE_IMPORT, ScenarioStep.DEFAULT_PRICE_EXPORT));
        }
        return new Scenario("default day", steps, OFFSET);
    }

    /** A clear summer day from about 05:45 to 21:15 with a passing cloud before 11:00. */
    private static double pvW(double hour) {
        double sunrise = 5.75;
        double sunset = 21.25;
        if (hour <= sunrise || hour >= sunset) {
            return 0;
        }
        double shape = Math.pow(Math.sin(Math.PI * (hour - sunrise) / (sunset - sunrise)), 1.6);
        double cloud = hour >= 10.25 && hour < 10.75 ? 0.45 : 1;
        return Math.round(PV_PEAK_W * shape * cloud);
    }

    /** Loads that must run in an outage too: kitchen, lights, electronics. */
    private static double criticalExtraW(double hour) {
        double extra = 0;
        if (hour >= 6 && hour < 8) {
            extra += 900; // breakfast, shower pump
        }
        if (hour >= 11.5 && hour < 13) {
            extra += 700; // lunch
        }
        if (hour >= 17.5 && hour < 23) {
            extra += 900; // lights, TV, dishwasher
        }
        if (hour >= 18.5 && hour < 19.75) {
            extra += 1400; // oven
        }
        if (hour >= 7 && hour < 7.25) {
            extra += 1200; // kettle
        }
        return extra;
    }

    /** Loads the outage backup may switch off: dryer and heat pump (hot water). */
    private static double sheddableW(double hour) {
        double extra = 0;
        if (hour >= 13.5 && hour < 15) {
            extra += 800; // heat pump
        }
        if (hour >= 19.5 && hour < 21.5) {
            extra += 900; // dryer
        }
        if (hour >= 20 && hour < 21) {
            extra += 700; // heat pump
        }
        return extra;
    }

    private static double hours(LocalTime time) {
        return time.toSecondOfDay() / 3600.0;
    }
}
