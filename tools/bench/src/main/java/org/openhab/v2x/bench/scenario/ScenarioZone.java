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

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The time zone a scenario was written in, from the UTC offsets of its timestamps: one fixed offset as such (e.g.
 * {@code Z} or {@code +09:00}); offsets that change (daylight saving time) as the first region, in alphabetical
 * order and preferring those of Europe, America, Asia and Australia, whose rules give every timestamp its offset -
 * any such region has the same local times over the scenario.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ScenarioZone {

    private ScenarioZone() {
    }

    /** @throws IllegalArgumentException when no region has the scenario's offsets */
    public static ZoneId of(Scenario s) {
        List<Integer> checks = new ArrayList<>();
        checks.add(0);
        for (int i = 1; i < s.size(); i++) {
            if (!s.offset(i).equals(s.offset(i - 1))) {
                checks.add(i - 1);
                checks.add(i);
            }
        }
        if (checks.size() == 1) {
            return s.offset(0);
        }
        checks.add(s.size() - 1);
        ZoneId fallback = null;
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            ZoneId zone = ZoneId.of(id);
            if (matches(zone, s, checks)) {
                if (id.startsWith("Europe/") || id.startsWith("America/") || id.startsWith("Asia/")
                        || id.startsWith("Australia/")) {
                    return zone;
                }
                if (fallback == null) {
                    fallback = zone;
                }
            }
        }
        if (fallback != null) {
            return fallback;
        }
        throw new IllegalArgumentException("no time zone has the UTC offsets of the scenario's timestamps");
    }

    private static boolean matches(ZoneId zone, Scenario s, List<Integer> checks) {
        ZoneRules rules = zone.getRules();
        for (int i : checks) {
            if (!offsetAt(rules, s, i).equals(s.offset(i))) {
                return false;
            }
        }
        // the region must not change its offset where the scenario does not
        Instant end = Instant.ofEpochSecond(s.startS(s.size() - 1));
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(s.startS(0)));
        while (next != null && !next.getInstant().isAfter(end)) {
            int i = (int) ((next.getInstant().getEpochSecond() - s.startS(0)) / s.stepSeconds());
            for (int j = i; j <= Math.min(s.size() - 1, i + 1); j++) {
                if (!offsetAt(rules, s, j).equals(s.offset(j))) {
                    return false;
                }
            }
            next = rules.nextTransition(next.getInstant());
        }
        return true;
    }

    private static ZoneOffset offsetAt(ZoneRules rules, Scenario s, int i) {
        return rules.getOffset(Instant.ofEpochSecond(s.startS(i)));
    }
}
