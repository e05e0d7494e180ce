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
 * A charging strategy under test. The simulator calls {@link #setpoint(SiteView)} at the strategy's own loop period
 * (sub-stepping inside a long scenario step) or once per step; a fresh instance is used for every run.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public interface Strategy {

    /** Name in the summary. */
    String name();

    /** Loop period in seconds; 0 = once per scenario step. */
    double loopSeconds();

    /** Charger setpoint in W (&gt; 0 charges, &lt; 0 discharges). */
    double setpoint(SiteView view);
}
