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

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps configuration values onto plain Java objects: each non-static, non-final field of the target class (and its
 * super classes) takes the value stored under the field's name, converted to the field's type. Fields without a
 * value keep their initial (default) value.
 */
public final class ConfigParser {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConfigParser.class);

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(boolean.class, Boolean.class, byte.class,
            Byte.class, short.class, Short.class, int.class, Integer.class, long.class, Long.class, float.class,
            Float.class, double.class, Double.class, char.class, Character.class);

    private ConfigParser() {
    }

    /**
     * Creates an instance of {@code configurationClass} with its no-argument constructor and fills its fields.
     *
     * @return the filled object, or {@code null} if the class cannot be instantiated
     */
    public static <T> @Nullable T configurationAs(Map<String, @Nullable Object> properties,
            Class<T> configurationClass) {
        T configuration;
        try {
            var constructor = configurationClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            configuration = constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            LOGGER.warn("Cannot instantiate configuration class {}: {}", configurationClass.getName(), e.toString());
            return null;
        }
        for (Class<?> type = configurationClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || field.isSynthetic()) {
                    continue;
                }
                Object value = properties.get(field.getName());
                if (value == null) {
                    continue;
                }
                Object converted = convert(value, field.getType());
                if (converted == null) {
                    LOGGER.warn("Configuration value '{}' of '{}' cannot be converted to {}", value, field.getName(),
                            field.getType().getName());
                    continue;
                }
                try {
                    field.setAccessible(true);
                    field.set(configuration, converted);
                } catch (IllegalAccessException | RuntimeException e) {
                    LOGGER.warn("Cannot set configuration field '{}': {}", field.getName(), e.toString());
                }
            }
        }
        return configuration;
    }

    private static @Nullable Object convert(Object value, Class<?> type) {
        if (List.class.equals(type) || Collection.class.equals(type)) {
            return value instanceof Collection<?> collection ? new ArrayList<>(collection) : List.of(value);
        }
        if (Set.class.equals(type)) {
            return value instanceof Collection<?> collection ? new LinkedHashSet<>(collection) : Set.of(value);
        }
        return valueAs(value, type);
    }

    /** Like {@link #valueAs(Object, Class)}, returning {@code defaultValue} instead of {@code null}. */
    public static <T> T valueAsOrElse(@Nullable Object value, Class<T> type, T defaultValue) {
        T converted = valueAs(value, type);
        return converted == null ? defaultValue : converted;
    }

    /**
     * Converts a configuration value (String, BigDecimal, Boolean, ...) to {@code type}: numbers between number
     * types, strings to numbers, booleans and enum constants, anything to String.
     *
     * @return the converted value, or {@code null} if the value is {@code null} or cannot be converted
     */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable T valueAs(@Nullable Object value, Class<T> type) {
        if (value == null) {
            return null;
        }
        Class<?> target = type.isPrimitive() ? WRAPPERS.get(type) : type;
        if (target.isInstance(value)) {
            return (T) value;
        }
        try {
            Object result;
            if (target == String.class) {
                result = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            } else if (target == Boolean.class) {
                result = value instanceof String text ? parseBoolean(text) : null;
            } else if (target.isEnum()) {
                result = enumConstant(target, value.toString().trim());
            } else if (Number.class.isAssignableFrom(target)) {
                BigDecimal decimal = value instanceof BigDecimal big ? big
                        : value instanceof Number number ? new BigDecimal(number.toString())
                                : new BigDecimal(value.toString().trim());
                result = toNumber(decimal, target);
            } else if (target == Character.class) {
                String text = value.toString();
                result = text.length() == 1 ? text.charAt(0) : null;
            } else {
                result = null;
            }
            return (T) result;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    private static @Nullable Boolean parseBoolean(String text) {
        String trimmed = text.trim();
        if ("true".equalsIgnoreCase(trimmed)) {
            return Boolean.TRUE;
        }
        return "false".equalsIgnoreCase(trimmed) ? Boolean.FALSE : null;
    }

    private static @Nullable Object enumConstant(Class<?> enumType, String name) {
        for (Object constant : enumType.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static @Nullable Object toNumber(BigDecimal decimal, Class<?> target) {
        if (target == BigDecimal.class || target == Number.class) {
            return decimal;
        } else if (target == Integer.class) {
            return decimal.intValue();
        } else if (target == Long.class) {
            return decimal.longValue();
        } else if (target == Double.class) {
            return decimal.doubleValue();
        } else if (target == Float.class) {
            return decimal.floatValue();
        } else if (target == Short.class) {
            return decimal.shortValue();
        } else if (target == Byte.class) {
            return decimal.byteValue();
        }
        return null;
    }
}
