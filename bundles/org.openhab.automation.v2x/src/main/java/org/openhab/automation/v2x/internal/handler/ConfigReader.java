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
package org.openhab.automation.v2x.internal.handler;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;

/**
 * Typed access to a module configuration. Every problem is an {@link IllegalArgumentException} naming the
 * parameter, so the rule shows what to fix.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class ConfigReader {

    private final Configuration config;

    ConfigReader(Configuration config) {
        this.config = config;
    }

    /** A text value; blank counts as not set. */
    @Nullable
    String text(String name) {
        Object value = config.get(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    String requiredText(String name) {
        String text = text(name);
        if (text == null) {
            throw new IllegalArgumentException("Parameter '" + name + "' is required");
        }
        return text;
    }

    /** A number; blank counts as not set. */
    @Nullable
    Double number(String name) {
        Object value = config.get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            double number = value instanceof Number n ? n.doubleValue() : new BigDecimal(value.toString().trim()).doubleValue();
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Parameter '" + name + "' must be a number: '" + value + "'");
        }
    }

    double number(String name, double defaultValue) {
        Double number = number(name);
        return number == null ? defaultValue : number;
    }

    boolean bool(String name, boolean defaultValue) {
        Object value = config.get(name);
        if (value == null || value.toString().isBlank()) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("Parameter '" + name + "' must be true or false: '" + value + "'");
    }

    /** A list given either as a list (multiple-valued parameter) or as comma-separated text. */
    List<String> list(String name) {
        Object value = config.get(name);
        List<String> result = new ArrayList<>();
        if (value instanceof Iterable<?> values) {
            for (Object element : values) {
                if (element != null) {
                    addSplit(element.toString(), result);
                }
            }
        } else if (value != null) {
            addSplit(value.toString(), result);
        }
        return result;
    }

    private static void addSplit(String text, List<String> result) {
        for (String part : text.split(",")) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
    }
}
