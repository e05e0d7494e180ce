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
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * The OpenADR 3.0.1 objects the simulated VTN serves, as plain records named after the schemas of the OpenAPI
 * definition ({@code components/schemas}). Gson writes them field by field and leaves out null (optional)
 * fields; dates are ISO 8601 strings and durations ISO 8601 periods, as on the wire.
 *
 * @author openHAB V2X - Initial contribution
 */
public final class Oadr3 {

    /** {@code objectType} discriminators. */
    public static final String PROGRAM = "PROGRAM";
    public static final String EVENT = "EVENT";
    public static final String REPORT = "REPORT";
    public static final String VEN = "VEN";
    public static final String EVENT_PAYLOAD_DESCRIPTOR = "EVENT_PAYLOAD_DESCRIPTOR";

    private Oadr3() {
    }

    /** {@code intervalPeriod}: a start and a duration ({@code PT0S} means instantaneous or open ended). */
    public record IntervalPeriod(String start, @Nullable String duration, @Nullable String randomizeStart) {

        public static IntervalPeriod of(Instant start, Duration duration) {
            return new IntervalPeriod(start.toString(), duration.toString(), null);
        }
    }

    /** {@code valuesMap}: a payload or target type with its values (numbers, strings, booleans or points). */
    public record ValuesMap(String type, List<Object> values) {

        public static ValuesMap of(String type, Object value) {
            return new ValuesMap(type, List.of(value));
        }
    }

    /** {@code eventPayloadDescriptor}: the units and currency of one payload type of a program or event. */
    public record EventPayloadDescriptor(String objectType, String payloadType, @Nullable String units,
            @Nullable String currency) {

        public static EventPayloadDescriptor of(String payloadType, @Nullable String units, @Nullable String currency) {
            return new EventPayloadDescriptor(EVENT_PAYLOAD_DESCRIPTOR, payloadType, units, currency);
        }
    }

    /**
     * {@code reportDescriptor}: a report the VTN asks for. {@code startInterval} -1 and {@code numIntervals} -1
     * ask for every interval at the end of the last one; {@code repeat} 1 asks for one report.
     */
    public record ReportDescriptor(String payloadType, @Nullable String readingType, @Nullable String units,
            @Nullable List<ValuesMap> targets, boolean aggregate, int startInterval, int numIntervals,
            boolean historical, int frequency, int repeat) {

        /** One report over all intervals of the event, sent at its end (the defaults of the schema). */
        public static ReportDescriptor atEnd(String payloadType, @Nullable String readingType, String units) {
            return new ReportDescriptor(payloadType, readingType, units, null, false, -1, -1, true, -1, 1);
        }
    }

    /** {@code interval}: an id (not a sequence number), an optional own period and the payloads. */
    public record Interval(int id, @Nullable IntervalPeriod intervalPeriod, List<ValuesMap> payloads) {
    }

    /** {@code program}. */
    public record Program(String id, String createdDateTime, String modificationDateTime, String objectType,
            String programName, @Nullable String programLongName, @Nullable String retailerName,
            @Nullable String programType, @Nullable String country, @Nullable IntervalPeriod intervalPeriod,
            @Nullable List<EventPayloadDescriptor> payloadDescriptors, @Nullable List<ValuesMap> targets) {
    }

    /**
     * {@code event}. Intervals without their own {@code intervalPeriod} follow one another from the event's
     * {@code intervalPeriod.start}, each lasting its {@code duration}.
     */
    public record Event(String id, String createdDateTime, String modificationDateTime, String objectType,
            String programID, @Nullable String eventName, @Nullable Integer priority,
            @Nullable List<ValuesMap> targets, @Nullable List<ReportDescriptor> reportDescriptors,
            @Nullable List<EventPayloadDescriptor> payloadDescriptors, @Nullable IntervalPeriod intervalPeriod,
            List<Interval> intervals) {
    }

    /** {@code problem}: the error body of every non-2xx answer except the token endpoint's 400/401. */
    public record Problem(String type, String title, int status, String detail) {
    }

    /** {@code clientCredentialResponse} of {@code POST /auth/token}. */
    public record TokenResponse(@SerializedName("access_token") String accessToken,
            @SerializedName("token_type") String tokenType, @SerializedName("expires_in") long expiresIn) {
    }

    /** {@code authError} (RFC 6749) of {@code POST /auth/token}. */
    public record AuthError(String error, @SerializedName("error_description") String errorDescription) {
    }
}
