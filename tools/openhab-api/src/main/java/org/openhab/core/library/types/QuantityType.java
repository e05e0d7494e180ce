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
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.format.MeasurementParseException;
import javax.measure.quantity.Dimensionless;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.function.RationalNumber;

/**
 * A number with a unit, e.g. {@code 7.4 kW}. Values are kept as {@link BigDecimal}; conversions use the units'
 * exact converters. Two quantities are equal when they denote the same amount (1 kWh equals 1000 Wh).
 *
 * @param <T> the quantity, e.g. {@link javax.measure.quantity.Power}
 */
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    static {
        org.openhab.core.library.unit.internal.IndriyaSetup.ensure();
    }

    private static final long serialVersionUID = 8828949721938234629L;
    private static final String UNIT_PLACEHOLDER = "%unit%";

    public static final QuantityType<Dimensionless> ZERO = new QuantityType<>(BigDecimal.ZERO, AbstractUnit.ONE);
    public static final QuantityType<Dimensionless> ONE = new QuantityType<>(BigDecimal.ONE, AbstractUnit.ONE);

    private final BigDecimal value;
    private final transient Unit<T> unit;

    /** Zero without unit. */
    @SuppressWarnings("unchecked")
    public QuantityType() {
        this(BigDecimal.ZERO, (Unit<T>) AbstractUnit.ONE);
    }

    /** Parses "{@code <number> [<unit>]}", e.g. "230 V", "7.4kW", "80 %", "12". */
    public QuantityType(String value) {
        this(value, Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    public QuantityType(String value, Locale locale) {
        String trimmed = value.trim();
        int split = 0;
        while (split < trimmed.length() && isNumberChar(trimmed.charAt(split))) {
            split++;
        }
        String number = trimmed.substring(0, split).trim();
        String unitText = trimmed.substring(split).trim();
        if (number.isEmpty()) {
            throw new IllegalArgumentException("Not a quantity: '" + value + "'");
        }
        this.value = Locale.ROOT.equals(locale) ? new BigDecimal(number) : DecimalType.parse(number, locale);
        this.unit = unitText.isEmpty() ? (Unit<T>) AbstractUnit.ONE : (Unit<T>) parseUnit(unitText);
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == ',' || c == '-' || c == '+';
    }

    public QuantityType(Number value, Unit<T> unit) {
        this.value = toBigDecimal(value);
        this.unit = unit;
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        } else if (number instanceof QuantityType<?> quantity) {
            return quantity.value;
        } else if (number instanceof DecimalType decimal) {
            return decimal.toBigDecimal();
        } else if (number instanceof RationalNumber rational) {
            return rational.bigDecimalValue();
        } else if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        } else if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return new BigDecimal(number.toString());
    }

    private static Unit<?> parseUnit(String text) {
        try {
            return SimpleUnitFormat.getInstance().parse(text);
        } catch (MeasurementParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown unit '" + text + "'", e);
        }
    }

    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(BigDecimal.valueOf(value), unit);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QuantityType<?> other) || !unit.isCompatible(other.unit)) {
            return false;
        }
        BigDecimal converted = convert(other.value, other.unit, unit);
        return converted != null && value.compareTo(converted) == 0;
    }

    @Override
    public int compareTo(QuantityType<T> other) {
        BigDecimal converted = convert(other.value, other.unit, unit);
        if (converted == null) {
            throw new IllegalArgumentException("Cannot compare " + this + " with " + other);
        }
        return value.compareTo(converted);
    }

    public Unit<T> getUnit() {
        return unit;
    }

    public Dimension getDimension() {
        return unit.getDimension();
    }

    /** This quantity in {@code targetUnit}, or {@code null} if the units are not compatible. */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(unit)) {
            return this;
        }
        BigDecimal converted = convert(value, unit, targetUnit);
        return converted == null ? null : new QuantityType<>(converted, (Unit<T>) targetUnit);
    }

    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        return toUnit(parseUnit(targetUnit));
    }

    /** Like {@link #toUnit(Unit)}, also converting to the inverse unit (e.g. kelvin to mired). */
    public @Nullable QuantityType<?> toInvertibleUnit(Unit<?> targetUnit) {
        if (unit.isCompatible(targetUnit)) {
            return toUnit(targetUnit);
        }
        if (unit.inverse().isCompatible(targetUnit)) {
            QuantityType<?> inverse = inverse();
            return inverse == null ? null : inverse.toUnit(targetUnit);
        }
        return null;
    }

    public @Nullable QuantityType<?> toInvertibleUnit(String targetUnit) {
        return toInvertibleUnit(parseUnit(targetUnit));
    }

    /** Converts this quantity as a difference, ignoring offsets (a 1 K step is a 1 °C step). */
    public @Nullable QuantityType<T> toUnitRelative(Unit<T> targetUnit) {
        BigDecimal converted = convert(value, unit, targetUnit);
        BigDecimal origin = convert(BigDecimal.ZERO, unit, targetUnit);
        return converted == null || origin == null ? null
                : new QuantityType<>(converted.subtract(origin), targetUnit);
    }

    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnitRelative(String targetUnit) {
        return toUnitRelative((Unit<T>) parseUnit(targetUnit));
    }

    private static @Nullable BigDecimal convert(BigDecimal amount, Unit<?> from, Unit<?> to) {
        if (from.equals(to)) {
            return amount;
        }
        try {
            UnitConverter converter = from.getConverterToAny(to);
            return toBigDecimal(converter.convert(amount));
        } catch (IncommensurableException | UnconvertibleException e) {
            return null;
        }
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int hashCode() {
        BigDecimal inSystemUnit = convert(value, unit, unit.getSystemUnit());
        return 31 * unit.getDimension().hashCode()
                + (inSystemUnit == null ? value : inSystemUnit).stripTrailingZeros().hashCode();
    }

    /** Formats with {@link String#format}; {@code %unit%} stands for the unit symbol, {@code %d} for whole numbers. */
    @Override
    public String format(String pattern) {
        String withUnit = pattern.replace(UNIT_PLACEHOLDER, unitSymbol().replace("%", "%%"));
        if (withUnit.contains("d")) {
            try {
                return String.format(withUnit, value.toBigInteger());
            } catch (java.util.IllegalFormatException e) {
                // the pattern's 'd' was not a %d conversion: format as decimal below
            }
        }
        return String.format(withUnit, value);
    }

    private String unitSymbol() {
        return AbstractUnit.ONE.equals(unit) ? "" : SimpleUnitFormat.getInstance().format(unit);
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    /** The value and the unit's symbol separated by a space, or the plain value when there is no unit. */
    @Override
    public String toFullString() {
        String symbol = unitSymbol();
        return symbol.isEmpty() ? value.toPlainString() : value.toPlainString() + " " + symbol;
    }

    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == OnOffType.class) {
            return target.cast(value.signum() == 0 ? OnOffType.OFF : OnOffType.ON);
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(value));
        } else if (target == PercentType.class) {
            BigDecimal percent = Units.PERCENT.equals(unit) ? value
                    : AbstractUnit.ONE.equals(unit) ? value.multiply(BigDecimal.valueOf(100)) : null;
            return percent != null && percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0
                    ? target.cast(new PercentType(percent))
                    : null;
        }
        return State.super.as(target);
    }

    /** The sum in this quantity's unit. */
    public QuantityType<T> add(QuantityType<T> other) {
        return new QuantityType<>(value.add(inThisUnit(other)), unit);
    }

    public QuantityType<T> negate() {
        return new QuantityType<>(value.negate(), unit);
    }

    /** The difference in this quantity's unit. */
    public QuantityType<T> subtract(QuantityType<T> other) {
        return new QuantityType<>(value.subtract(inThisUnit(other)), unit);
    }

    private BigDecimal inThisUnit(QuantityType<T> other) {
        BigDecimal converted = convert(other.value, other.unit, unit);
        if (converted == null) {
            throw new IllegalArgumentException("Incompatible units: " + unit + " and " + other.unit);
        }
        return converted;
    }

    public QuantityType<?> multiply(BigDecimal factor) {
        return new QuantityType<>(value.multiply(factor), unit);
    }

    public QuantityType<?> multiply(QuantityType<?> other) {
        return product(value.multiply(other.value), unit.multiply(other.unit));
    }

    public QuantityType<?> divide(BigDecimal divisor) {
        return new QuantityType<>(value.divide(divisor, MathContext.DECIMAL128), unit);
    }

    public QuantityType<?> divide(QuantityType<?> divisor) {
        return product(value.divide(divisor.value, MathContext.DECIMAL128), unit.divide(divisor.unit));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static QuantityType<?> product(BigDecimal amount, Unit<?> productUnit) {
        return new QuantityType(amount, productUnit);
    }

    /** This quantity plus {@code offset}, both converted to {@code unit}. */
    public @Nullable QuantityType<T> offset(QuantityType<T> offset, Unit<T> unit) {
        QuantityType<T> base = toUnit(unit);
        QuantityType<T> shift = offset.toUnit(unit);
        return base == null || shift == null ? null : new QuantityType<>(base.value.add(shift.value), unit);
    }

    /** 1 divided by this quantity, in the inverse unit; {@code null} for zero. */
    public @Nullable QuantityType<?> inverse() {
        if (value.signum() == 0) {
            return null;
        }
        return product(BigDecimal.ONE.divide(value, MathContext.DECIMAL128), unit.inverse());
    }
}
