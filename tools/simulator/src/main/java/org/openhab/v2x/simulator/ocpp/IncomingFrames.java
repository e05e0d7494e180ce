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
package org.openhab.v2x.simulator.ocpp;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each frame from the central system: answers CALLs (or says why a frame is unreadable) and hands
 * responses to the call queue.
 */
@NonNullByDefault
class IncomingFrames {

    private final Logger logger = LoggerFactory.getLogger(IncomingFrames.class);
    private final Session session;
    private final Connection connection;
    private final CallQueue calls;
    private final IncomingRequests requests;
    private final ControlLoop control;
    private final FaultInjector faults;

    IncomingFrames(Session session, Connection connection, CallQueue calls, IncomingRequests requests,
            ControlLoop control, FaultInjector faults) {
        this.session = session;
        this.connection = connection;
        this.calls = calls;
        this.requests = requests;
        this.control = control;
        this.faults = faults;
    }

    void received(String text) {
        OcppFrame frame;
        try {
            frame = OcppFrame.decode(text);
        } catch (OcppFrame.MalformedFrameException e) {
            logger.warn("Unreadable frame from the central system ({}): {}", e.getMessage(), text);
            String code = session.version() == OcppVersion.V16 ? "FormationViolation"
                    : e.messageId().equals("-1") ? "RpcFrameworkError" : "MessageTypeNotSupported";
            connection.send(OcppFrame.error(e.messageId(), code, String.valueOf(e.getMessage())).encode());
            return;
        }
        switch (frame.type()) {
            case OcppFrame.CALL -> answer(frame);
            case OcppFrame.CALLRESULT, OcppFrame.CALLERROR, OcppFrame.CALLRESULTERROR -> calls.response(frame);
            default -> logger.debug("Ignoring SEND {}", frame.action());
        }
    }

    private void answer(OcppFrame call) {
        // CALLs caused by this request (a started transaction) go out after the answer, as on a real charger
        calls.holdWhile(() -> {
            OcppFrame reply;
            try {
                reply = OcppFrame.result(call.messageId(), requests.handle(call.action(), call.payload()));
            } catch (OcppError e) {
                reply = OcppFrame.error(call.messageId(), e.codeFor(session.version()),
                        String.valueOf(e.getMessage()));
            } catch (RuntimeException e) {
                logger.warn("Handling {} failed", call.action(), e);
                reply = OcppFrame.error(call.messageId(), OcppError.INTERNAL_ERROR, String.valueOf(e.getMessage()));
            }
            // the new setpoint is in force by the time the central system reads the answer
            control.apply();
            faults.sendAnswer(reply.encode());
        });
        calls.pump();
    }
}
