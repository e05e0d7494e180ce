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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One OCPP action with its payload classes, the versions it exists in and who sends the CALL.
 *
 * @param <Q> request payload
 * @param <R> response payload
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record OcppAction<Q, R>(String name, Class<Q> requestType, Class<R> responseType, Set<OcppVersion> versions,
        boolean sentByChargePoint) {

    public boolean supports(OcppVersion version) {
        return versions.contains(version);
    }

    @Override
    public String toString() {
        return name;
    }
}
