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

import java.util.concurrent.CompletionStage;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Answers the CALLs (and 2.1 SEND frames) a charge point sends. The session has already checked the action and the
 * payload; {@code request} is an instance of {@code action.requestType()}. The returned stage completes with an
 * instance of {@code action.responseType()}, or exceptionally with an {@link OcppProtocolException} whose code the
 * CALLERROR carries (any other exception gives InternalError). Answers go out in the order the CALLs came in.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface OcppCallHandler {
    CompletionStage<?> handleCall(OcppSession session, OcppAction<?, ?> action, Object request);
}
