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
import java.math.RoundingMode;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.State;

/** A number between 0 and 100 (inclusive); anything else is rejected. */
public class PercentType extends DecimalType {

    private static final long serialVersionUID = -9066279845951780879L;

    public static final PercentType ZERO = new PercentType();
    public static final PercentType HUNDRED = new PercentType(100);

    public PercentType() {
        super();
    }

    public PercentType(int value) {
        super(value);
        validate();
    }

    public PercentType(String value) {
        super(value);
        validate();
    }

    public PercentType(String value, Locale locale) {
        super(value, locale);
        validate();
    }

    public PercentType(BigDecimal value) {
        super(value);
        validate();
    }

    private void validate() {
        if (value.signum() < 0 || value.compareTo(BIG_DECIMAL_HUNDRED) > 0) {
            throw new IllegalArgumentException("Value must be between 0 and 100: " + value);
        }
    }

    public static PercentType valueOf(String value) {
        return new PercentType(value);
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(value.signum() == 0 ? OnOffType.OFF : OnOffType.ON);
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(value.divide(BIG_DECIMAL_HUNDRED, 8, RoundingMode.UP)));
        }
        return defaultConversion(target);
    }
}
