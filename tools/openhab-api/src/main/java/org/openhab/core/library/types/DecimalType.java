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
package org.openhab.core.library.types;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/** A plain number without unit. Two values are equal when numerically equal (1.0 equals 1). */
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {

    private static final long serialVersionUID = 4226845847123464690L;

    protected static final BigDecimal BIG_DECIMAL_HUNDRED = BigDecimal.valueOf(100);

    public static final DecimalType ZERO = new DecimalType(0);

    protected BigDecimal value;

    public DecimalType() {
        this.value = BigDecimal.ZERO;
    }

    public DecimalType(Number value) {
        if (value instanceof QuantityType<?> quantity) {
            this.value = quantity.toBigDecimal();
        } else if (value instanceof DecimalType decimal) {
            this.value = decimal.value;
        } else if (value instanceof BigDecimal decimal) {
            this.value = decimal;
        } else {
            this.value = new BigDecimal(value.toString());
        }
    }

    public DecimalType(String value) {
        this.value = new BigDecimal(value.trim());
    }

    /** Parses a number written the way {@code locale} writes numbers (e.g. "1.234,5" in German). */
    public DecimalType(String value, Locale locale) {
        this.value = parse(value, locale);
    }

    static BigDecimal parse(String value, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        String trimmed = value.trim();
        Object parsed = format.parse(trimmed, position);
        if (parsed == null || position.getIndex() != trimmed.length()) {
            throw new NumberFormatException("Not a number in locale " + locale + ": '" + value + "'");
        }
        return (BigDecimal) parsed;
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value.toPlainString();
    }

    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    /** Formats with {@link String#format}; {@code %d} patterns get the value's integer part. */
    @Override
    public String format(String pattern) {
        if (pattern.contains("d")) {
            try {
                return String.format(pattern, value.toBigInteger());
            } catch (java.util.IllegalFormatException e) {
                // the pattern's 'd' was not a %d conversion: format as decimal below
            }
        }
        return String.format(pattern, value);
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DecimalType other && value.compareTo(other.value) == 0;
    }

    @Override
    public int compareTo(DecimalType other) {
        return value.compareTo(other.value);
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    protected <T extends State> @Nullable T defaultConversion(@Nullable Class<T> target) {
        return State.super.as(target);
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(value.signum() == 0 ? OnOffType.OFF : OnOffType.ON);
        } else if (target == PercentType.class) {
            BigDecimal percent = value.multiply(BIG_DECIMAL_HUNDRED);
            return percent.signum() >= 0 && percent.compareTo(BIG_DECIMAL_HUNDRED) <= 0
                    ? target.cast(new PercentType(percent))
                    : null;
        }
        return defaultConversion(target);
    }
}
