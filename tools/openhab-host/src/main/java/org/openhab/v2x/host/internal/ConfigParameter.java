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
package org.openhab.v2x.host.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One parameter of an openHAB config description, as an add-on declares it in XML ({@code <parameter>}) or in a
 * module type's JSON ({@code configDescriptions}); it normalizes a value's type and validates it as openHAB's
 * {@code ConfigUtil} and {@code ConfigDescriptionValidatorImpl} do.
 *
 * @param type {@code TEXT}, {@code INTEGER}, {@code DECIMAL} or {@code BOOLEAN}
 * @param options the option values; with {@code limitToOptions} a value must be one of them
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record ConfigParameter(String name, String type, boolean required, @Nullable BigDecimal min,
        @Nullable BigDecimal max, @Nullable String pattern, List<String> options, boolean limitToOptions,
        boolean multiple, @Nullable String defaultValue) {

    public ConfigParameter {
        type = type.toUpperCase(Locale.ROOT);
        options = List.copyOf(options);
    }

    /** The default as the type openHAB puts into configurations, or null without a (parsable) default. */
    public @Nullable Object typedDefault() {
        String value = defaultValue;
        if (value == null) {
            return null;
        }
        if (multiple) {
            List<Object> values = new ArrayList<>();
            for (String part : value.split("(?<!\\\\),")) {
                String trimmed = part.trim().replace("\\,", ",");
                Object typed = trimmed.isEmpty() ? null : typedDefault(trimmed);
                if (typed != null) {
                    values.add(typed);
                }
            }
            return values;
        }
        return typedDefault(value);
    }

    private @Nullable Object typedDefault(String value) {
        try {
            return switch (type) {
                case "TEXT" -> value;
                case "BOOLEAN" -> Boolean.parseBoolean(value);
                case "INTEGER" -> new BigDecimal(value).setScale(0, RoundingMode.DOWN);
                case "DECIMAL" -> new BigDecimal(value);
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Converts a value to the type openHAB uses for this parameter, best effort; other values stay as they are. */
    public @Nullable Object normalize(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (multiple && value instanceof Iterable<?> values) {
            List<Object> result = new ArrayList<>();
            for (Object element : values) {
                Object normalized = normalizeOne(element);
                if (normalized != null) {
                    result.add(normalized);
                }
            }
            return result;
        }
        return normalizeOne(value);
    }

    private @Nullable Object normalizeOne(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        switch (type) {
            case "TEXT":
                return value instanceof String ? value : value.toString();
            case "BOOLEAN":
                if (value instanceof Boolean) {
                    return value;
                }
                String text = value.toString().trim().toLowerCase(Locale.ROOT);
                return switch (text) {
                    case "true", "yes", "on", "1" -> Boolean.TRUE;
                    case "false", "no", "off", "0" -> Boolean.FALSE;
                    default -> value;
                };
            case "INTEGER":
            case "DECIMAL":
                BigDecimal number = toBigDecimal(value);
                if (number == null) {
                    return value;
                }
                if ("INTEGER".equals(type)) {
                    try {
                        return number.setScale(0, RoundingMode.UNNECESSARY);
                    } catch (ArithmeticException e) {
                        return number;
                    }
                }
                return number;
            default:
                return value;
        }
    }

    private static @Nullable BigDecimal toBigDecimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            if (value instanceof Number || value instanceof String) {
                return new BigDecimal(value.toString().trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Why a (normalized) value is not valid for this parameter, or null if it is. */
    public @Nullable String violation(@Nullable Object value) {
        if (value == null) {
            return required ? "The parameter is required." : null;
        }
        if (multiple && value instanceof Iterable<?> values) {
            for (Object element : values) {
                String violation = violationOfOne(element);
                if (violation != null) {
                    return violation;
                }
            }
            return null;
        }
        return violationOfOne(value);
    }

    private @Nullable String violationOfOne(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        boolean typeOk = switch (type) {
            case "TEXT" -> value instanceof String;
            case "BOOLEAN" -> value instanceof Boolean;
            case "INTEGER" -> value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0;
            case "DECIMAL" -> value instanceof BigDecimal;
            default -> true;
        };
        if (!typeOk) {
            return "The data type of the value (" + value.getClass().getSimpleName()
                    + ") does not match the type declared in the config description (" + type + ").";
        }
        BigDecimal measure = value instanceof BigDecimal decimal ? decimal
                : value instanceof String text ? BigDecimal.valueOf(text.length()) : null;
        BigDecimal lower = min;
        BigDecimal upper = max;
        if (measure != null && lower != null && measure.compareTo(lower) < 0) {
            return value instanceof String ? "The value must not consist of less than " + lower + " characters."
                    : "The value must not be less than " + lower + ".";
        }
        if (measure != null && upper != null && measure.compareTo(upper) > 0) {
            return value instanceof String ? "The value must not consist of more than " + upper + " characters."
                    : "The value must not be greater than " + upper + ".";
        }
        String regex = pattern;
        if (regex != null && value instanceof String text && !text.matches(regex)) {
            return "The value does not match the pattern " + regex + ".";
        }
        if (limitToOptions && !options.isEmpty() && !options.contains(optionText(value))) {
            return "The value " + value + " does not match allowed parameter options. Allowed options are: "
                    + options;
        }
        return null;
    }

    private static String optionText(Object value) {
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : value.toString();
    }
}
