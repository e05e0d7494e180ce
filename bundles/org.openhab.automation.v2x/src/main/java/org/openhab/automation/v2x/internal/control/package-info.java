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
/**
 * Control logic for a car on a bidirectional charger: pure Java, no openHAB types, one
 * {@link org.openhab.automation.v2x.internal.control.V2xController} per rule instance.
 * <p>
 * Every {@link org.openhab.automation.v2x.internal.control.Measurement} is decided in this order; the first step
 * that sets the setpoint wins:
 * <ol>
 * <li><b>Safety</b> - invalid values are rejected when the measurement is built ({@code IllegalArgumentException});
 * a measurement older than the previous one gives setpoint 0 ({@code SAFE_STOP}); mode {@code off} gives 0; an
 * unknown SoC or capacity never allows a discharge; discharging stops at reserve + margin (and resumes above
 * reserve + 2 x margin).</li>
 * <li><b>Outage</b> - without grid the car powers the home (up to its maximum and the energy above reserve +
 * margin, ignoring the V2H floor),
 * non-critical loads are shed in order as that energy runs low, and they come back with the grid, which also
 * triggers a recharge toward the target. The V2H window and the daily budget do not apply in an outage.</li>
 * <li><b>Mobility</b> - below the reserve the car charges at full power; when the time left is just enough
 * (latest start minus interval, margin and write interval) it charges regardless of surplus until the target.</li>
 * <li><b>Mode</b> - {@code fast} charges at full power to the target, {@code solar} follows the surplus up to the
 * solar maximum SoC (above the target too, so PV surplus is stored), {@code solar-v2h} also discharges to cover the
 * household import within the V2H window, the daily budget, the home's demand (unless export is allowed), the
 * energy above the V2H floor {@code max(reserve + margin, v2hMinSoc)} (default: the target, so the home gets the
 * stored PV surplus and never energy that must be bought back before departure) and, when that floor is below the
 * target, what the departure plan can spare; {@code backup-only} idles. A home demand below the minimum discharge
 * power is not served while export is not allowed: the charger is never pulsed to average a smaller power.</li>
 * <li><b>Rate limit</b> - a final check clamps to the device limits (0 or at least the minimum power); the write
 * limiter then holds back changes within the deadband or the minimum write interval, except a reduction of a
 * discharge that breaks a limit, and a change of grid state, which are written at once.</li>
 * </ol>
 * Sign convention: setpoint &gt; 0 charges the car, &lt; 0 discharges it; grid power &gt; 0 is import.
 */
@NonNullByDefault
package org.openhab.automation.v2x.internal.control;

import org.eclipse.jdt.annotation.NonNullByDefault;
