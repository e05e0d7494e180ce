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
package org.openhab.v2x.bench.sim;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What a strategy sees when it is called: the meters at that moment, as a real controller would read them. Mutable
 * and reused by the simulator (no allocation per call); strategies must not keep it.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class SiteView {
    /** Index of the scenario step. */
    public int step;
    /** Epoch seconds of this call (inside the step when the strategy sub-steps). */
    public double nowS;
    /** Grid meter, W, &gt; 0 import; 0 during an outage. */
    public double gridW;
    public boolean gridAvailable;
    /** Charger power measured, W, &gt; 0 charges. */
    public double carW;
    public boolean carPresent;
    public double socPct;
    public double capacityKwh;
    public double pvW;
    public double loadW;
    /** Epoch seconds of the next departure while the car is present, -1 when none is known. */
    public long departureS;
    /** Seconds until the strategy is called again (its loop period, or the step). */
    public double intervalS;
}
