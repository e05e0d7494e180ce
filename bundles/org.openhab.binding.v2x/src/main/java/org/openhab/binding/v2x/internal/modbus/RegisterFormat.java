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
package org.openhab.binding.v2x.internal.modbus;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How a Modbus value maps to a physical value: data type, order of the words of 32-bit values, scale and sign.
 * The physical value is {@code raw × scale}, negated when {@code inverted} (for devices whose sign convention is
 * the opposite of this binding's: above zero charges the car).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record RegisterFormat(RegisterType type, boolean highWordFirst, double scale, boolean inverted) {

    public RegisterFormat {
        if (!Double.isFinite(scale) || scale == 0) {
            throw new IllegalArgumentException("scale must be a finite number other than 0: " + scale);
        }
    }

    /** A plain format: big-endian words, scale 1, this binding's sign. */
    public static RegisterFormat of(RegisterType type) {
        return new RegisterFormat(type, true, 1, false);
    }

    /** Decodes the value starting at {@code offset} in {@code words} (unsigned 16-bit words). */
    public double decode(int[] words, int offset) {
        if (offset < 0 || offset + type.words() > words.length) {
            throw new IllegalArgumentException(
                    type + " needs " + type.words() + " words at " + offset + ", got " + words.length);
        }
        double raw = switch (type) {
            case INT16 -> (short) word(words[offset]);
            case UINT16 -> word(words[offset]);
            case INT32 -> (int) combined(words, offset);
            case UINT32 -> combined(words, offset);
            case FLOAT32 -> Float.intBitsToFloat((int) combined(words, offset));
        };
        double value = raw * scale;
        return inverted ? -value : value;
    }

    /**
     * Encodes a physical value as register words.
     *
     * @throws IllegalArgumentException when the value is not finite or does not fit the type
     */
    public int[] encode(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value);
        }
        double raw = (inverted ? -value : value) / scale;
        long bits;
        switch (type) {
            case FLOAT32 -> bits = Float.floatToIntBits((float) raw) & 0xFFFFFFFFL;
            default -> {
                long rounded = Math.round(raw);
                long min = switch (type) {
                    case INT16 -> Short.MIN_VALUE;
                    case INT32 -> Integer.MIN_VALUE;
                    default -> 0;
                };
                long max = switch (type) {
                    case INT16 -> Short.MAX_VALUE;
                    case UINT16 -> 0xFFFF;
                    case INT32 -> Integer.MAX_VALUE;
                    default -> 0xFFFFFFFFL;
                };
                if (rounded < min || rounded > max) {
                    throw new IllegalArgumentException(value + " does not fit " + type + " with scale " + scale);
                }
                bits = rounded;
            }
        }
        if (type.words() == 1) {
            return new int[] { (int) (bits & 0xFFFF) };
        }
        int high = (int) ((bits >>> 16) & 0xFFFF);
        int low = (int) (bits & 0xFFFF);
        return highWordFirst ? new int[] { high, low } : new int[] { low, high };
    }

    private long combined(int[] words, int offset) {
        int first = word(words[offset]);
        int second = word(words[offset + 1]);
        int high = highWordFirst ? first : second;
        int low = highWordFirst ? second : first;
        return ((long) high << 16) | low;
    }

    private static int word(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("not a 16-bit register word: " + value);
        }
        return value;
    }
}
