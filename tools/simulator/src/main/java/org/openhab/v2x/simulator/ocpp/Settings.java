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
package org.openhab.v2x.simulator.ocpp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The charger's configuration: 1.6 configuration keys and 2.x device-model variables
 * ({@code Component/Variable}), each with a getter and, when writable, a validating setter.
 */
@NonNullByDefault
class Settings {

    /** What a write did. */
    enum WriteResult {
        ACCEPTED,
        REJECTED,
        READ_ONLY,
        UNKNOWN
    }

    private record Setting(Supplier<String> getter, @Nullable Predicate<String> setter, boolean writeOnly) {
    }

    private final Map<String, Setting> entries = new LinkedHashMap<>();

    /** A read-only setting. */
    Settings readOnly(String key, Supplier<String> getter) {
        entries.put(key, new Setting(getter, null, false));
        return this;
    }

    /** A writable setting; the setter returns false to reject a value. */
    Settings writable(String key, Supplier<String> getter, Predicate<String> setter) {
        entries.put(key, new Setting(getter, setter, false));
        return this;
    }

    /** A secret: writable, never read back. */
    Settings writeOnly(String key, Predicate<String> setter) {
        entries.put(key, new Setting(() -> "", setter, true));
        return this;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    boolean hasComponent(String component) {
        String prefix = component + "/";
        return entries.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    boolean isReadOnly(String key) {
        Setting setting = entries.get(key);
        return setting != null && setting.setter() == null;
    }

    /** The value, or null when unknown or write-only. */
    @Nullable
    String get(String key) {
        Setting setting = entries.get(key);
        return setting == null || setting.writeOnly() ? null : setting.getter().get();
    }

    boolean isWriteOnly(String key) {
        Setting setting = entries.get(key);
        return setting != null && setting.writeOnly();
    }

    WriteResult set(String key, String value) {
        Setting setting = entries.get(key);
        if (setting == null) {
            return WriteResult.UNKNOWN;
        }
        Predicate<String> setter = setting.setter();
        if (setter == null) {
            return WriteResult.READ_ONLY;
        }
        return setter.test(value) ? WriteResult.ACCEPTED : WriteResult.REJECTED;
    }

    Iterable<String> keys() {
        return entries.keySet();
    }

    /** Parses a positive whole number of seconds, or null. */
    static @Nullable Integer positiveSeconds(String value) {
        try {
            int seconds = Integer.parseInt(value.trim());
            return seconds > 0 ? seconds : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
