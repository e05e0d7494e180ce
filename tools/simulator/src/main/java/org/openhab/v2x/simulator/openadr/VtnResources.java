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

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import javax.servlet.http.HttpServletRequest;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.simulator.openadr.Oadr3.Event;
import org.openhab.v2x.simulator.openadr.Oadr3.Problem;
import org.openhab.v2x.simulator.openadr.Oadr3.Program;
import org.openhab.v2x.simulator.openadr.VtnHandler.Answer;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The VTN's objects and what each resource path does with them: programs and events from the script (read only),
 * reports and VENs as clients create them. Thread-safe: every access holds the instance's lock.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class VtnResources {

    /** The schema's maximum page size. */
    static final int MAX_LIMIT = 50;

    private final Gson gson = new Gson();
    private final Clock clock;
    private final VtnSimulator simulator;
    private final List<Program> programs;
    private final List<Event> events;
    private final List<JsonObject> reports = new ArrayList<>();
    private final List<JsonObject> vens = new ArrayList<>();
    private int nextReport = 1;
    private int nextVen = 1;

    VtnResources(VtnSimulator simulator, VtnScript script, Clock clock) {
        this.simulator = simulator;
        this.clock = clock;
        this.programs = new ArrayList<>(script.programs());
        this.events = new ArrayList<>(script.events());
    }

    synchronized Answer answer(String method, String path, HttpServletRequest request, String body) {
        String[] parts = path.substring(1).split("/", -1);
        String collection = parts[0];
        @Nullable
        String id = parts.length > 1 ? parts[1] : null;
        if (parts.length > 2 || (id != null && id.isEmpty())) {
            return notFound(path);
        }
        Page page;
        try {
            page = Page.of(request);
        } catch (IllegalArgumentException e) {
            return problem(400, "Bad Request", String.valueOf(e.getMessage()));
        }
        switch (collection) {
            case "programs":
                if (!"GET".equals(method)) {
                    return notAllowed(method, path);
                }
                if (simulator.fault() == VtnFault.MALFORMED_JSON) {
                    return malformed(gson.toJson(programs));
                }
                return id == null ? Answer.list(gson, page.apply(programs))
                        : programs.stream().filter(p -> p.id().equals(id)).findFirst()
                                .map(p -> Answer.json(200, gson, p)).orElseGet(() -> notFound(path));
            case "events":
                if (!"GET".equals(method)) {
                    return notAllowed(method, path);
                }
                List<Event> served = servedEvents();
                if (simulator.fault() == VtnFault.MALFORMED_JSON) {
                    return malformed(gson.toJson(served));
                }
                if (id != null) {
                    return served.stream().filter(e -> e.id().equals(id)).findFirst()
                            .map(e -> Answer.json(200, gson, e)).orElseGet(() -> notFound(path));
                }
                String programId = request.getParameter("programID");
                return Answer.list(gson,
                        page.apply(served.stream().filter(e -> programId == null || e.programID().equals(programId))
                                .toList()));
            case "reports":
                return reports(method, path, id, request, body, page);
            case "vens":
                return vens(method, path, id, request, body, page);
            default:
                return notFound(path);
        }
    }

    /** The script's events as the current fault changes them. */
    synchronized List<Event> servedEvents() {
        VtnScript script = simulator.script();
        List<Event> served = new ArrayList<>();
        for (Event event : events) {
            boolean overlap = simulator.fault() == VtnFault.OVERLAPPING_INTERVALS
                    && VtnScript.PRICE_EVENT_ID.equals(event.id());
            served.add(overlap ? script.overlappingPriceEvent() : event);
        }
        if (simulator.fault() == VtnFault.UNKNOWN_PAYLOAD_TYPE) {
            served.add(script.unknownPayloadEvent());
        }
        if (simulator.fault() == VtnFault.PAST_EVENT) {
            served.add(0, script.pastPriceEvent());
        }
        return served;
    }

    synchronized void putEvent(Event event) {
        events.removeIf(e -> e.id().equals(event.id()));
        events.add(event);
    }

    synchronized boolean removeEvent(String id) {
        return events.removeIf(e -> e.id().equals(id));
    }

    synchronized List<JsonObject> reports() {
        return reports.stream().map(JsonObject::deepCopy).toList();
    }

    synchronized List<JsonObject> vens() {
        return vens.stream().map(JsonObject::deepCopy).toList();
    }

    private Answer reports(String method, String path, @Nullable String id, HttpServletRequest request, String body,
            Page page) {
        if ("GET".equals(method)) {
            if (id != null) {
                return find(reports, id).map(r -> Answer.json(200, gson, r)).orElseGet(() -> notFound(path));
            }
            Predicate<JsonObject> filter = matches(request, "programID").and(matches(request, "eventID"))
                    .and(matches(request, "clientName"));
            return Answer.list(gson, page.apply(reports.stream().filter(filter).toList()));
        }
        if (!("POST".equals(method) && id == null) && !("PUT".equals(method) && id != null)) {
            return notAllowed(method, path);
        }
        JsonElement parsed = VtnHandler.parse(body);
        if (parsed == null || !parsed.isJsonObject()) {
            return problem(400, "Bad Request", "the body is not a JSON object");
        }
        JsonObject report = parsed.getAsJsonObject();
        String invalid = ReportCheck.problem(report, programs, events);
        if (invalid != null) {
            return problem(400, "Bad Request", invalid);
        }
        String now = clock.instant().toString();
        report.addProperty("objectType", Oadr3.REPORT);
        report.addProperty("modificationDateTime", now);
        if (id == null) {
            report.addProperty("id", "report-" + nextReport++);
            report.addProperty("createdDateTime", now);
            reports.add(report);
            return Answer.json(201, gson, report);
        }
        JsonObject old = find(reports, id).orElse(null);
        if (old == null) {
            return notFound(path);
        }
        report.addProperty("id", id);
        report.add("createdDateTime", old.get("createdDateTime"));
        reports.set(reports.indexOf(old), report);
        return Answer.json(200, gson, report);
    }

    private Answer vens(String method, String path, @Nullable String id, HttpServletRequest request, String body,
            Page page) {
        if ("GET".equals(method)) {
            if (id != null) {
                return find(vens, id).map(v -> Answer.json(200, gson, v)).orElseGet(() -> notFound(path));
            }
            return Answer.list(gson, page.apply(vens.stream().filter(matches(request, "venName")).toList()));
        }
        if (!"POST".equals(method) || id != null) {
            return notAllowed(method, path);
        }
        JsonElement parsed = VtnHandler.parse(body);
        if (parsed == null || !parsed.isJsonObject()) {
            return problem(400, "Bad Request", "the body is not a JSON object");
        }
        JsonObject ven = parsed.getAsJsonObject();
        String name = ReportCheck.string(ven, "venName");
        if (name == null) {
            return problem(400, "Bad Request", "venName must be a string of 1 to 128 characters");
        }
        if (vens.stream().anyMatch(v -> name.equals(ReportCheck.string(v, "venName")))) {
            return problem(409, "Conflict", "a VEN named " + name + " exists");
        }
        String now = clock.instant().toString();
        ven.addProperty("id", "ven-" + nextVen++);
        ven.addProperty("createdDateTime", now);
        ven.addProperty("modificationDateTime", now);
        ven.addProperty("objectType", Oadr3.VEN);
        vens.add(ven);
        return Answer.json(201, gson, ven);
    }

    private static Predicate<JsonObject> matches(HttpServletRequest request, String member) {
        String wanted = request.getParameter(member);
        return object -> wanted == null || wanted.equals(ReportCheck.string(object, member));
    }

    private static Optional<JsonObject> find(List<JsonObject> objects, String id) {
        return objects.stream().filter(o -> id.equals(ReportCheck.string(o, "id"))).findFirst();
    }

    /** A 200 answer whose JSON breaks off in the middle (an upstream proxy cutting the body). */
    private static Answer malformed(String json) {
        return new Answer(200, json.substring(0, Math.max(1, json.length() / 2)));
    }

    private Answer notFound(String path) {
        return problem(404, "Not Found", "no resource at " + path);
    }

    private Answer notAllowed(String method, String path) {
        return problem(405, "Method Not Allowed", method + " is not supported on " + path);
    }

    private Answer problem(int status, String title, String detail) {
        return Answer.json(status, gson, new Problem("about:blank", title, status, detail));
    }

    /** The {@code skip} and {@code limit} query parameters. */
    private record Page(int skip, int limit) {

        static Page of(HttpServletRequest request) {
            int skip = number(request, "skip", 0, Integer.MAX_VALUE, 0);
            int limit = number(request, "limit", 0, MAX_LIMIT, Integer.MAX_VALUE);
            return new Page(skip, limit);
        }

        <T> List<T> apply(List<T> all) {
            return all.stream().skip(skip).limit(limit).toList();
        }

        private static int number(HttpServletRequest request, String name, int min, int max, int absent) {
            String value = request.getParameter(name);
            if (value == null) {
                return absent;
            }
            try {
                int number = Integer.parseInt(value.trim());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be an integer from " + min + " to " + max);
        }
    }
}
