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
package org.openhab.core.config.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Configuration properties of a thing, channel or module. Values are normalised as openHAB stores them: every
 * number becomes a {@link BigDecimal}; strings, booleans and lists of those stay as they are. Thread-safe.
 */
public class Configuration {

    private final Map<String, @Nullable Object> properties;

    public Configuration() {
        this((Map<String, @Nullable Object>) null);
    }

    public Configuration(@Nullable Configuration configuration) {
        this(configuration == null ? null : configuration.getProperties());
    }

    public Configuration(@Nullable Map<String, @Nullable Object> properties) {
        this.properties = new HashMap<>();
        if (properties != null) {
            properties.forEach((key, value) -> this.properties.put(key, normalize(value)));
        }
    }

    /** Maps the properties onto a new instance of {@code configurationClass}, see {@link ConfigParser}. */
    public <T> T as(Class<T> configurationClass) {
        T configuration = ConfigParser.configurationAs(getProperties(), configurationClass);
        if (configuration == null) {
            throw new IllegalArgumentException("Cannot create configuration " + configurationClass.getName()
                    + ": it needs a no-argument constructor");
        }
        return configuration;
    }

    public boolean containsKey(String key) {
        synchronized (properties) {
            return properties.containsKey(key);
        }
    }

    public @Nullable Object get(String key) {
        synchronized (properties) {
            return properties.get(key);
        }
    }

    public @Nullable Object put(String key, @Nullable Object value) {
        synchronized (properties) {
            return properties.put(key, normalize(value));
        }
    }

    public @Nullable Object remove(String key) {
        synchronized (properties) {
            return properties.remove(key);
        }
    }

    public Set<String> keySet() {
        synchronized (properties) {
            return Set.copyOf(properties.keySet());
        }
    }

    public Collection<@Nullable Object> values() {
        synchronized (properties) {
            return new ArrayList<>(properties.values());
        }
    }

    /** A copy of the properties. */
    public Map<String, @Nullable Object> getProperties() {
        synchronized (properties) {
            return new HashMap<>(properties);
        }
    }

    public void setProperties(Map<String, @Nullable Object> properties) {
        synchronized (this.properties) {
            this.properties.clear();
            properties.forEach((key, value) -> this.properties.put(key, normalize(value)));
        }
    }

    private static @Nullable Object normalize(@Nullable Object value) {
        if (value instanceof BigDecimal || value == null) {
            return value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof Collection<?> collection) {
            List<@Nullable Object> normalized = new ArrayList<>();
            for (Object element : collection) {
                normalized.add(normalize(element));
            }
            return normalized;
        }
        return value;
    }

    @Override
    public int hashCode() {
        synchronized (properties) {
            return properties.hashCode();
        }
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Configuration other && getProperties().equals(other.getProperties());
    }

    @Override
    public String toString() {
        return "Configuration[" + getProperties() + "]";
    }
}
