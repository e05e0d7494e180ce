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
package org.openhab.v2x.bench.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Plug-in sessions of one or more users of the Trondheim data set, merged into one car's timeline: sessions that
 * overlap or are less than {@link #MERGE_GAP} apart count as one. The energy charged in a session is the energy the
 * trip before it used.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class EvSessions {

    public static final String FILE = "ev-charging-sessions-trondheim.csv";
    public static final String DEFAULT_USER = "AsO2-1";
    static final Duration MERGE_GAP = Duration.ofMinutes(30);
    /** The data set's local time. */
    static final ZoneId SOURCE_ZONE = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** One merged session in epoch seconds, with the energy charged (kWh). */
    public record Session(long plugInS, long plugOutS, double kwh) {
    }

    private EvSessions() {
    }

    /** Sessions of the given users, merged and in time order; an unknown user is an error. */
    public static List<Session> read(Path dataDir, Set<String> users) throws IOException {
        Path file = dataDir.resolve(FILE);
        List<Session> raw = new ArrayList<>();
        java.util.Set<String> found = new java.util.HashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IOException(file + ": empty");
            }
            List<String> names = List.of(header.split(";"));
            int user = names.indexOf("User_ID");
            int start = names.indexOf("Start_plugin");
            int end = names.indexOf("End_plugout");
            int energy = names.indexOf("El_kWh");
            if (user < 0 || start < 0 || end < 0 || energy < 0) {
                throw new IOException(file + ": expected columns User_ID, Start_plugin, End_plugout, El_kWh");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(";", -1);
                if (cells.length <= Math.max(Math.max(user, start), Math.max(end, energy))
                        || !users.contains(cells[user].trim())) {
                    continue;
                }
                found.add(cells[user].trim());
                try {
                    long in = LocalDateTime.parse(cells[start].trim(), FORMAT).atZone(SOURCE_ZONE).toEpochSecond();
                    long out = LocalDateTime.parse(cells[end].trim(), FORMAT).atZone(SOURCE_ZONE).toEpochSecond();
                    double kwh = Double.parseDouble(cells[energy].trim().replace(',', '.'));
                    if (out > in && kwh >= 0) {
                        raw.add(new Session(in, out, kwh));
                    }
                } catch (RuntimeException e) {
                    // sessions with NA fields (no plug-out or energy) cannot place the car; skip them
                }
            }
        }
        for (String u : users) {
            if (!found.contains(u)) {
                throw new IllegalArgumentException("EV user '" + u + "' not found in " + file);
            }
        }
        raw.sort(Comparator.comparingLong(Session::plugInS));
        List<Session> merged = new ArrayList<>();
        for (Session s : raw) {
            if (!merged.isEmpty()) {
                Session last = merged.get(merged.size() - 1);
                if (s.plugInS() <= last.plugOutS() + MERGE_GAP.getSeconds()) {
                    merged.set(merged.size() - 1, new Session(last.plugInS(), Math.max(last.plugOutS(), s.plugOutS()),
                            last.kwh() + s.kwh()));
                    continue;
                }
            }
            merged.add(s);
        }
        if (merged.isEmpty()) {
            throw new IllegalArgumentException("no usable sessions for " + users);
        }
        return merged;
    }
}
