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
package org.openhab.v2x.simulator.quasar;

/**
 * Faults the simulated Quasar can show, switchable while it runs.
 *
 * @author openHAB V2X - Initial contribution
 */
public enum QuasarMisbehaviour {
    /** Answers as a healthy charger. */
    NONE,
    /** Answers every request with a Modbus exception (illegal data address). */
    EXCEPTION,
    /** Answers reads with no registers, as one firmware (5.13.25) was reported to. */
    EMPTY_READS,
    /** Does not answer reads in time (holds each read for {@link QuasarSimulator#SLOW_ANSWER}). */
    TIMEOUT
}
