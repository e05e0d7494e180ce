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
package org.openhab.core.items.events;

import java.time.ZonedDateTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.AbstractEventFactory;
import org.openhab.core.events.Event;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.Type;
import org.openhab.core.types.UnDefType;

/**
 * Creates item command and state events. Topics are {@code openhab/items/<item>/command} and
 * {@code openhab/items/<item>/state}; the payload is {@code {"type":"<Decimal|Quantity|OnOff|...>","value":"..."}}.
 */
public class ItemEventFactory extends AbstractEventFactory {

    private static final String TOPIC_PREFIX = "openhab/items/";
    private static final String COMMAND_SUFFIX = "/command";
    private static final String STATE_SUFFIX = "/state";
    private static final Pattern PAYLOAD = Pattern
            .compile("\\{\\s*\"type\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"value\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*}");

    public ItemEventFactory() {
        super(Set.of(ItemCommandEvent.TYPE, ItemStateEvent.TYPE));
    }

    @Override
    protected Event createEventByType(String eventType, String topic, String payload, @Nullable String source)
            throws Exception {
        String itemName = itemNameOf(topic);
        Matcher matcher = PAYLOAD.matcher(payload);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an item event payload: " + payload);
        }
        Type value = parse(unescape(matcher.group(1)), unescape(matcher.group(2)));
        if (ItemCommandEvent.TYPE.equals(eventType) && value instanceof Command command) {
            return createCommandEvent(itemName, command, source);
        }
        if (ItemStateEvent.TYPE.equals(eventType) && value instanceof State state) {
            return createStateEvent(itemName, state, source);
        }
        throw new IllegalArgumentException(value + " cannot be the value of a " + eventType);
    }

    private String itemNameOf(String topic) {
        String[] elements = getTopicElements(topic);
        if (elements.length != 4 || !"openhab".equals(elements[0]) || !"items".equals(elements[1])) {
            throw new IllegalArgumentException("Not an item event topic: " + topic);
        }
        return elements[2];
    }

    private static Type parse(String type, String value) {
        return switch (type) {
            case "Decimal" -> DecimalType.valueOf(value);
            case "Quantity" -> QuantityType.valueOf(value);
            case "Percent" -> PercentType.valueOf(value);
            case "OnOff" -> OnOffType.valueOf(value);
            case "String" -> StringType.valueOf(value);
            case "DateTime" -> DateTimeType.valueOf(value);
            case "UnDef" -> UnDefType.valueOf(value);
            case "Refresh" -> RefreshType.valueOf(value);
            default -> throw new IllegalArgumentException("Unknown value type '" + type + "'");
        };
    }

    public static ItemCommandEvent createCommandEvent(String itemName, Command command, @Nullable String source) {
        checkNotNullOrEmpty(itemName, "itemName");
        return new ItemCommandEvent(TOPIC_PREFIX + itemName + COMMAND_SUFFIX, payloadOf(command), itemName, command,
                source);
    }

    public static ItemCommandEvent createCommandEvent(String itemName, Command command) {
        return createCommandEvent(itemName, command, null);
    }

    public static ItemStateEvent createStateEvent(String itemName, State state, @Nullable String source) {
        checkNotNullOrEmpty(itemName, "itemName");
        return new ItemStateEvent(TOPIC_PREFIX + itemName + STATE_SUFFIX, payloadOf(state), itemName, state, source);
    }

    public static ItemEvent createStateEvent(String itemName, State state) {
        return createStateEvent(itemName, state, null);
    }

    public static ItemStateUpdatedEvent createStateUpdatedEvent(String itemName, State state,
            @Nullable ZonedDateTime lastStateUpdate, @Nullable String source) {
        checkNotNullOrEmpty(itemName, "itemName");
        return new ItemStateUpdatedEvent(TOPIC_PREFIX + itemName + "/stateupdated", payloadOf(state), itemName, state,
                lastStateUpdate, source);
    }

    public static ItemStateUpdatedEvent createStateUpdatedEvent(String itemName, State state,
            @Nullable ZonedDateTime lastStateUpdate) {
        return createStateUpdatedEvent(itemName, state, lastStateUpdate, null);
    }

    public static ItemStateChangedEvent createStateChangedEvent(String itemName, State newState, State oldState,
            @Nullable ZonedDateTime lastStateUpdate, @Nullable ZonedDateTime lastStateChange,
            @Nullable String source) {
        checkNotNullOrEmpty(itemName, "itemName");
        return new ItemStateChangedEvent(TOPIC_PREFIX + itemName + "/statechanged", payloadOf(newState), itemName,
                newState, oldState, lastStateUpdate, lastStateChange, source);
    }

    public static ItemStateChangedEvent createStateChangedEvent(String itemName, State newState, State oldState,
            @Nullable ZonedDateTime lastStateUpdate, @Nullable ZonedDateTime lastStateChange) {
        return createStateChangedEvent(itemName, newState, oldState, lastStateUpdate, lastStateChange, null);
    }

    /** A time series for the item (e.g. a forecast), which openHAB hands to the item and to persistence. */
    public static ItemTimeSeriesEvent createTimeSeriesEvent(String itemName, TimeSeries timeSeries,
            @Nullable String source) {
        checkNotNullOrEmpty(itemName, "itemName");
        StringBuilder payload = new StringBuilder("{\"timeSeries\":[");
        timeSeries.getStates().forEach(entry -> {
            if (payload.charAt(payload.length() - 1) != '[') {
                payload.append(',');
            }
            String state = payloadOf(entry.state());
            payload.append("{\"timestamp\":\"").append(entry.timestamp()).append("\",")
                    .append(state, 1, state.length() - 1).append('}');
        });
        payload.append("],\"policy\":\"").append(timeSeries.getPolicy()).append("\"}");
        return new ItemTimeSeriesEvent(TOPIC_PREFIX + itemName + "/timeseries", payload.toString(), itemName,
                timeSeries, source);
    }

    /** The type is the value's class name without its "Type" suffix, as openHAB writes it. */
    private static String payloadOf(Type value) {
        String type = value.getClass().getSimpleName();
        if (value instanceof Enum<?> constant) {
            type = constant.getDeclaringClass().getSimpleName();
        }
        if (type.endsWith("Type")) {
            type = type.substring(0, type.length() - "Type".length());
        }
        return "{\"type\":\"" + escape(type) + "\",\"value\":\"" + escape(value.toFullString()) + "\"}";
    }

    private static String escape(String text) {
        StringBuilder result = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> result.append("\\\"");
                case '\\' -> result.append("\\\\");
                case '\n' -> result.append("\\n");
                case '\r' -> result.append("\\r");
                case '\t' -> result.append("\\t");
                default -> {
                    if (c < 0x20) {
                        result.append(String.format("\\u%04x", (int) c));
                    } else {
                        result.append(c);
                    }
                }
            }
        }
        return result.toString();
    }

    private static String unescape(String text) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                result.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> result.append('\n');
                case 'r' -> result.append('\r');
                case 't' -> result.append('\t');
                case 'u' -> {
                    result.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> result.append(next);
            }
        }
        return result.toString();
    }
}
