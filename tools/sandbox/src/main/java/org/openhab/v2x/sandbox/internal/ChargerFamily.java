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
package org.openhab.v2x.sandbox.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The device family the sandbox's charger belongs to: which simulator runs, which things stand for it in openHAB
 * (from {@code sandbox/charger-<name>.json}) and how the summary names it.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
enum ChargerFamily {

    OCPP("ocpp", "OCPP 2.1 charge point (simulated)", "v2x:ocpp-charger:home:wallbox",
            List.of("v2x:ocpp-server:home", "v2x:ocpp-charger:home:wallbox")),
    QUASAR("quasar", "Wallbox Quasar 2 over Modbus TCP (simulated)", "v2x:quasar:wallbox",
            List.of("v2x:quasar:wallbox"));

    private final String option;
    private final String label;
    private final String chargerUid;
    private final List<String> thingUids;

    ChargerFamily(String option, String label, String chargerUid, List<String> thingUids) {
        this.option = option;
        this.label = label;
        this.chargerUid = chargerUid;
        this.thingUids = thingUids;
    }

    /** The value of {@code --charger}. */
    String option() {
        return option;
    }

    String label() {
        return label;
    }

    /** The thing whose channels the items link to, and the car's bridge. */
    String chargerUid() {
        return chargerUid;
    }

    /** The things that stand for the charger, bridges first (the car comes on top). */
    List<String> thingUids() {
        return thingUids;
    }

    /** The things of this family, as a fragment of {@code sandbox/home.json}'s list of things. */
    String resource() {
        return "/sandbox/charger-" + option + ".json";
    }

    static ChargerFamily of(String option) {
        for (ChargerFamily family : values()) {
            if (family.option.equals(option.toLowerCase(Locale.ROOT))) {
                return family;
            }
        }
        throw new IllegalArgumentException("unknown charger '" + option + "'");
    }
}
