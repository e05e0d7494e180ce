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
package org.openhab.v2x.simulator.openadr;

/**
 * Faults the simulated VTN can be switched to with {@link VtnSimulator#fault(VtnFault)}, while running.
 *
 * @author openHAB V2X - Initial contribution
 */
public enum VtnFault {
    /** Normal service. */
    NONE,
    /** The listener is closed: connections are refused (same port again when the fault is cleared). */
    CONNECTION_REFUSED,
    /** Every request, the token endpoint included, gets 503 with a problem body. */
    UNAVAILABLE_503,
    /** Every resource request gets 401 (as if the token were revoked); the token endpoint says invalid_client. */
    UNAUTHORIZED_401,
    /** Every resource request gets 403 with a problem body (the VEN lost its rights); tokens are still issued. */
    FORBIDDEN_403,
    /** {@code GET /programs} and {@code GET /events} answer 200 with a truncated, unparsable JSON body. */
    MALFORMED_JSON,
    /** Besides the script, an event whose only payload type is {@link VtnScript#UNKNOWN_PAYLOAD_TYPE}. */
    UNKNOWN_PAYLOAD_TYPE,
    /**
     * The price event's intervals carry their own periods and the evening-peak hour overlaps the hour before it
     * by 30 minutes.
     */
    OVERLAPPING_INTERVALS,
    /** Besides the script, a price event that ended the day before the scripted day. */
    PAST_EVENT
}
