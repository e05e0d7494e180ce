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
import org.openhab.binding.v2x.internal.ocpp.OcppSession;

/**
 * Events of the OCPP server. Called on Jetty threads; implementations return quickly and do not throw.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public interface OcppServerListener {
    /**
     * A charge point connected. Set the session's call handler here: no message is read before this returns. A
     * previous session of the same charge point has been closed already.
     */
    void sessionOpened(OcppSession session);

    void sessionClosed(OcppSession session, int statusCode, String reason);

    /** A connection attempt was refused; chargePointId is the decoded id, or the raw path if it had none. */
    default void connectionRejected(String chargePointId, OcppRejectReason reason, String remoteAddress) {
    }
}
