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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One poll of a Quasar: control owner, actual power, state code, raw SoC and error registers, decoded from the
 * register words.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record QuasarReading(int controlOwner, int powerW, int stateCode, int rawSocPct, List<Integer> errors) {

    public QuasarReading {
        errors = List.copyOf(errors);
    }

    /**
     * Decodes the three reads of a poll.
     *
     * @throws QuasarException when a read returned fewer words than asked (reported for one firmware)
     */
    public static QuasarReading decode(int[] ownerWords, int[] powerWords, int[] statusWords) throws QuasarException {
        expect(ownerWords, 1, QuasarRegisters.CONTROL_OWNER);
        expect(powerWords, 1, QuasarRegisters.ACTUAL_POWER);
        expect(statusWords, QuasarRegisters.STATUS_BLOCK_LENGTH, QuasarRegisters.STATUS_BLOCK);
        List<Integer> errors = List.of(statusWords[2], statusWords[3], statusWords[4], statusWords[5]);
        return new QuasarReading(ownerWords[0], QuasarRegisters.signed(powerWords[0]), statusWords[0],
                statusWords[1], errors);
    }

    public boolean remoteControl() {
        return controlOwner == QuasarRegisters.OWNER_REMOTE;
    }

    /** The error registers as text, or null when all are 0. */
    public @Nullable String errorText() {
        if (errors.stream().allMatch(e -> e == 0)) {
            return null;
        }
        StringBuilder text = new StringBuilder("error registers");
        for (int i = 0; i < errors.size(); i++) {
            text.append(' ').append(539 + i).append('=').append(errors.get(i));
        }
        return text.toString();
    }

    private static void expect(int[] words, int count, int register) throws QuasarException {
        if (words.length < count) {
            throw new QuasarException(
                    "empty read: register " + register + " returned " + words.length + " of " + count + " words");
        }
    }
}
