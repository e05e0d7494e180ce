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
package org.openhab.v2x.simulator.openadr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.simulator.openadr.Oadr3.Event;
import org.openhab.v2x.simulator.openadr.Oadr3.EventPayloadDescriptor;
import org.openhab.v2x.simulator.openadr.Oadr3.Interval;
import org.openhab.v2x.simulator.openadr.Oadr3.IntervalPeriod;
import org.openhab.v2x.simulator.openadr.Oadr3.Program;
import org.openhab.v2x.simulator.openadr.Oadr3.ReportDescriptor;
import org.openhab.v2x.simulator.openadr.Oadr3.ValuesMap;

/**
 * The scripted day the simulated VTN serves, relative to {@link #dayStart()} (normally a local midnight):
 * <ul>
 * <li>program {@value #TARIFF_PROGRAM_ID} ({@code PRICING_TARIFF}) with event {@value #PRICE_EVENT_ID}: 24 hourly
 * intervals (event {@code intervalPeriod} only, the intervals follow one another), each with a {@code PRICE} and an
 * {@code EXPORT_PRICE} payload in EUR per kWh ({@link #importPrice(int)}, {@link #exportPrice(int)}); the evening
 * peak is 17:00-21:00;</li>
 * <li>program {@value #FLEX_PROGRAM_ID} ({@code DEMAND_RESPONSE}) with events
 * <ul>
 * <li>{@value #EXPORT_LIMIT_EVENT_ID}: {@code EXPORT_CAPACITY_LIMIT} {@value #EXPORT_LIMIT_KW} KW, 11:00-15:00
 * (midday solar congestion);</li>
 * <li>{@value #PEAK_EVENT_ID}: {@code SIMPLE} level {@value #PEAK_LEVEL}, 17:00-21:00, with two report descriptors:
 * the charger's power ({@code READING}, {@code DIRECT_READ}, KW, negative when discharging) and the car's state
 * of charge ({@code STORAGE_CHARGE_LEVEL}, {@code DIRECT_READ}, PERCENT), one report over all intervals at the end of the event;</li>
 * <li>{@value #ALERT_EVENT_ID}: {@code ALERT_GRID_EMERGENCY} with a human-readable text, 19:00-20:30, priority
 * 0.</li>
 * </ul>
 * </li>
 * </ul>
 * The fault variants ({@link #unknownPayloadEvent()}, {@link #pastPriceEvent()},
 * {@link #overlappingPriceEvent()}) are served instead of or besides these when the matching {@link VtnFault} is
 * on.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class VtnScript {

    public static final String TARIFF_PROGRAM_ID = "program-tariff";
    public static final String TARIFF_PROGRAM_NAME = "V2X-TARIFF";
    public static final String FLEX_PROGRAM_ID = "program-flex";
    public static final String FLEX_PROGRAM_NAME = "V2X-FLEX";
    public static final String PRICE_EVENT_ID = "event-prices";
    public static final String EXPORT_LIMIT_EVENT_ID = "event-export-limit";
    public static final String PEAK_EVENT_ID = "event-evening-peak";
    public static final String ALERT_EVENT_ID = "event-grid-emergency";
    public static final String UNKNOWN_PAYLOAD_EVENT_ID = "event-unknown-payload";
    public static final String PAST_EVENT_ID = "event-past-prices";
    /** A private payload type no VEN knows; the VEN should skip it. */
    public static final String UNKNOWN_PAYLOAD_TYPE = "X_V2X_MYSTERY_SIGNAL";
    public static final String CURRENCY = "EUR";
    public static final String ENERGY_UNITS = "KWH";
    public static final String POWER_UNITS = "KW";
    public static final String ALERT_TEXT = "Grid emergency: please reduce consumption";

    public static final int PEAK_START_HOUR = 17;
    public static final int PEAK_END_HOUR = 21;
    public static final int PEAK_LEVEL = 2;
    public static final int EXPORT_LIMIT_START_HOUR = 11;
    public static final int EXPORT_LIMIT_END_HOUR = 15;
    public static final double EXPORT_LIMIT_KW = 2.0;
    public static final Duration ALERT_START = Duration.ofHours(19);
    public static final Duration ALERT_END = Duration.ofMinutes(20 * 60 + 30);
    /** The report descriptors of the peak event: the charger's power and the car's SoC. */
    public static final ReportDescriptor CHARGER_POWER_REPORT = ReportDescriptor.atEnd("READING", "DIRECT_READ",
            POWER_UNITS);
    public static final ReportDescriptor CAR_SOC_REPORT = ReportDescriptor.atEnd("STORAGE_CHARGE_LEVEL", "DIRECT_READ",
            "PERCENT");

    private static final Duration HOUR = Duration.ofHours(1);

    private final Instant dayStart;
    private final String created;

    private VtnScript(Instant dayStart) {
        this.dayStart = dayStart;
        // objects exist from the day before, so a VEN started at the day's start sees them as old news
        this.created = dayStart.minus(Duration.ofDays(1)).toString();
    }

    /** The scripted day starting at {@code dayStart}. */
    public static VtnScript day(Instant dayStart) {
        return new VtnScript(dayStart);
    }

    public Instant dayStart() {
        return dayStart;
    }

    /** The instant {@code offset} after the day's start. */
    public Instant at(Duration offset) {
        return dayStart.plus(offset);
    }

    /** Import price in EUR/kWh of the hour {@code hour} (0-23) after the day's start. */
    public static double importPrice(int hour) {
        if (hour >= PEAK_START_HOUR && hour < PEAK_END_HOUR) {
            return 0.55;
        } else if (hour < 6) {
            return 0.22;
        } else if (hour >= 10 && hour < 16) {
            return 0.20;
        }
        return 0.30;
    }

    /** Export (feed-in) price in EUR/kWh of the hour {@code hour} (0-23) after the day's start. */
    public static double exportPrice(int hour) {
        if (hour >= PEAK_START_HOUR && hour < PEAK_END_HOUR) {
            return 0.35;
        } else if (hour >= 10 && hour < 16) {
            return 0.05;
        }
        return 0.08;
    }

    public List<Program> programs() {
        return List.of(
                new Program(TARIFF_PROGRAM_ID, created, created, Oadr3.PROGRAM, TARIFF_PROGRAM_NAME,
                        "V2X simulated time-of-use tariff", "SIM", "PRICING_TARIFF", "DE",
                        IntervalPeriod.of(dayStart, Duration.ofDays(1)), priceDescriptors(), null),
                new Program(FLEX_PROGRAM_ID, created, created, Oadr3.PROGRAM, FLEX_PROGRAM_NAME,
                        "V2X simulated grid flexibility program", "SIM", "DEMAND_RESPONSE", "DE",
                        IntervalPeriod.of(dayStart, Duration.ofDays(1)),
                        List.of(EventPayloadDescriptor.of("EXPORT_CAPACITY_LIMIT", POWER_UNITS, null),
                                EventPayloadDescriptor.of("SIMPLE", null, null),
                                EventPayloadDescriptor.of("ALERT_GRID_EMERGENCY", null, null)),
                        null));
    }

    /** The day's events in a normal service: prices, export limit, evening peak, grid-emergency alert. */
    public List<Event> events() {
        return List.of(priceEvent(), exportLimitEvent(), peakEvent(), alertEvent());
    }

    public Event priceEvent() {
        List<Interval> intervals = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            intervals.add(new Interval(hour, null, pricePayloads(hour)));
        }
        return new Event(PRICE_EVENT_ID, created, created, Oadr3.EVENT, TARIFF_PROGRAM_ID, "day-ahead prices", 1, null,
                null, priceDescriptors(), IntervalPeriod.of(dayStart, HOUR), intervals);
    }

    public Event exportLimitEvent() {
        return singleInterval(EXPORT_LIMIT_EVENT_ID, "midday export limit", 1, null,
                List.of(EventPayloadDescriptor.of("EXPORT_CAPACITY_LIMIT", POWER_UNITS, null)),
                Duration.ofHours(EXPORT_LIMIT_START_HOUR), Duration.ofHours(EXPORT_LIMIT_END_HOUR),
                ValuesMap.of("EXPORT_CAPACITY_LIMIT", EXPORT_LIMIT_KW));
    }

    public Event peakEvent() {
        return singleInterval(PEAK_EVENT_ID, "evening peak", 1, List.of(CHARGER_POWER_REPORT, CAR_SOC_REPORT),
                List.of(EventPayloadDescriptor.of("SIMPLE", null, null)), Duration.ofHours(PEAK_START_HOUR),
                Duration.ofHours(PEAK_END_HOUR), ValuesMap.of("SIMPLE", PEAK_LEVEL));
    }

    public Event alertEvent() {
        return singleInterval(ALERT_EVENT_ID, "grid emergency", 0, null,
                List.of(EventPayloadDescriptor.of("ALERT_GRID_EMERGENCY", null, null)), ALERT_START, ALERT_END,
                ValuesMap.of("ALERT_GRID_EMERGENCY", ALERT_TEXT));
    }

    /** {@link VtnFault#UNKNOWN_PAYLOAD_TYPE}: an event of the flex program with only an unknown payload type. */
    public Event unknownPayloadEvent() {
        return singleInterval(UNKNOWN_PAYLOAD_EVENT_ID, "unknown signal", 1, null,
                List.of(EventPayloadDescriptor.of(UNKNOWN_PAYLOAD_TYPE, null, null)), Duration.ofHours(8),
                Duration.ofHours(9), ValuesMap.of(UNKNOWN_PAYLOAD_TYPE, "?"));
    }

    /** {@link VtnFault#PAST_EVENT}: yesterday's prices, over since the day's start (a double import price). */
    public Event pastPriceEvent() {
        List<Interval> intervals = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            intervals.add(new Interval(hour, null, List.of(ValuesMap.of("PRICE", 2 * importPrice(hour)),
                    ValuesMap.of("EXPORT_PRICE", exportPrice(hour)))));
        }
        return new Event(PAST_EVENT_ID, created, created, Oadr3.EVENT, TARIFF_PROGRAM_ID, "yesterday's prices", 1,
                null, null, priceDescriptors(), IntervalPeriod.of(dayStart.minus(Duration.ofDays(1)), HOUR),
                intervals);
    }

    /**
     * {@link VtnFault#OVERLAPPING_INTERVALS}: the price event with an own period on every interval, the first peak
     * hour starting 30 minutes early so that it overlaps the hour before.
     */
    public Event overlappingPriceEvent() {
        List<Interval> intervals = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            Instant start = dayStart.plus(Duration.ofHours(hour));
            Duration duration = HOUR;
            if (hour == PEAK_START_HOUR) {
                start = start.minus(Duration.ofMinutes(30));
                duration = Duration.ofMinutes(90);
            }
            intervals.add(new Interval(hour, IntervalPeriod.of(start, duration), pricePayloads(hour)));
        }
        return new Event(PRICE_EVENT_ID, created, created, Oadr3.EVENT, TARIFF_PROGRAM_ID, "day-ahead prices", 1, null,
                null, priceDescriptors(), IntervalPeriod.of(dayStart, HOUR), intervals);
    }

    private static List<ValuesMap> pricePayloads(int hour) {
        return List.of(ValuesMap.of("PRICE", importPrice(hour)), ValuesMap.of("EXPORT_PRICE", exportPrice(hour)));
    }

    private static List<EventPayloadDescriptor> priceDescriptors() {
        return List.of(EventPayloadDescriptor.of("PRICE", ENERGY_UNITS, CURRENCY),
                EventPayloadDescriptor.of("EXPORT_PRICE", ENERGY_UNITS, CURRENCY));
    }

    private Event singleInterval(String id, String name, int priority, @Nullable List<ReportDescriptor> reports,
            List<EventPayloadDescriptor> descriptors, Duration from, Duration to, ValuesMap payload) {
        return new Event(id, created, created, Oadr3.EVENT, FLEX_PROGRAM_ID, name, priority, null, reports,
                descriptors, IntervalPeriod.of(dayStart.plus(from), to.minus(from)),
                List.of(new Interval(0, null, List.of(payload))));
    }
}
