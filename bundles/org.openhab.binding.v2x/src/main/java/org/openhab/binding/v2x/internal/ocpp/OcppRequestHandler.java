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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Answers one kind of CALL synchronously, see {@link OcppCallDispatcher}.
 *
 * @param <Q> request payload
 * @param <R> response payload
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface OcppRequestHandler<Q, R> {
    R handle(OcppSession session, Q request) throws OcppProtocolException;
}
