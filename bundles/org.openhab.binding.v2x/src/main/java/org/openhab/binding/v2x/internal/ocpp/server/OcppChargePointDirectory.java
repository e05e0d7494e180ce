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
package org.openhab.binding.v2x.internal.ocpp.server;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Tells the server which charge points may connect. Called on a Jetty thread for every connection attempt.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface OcppChargePointDirectory {
    /** The access data of a configured charge point, or null for an unknown one (rejected with HTTP 404). */
    @Nullable
    OcppChargePointAccess lookup(String chargePointId);
}
