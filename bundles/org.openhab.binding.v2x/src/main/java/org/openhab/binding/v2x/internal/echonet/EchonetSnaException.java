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
package org.openhab.binding.v2x.internal.echonet;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A request the device refused in part or whole (an SNA answer). It names the refused properties; the answer
 * also holds the ones the device accepted.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class EchonetSnaException extends EchonetException {
    private static final long serialVersionUID = 1L;

    private final transient EchonetFrame answer;
    private final List<Integer> refused;

    public EchonetSnaException(EchonetFrame answer, List<Integer> refused) {
        super(String.format("ECHONET Lite request refused (ESV 0x%02X) for %s", answer.esv(),
                refused.stream().map(EchonetProperty::hex).collect(Collectors.joining(", "))));
        this.answer = answer;
        this.refused = List.copyOf(refused);
    }

    /** The EPCs the device refused. */
    public List<Integer> refused() {
        return refused;
    }

    public EchonetFrame answer() {
        return answer;
    }
}
