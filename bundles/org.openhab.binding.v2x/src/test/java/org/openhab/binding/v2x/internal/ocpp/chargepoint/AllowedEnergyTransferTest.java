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
package org.openhab.binding.v2x.internal.ocpp.chargepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Which energy transfer modes the car may keep when openHAB allows no discharge.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class AllowedEnergyTransferTest {

    @Test
    void withoutDischargeTheBidirectionalModesGo() {
        assertEquals(List.of("AC_three_phase"),
                AllowedEnergyTransfer.wanted(List.of("AC_three_phase", "AC_BPT", "AC_BPT_DER"), false));
        assertEquals(List.of("DC"), AllowedEnergyTransfer.wanted(List.of("DC_BPT", "DC", "DC_ACDP_BPT"), false));
    }

    @Test
    void withDischargeTheCarKeepsAllItOffered() {
        assertEquals(List.of("AC_three_phase", "AC_BPT"),
                AllowedEnergyTransfer.wanted(List.of("AC_three_phase", "AC_BPT"), true));
    }

    @Test
    void aCarWithOnlyBidirectionalModesKeepsThem() {
        // the list must not be empty; the profile still holds such a car to charging
        assertEquals(List.of("DC_BPT"), AllowedEnergyTransfer.wanted(List.of("DC_BPT"), false));
    }
}
