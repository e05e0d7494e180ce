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
package org.openhab.v2x.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The summary as a text table: one row per metric, one column per strategy.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class SummaryTable {

    private SummaryTable() {
    }

    public static String format(Map<String, Map<String, Object>> strategies) {
        List<String> names = new ArrayList<>(strategies.keySet());
        List<String> metrics = new ArrayList<>();
        for (Map<String, Object> values : strategies.values()) {
            for (String key : values.keySet()) {
                if (!metrics.contains(key)) {
                    metrics.add(key);
                }
            }
        }
        int first = metrics.stream().mapToInt(String::length).max().orElse(6);
        int width = Math.max(12, names.stream().mapToInt(String::length).max().orElse(8) + 2);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + first + "s", "metric"));
        for (String name : names) {
            sb.append(String.format(Locale.ROOT, "%" + width + "s", name));
        }
        sb.append('\n');
        for (String metric : metrics) {
            sb.append(String.format(Locale.ROOT, "%-" + first + "s", metric));
            for (String name : names) {
                sb.append(String.format(Locale.ROOT, "%" + width + "s", cell(strategies.get(name).get(metric))));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Number n) {
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                return "-";
            }
            return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.0f", v)
                    : String.format(Locale.ROOT, "%.3f", v);
        }
        return value.toString();
    }
}
