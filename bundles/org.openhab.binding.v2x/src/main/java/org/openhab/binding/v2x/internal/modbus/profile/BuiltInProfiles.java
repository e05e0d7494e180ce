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
package org.openhab.binding.v2x.internal.modbus.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The profiles shipped in the binding ({@code /profiles/<id>.json}).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class BuiltInProfiles {

    public static final List<String> IDS = List.of("evtec-bidipro", "sigenergy-evdc", "ambibox");

    private BuiltInProfiles() {
    }

    /** The profile text of a built-in id, or empty for an unknown id. */
    public static Optional<String> text(String id) throws IOException {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = BuiltInProfiles.class.getResourceAsStream("/profiles/" + id + ".json")) {
            if (in == null) {
                throw new IOException("built-in profile " + id + " is missing from the bundle");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
