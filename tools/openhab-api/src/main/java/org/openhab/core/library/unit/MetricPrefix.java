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
package org.openhab.core.library.unit;

import javax.measure.Quantity;
import javax.measure.Unit;

/** Decimal prefixes: {@code MetricPrefix.KILO(Units.WATT)} is the kilowatt. */
public class MetricPrefix {

    public static <T extends Quantity<T>> Unit<T> YOTTA(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.YOTTA);
    }

    public static <T extends Quantity<T>> Unit<T> ZETTA(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.ZETTA);
    }

    public static <T extends Quantity<T>> Unit<T> EXA(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.EXA);
    }

    public static <T extends Quantity<T>> Unit<T> PETA(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.PETA);
    }

    public static <T extends Quantity<T>> Unit<T> TERA(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.TERA);
    }

    public static <T extends Quantity<T>> Unit<T> GIGA(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.GIGA);
    }

    public static <T extends Quantity<T>> Unit<T> MEGA(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.MEGA);
    }

    public static <T extends Quantity<T>> Unit<T> KILO(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.KILO);
    }

    public static <T extends Quantity<T>> Unit<T> HECTO(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.HECTO);
    }

    public static <T extends Quantity<T>> Unit<T> DEKA(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.DECA);
    }

    public static <T extends Quantity<T>> Unit<T> DECI(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.DECI);
    }

    public static <T extends Quantity<T>> Unit<T> CENTI(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.CENTI);
    }

    public static <T extends Quantity<T>> Unit<T> MILLI(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.MILLI);
    }

    public static <T extends Quantity<T>> Unit<T> MICRO(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.MICRO);
    }

    public static <T extends Quantity<T>> Unit<T> NANO(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.NANO);
    }

    public static <T extends Quantity<T>> Unit<T> PICO(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.PICO);
    }

    public static <T extends Quantity<T>> Unit<T> FEMTO(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.FEMTO);
    }

    public static <T extends Quantity<T>> Unit<T> ATTO(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.ATTO);
    }

    public static <T extends Quantity<T>> Unit<T> ZEPTO(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.ZEPTO);
    }

    public static <T extends Quantity<T>> Unit<T> YOCTO(Unit<T> unit) {
        return unit.prefix(javax.measure.MetricPrefix.YOCTO);
    }
}
