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
package org.openhab.binding.v2x.internal.ocpp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Looks up the actions of {@link Ocpp16Actions} and {@link Ocpp2Actions} by version and name. Incoming CALLs for
 * actions not known for the session's version are answered with NotImplemented.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class OcppActions {
    private static final List<OcppAction<?, ?>> ALL = all(Ocpp16Actions.ALL, Ocpp2Actions.ALL);
    private static final Map<OcppVersion, Map<String, OcppAction<?, ?>>> BY_VERSION = index();

    private OcppActions() {
    }

    public static List<OcppAction<?, ?>> all() {
        return ALL;
    }

    /** The action of that name in that version, in either direction, or null. */
    public static @Nullable OcppAction<?, ?> find(OcppVersion version, String name) {
        Map<String, OcppAction<?, ?>> actions = BY_VERSION.get(version);
        return actions == null ? null : actions.get(name);
    }

    /** The action of that name a central system accepts from a charge point of that version, or null. */
    public static @Nullable OcppAction<?, ?> incoming(OcppVersion version, String name) {
        OcppAction<?, ?> action = find(version, name);
        return action != null && action.sentByChargePoint() ? action : null;
    }

    @SafeVarargs
    private static List<OcppAction<?, ?>> all(List<OcppAction<?, ?>>... lists) {
        List<OcppAction<?, ?>> all = new ArrayList<>();
        for (List<OcppAction<?, ?>> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    private static Map<OcppVersion, Map<String, OcppAction<?, ?>>> index() {
        Map<OcppVersion, Map<String, OcppAction<?, ?>>> index = new EnumMap<>(OcppVersion.class);
        for (OcppAction<?, ?> action : ALL) {
            for (OcppVersion version : action.versions()) {
                index.computeIfAbsent(version, v -> new HashMap<>()).put(action.name(), action);
            }
        }
        return index;
    }
}
