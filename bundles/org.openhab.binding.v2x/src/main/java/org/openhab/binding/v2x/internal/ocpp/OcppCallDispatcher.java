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

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A type-safe {@link OcppCallHandler}: one {@link OcppRequestHandler} per action. Actions without a handler are
 * answered with NotSupported (known but not handled here).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class OcppCallDispatcher implements OcppCallHandler {
    private final Map<OcppAction<?, ?>, OcppRequestHandler<?, ?>> handlers = new ConcurrentHashMap<>();

    public <Q, R> OcppCallDispatcher on(OcppAction<Q, R> action, OcppRequestHandler<Q, R> handler) {
        handlers.put(action, handler);
        return this;
    }

    @Override
    public CompletionStage<?> handleCall(OcppSession session, OcppAction<?, ?> action, Object request) {
        OcppRequestHandler<?, ?> handler = handlers.get(action);
        if (handler == null) {
            return CompletableFuture.failedFuture(new OcppProtocolException(OcppErrorCode.NOT_SUPPORTED,
                    action.name() + " is not supported by this central system"));
        }
        try {
            return CompletableFuture.completedFuture(invoke(handler, action, session, request));
        } catch (OcppProtocolException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <Q, R> R invoke(OcppRequestHandler<Q, R> handler, OcppAction<?, ?> action, OcppSession session,
            Object request) throws OcppProtocolException {
        // the map pairs each action with a handler of the same type parameters (see on())
        return handler.handle(session, ((OcppAction<Q, R>) action).requestType().cast(request));
    }
}
