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
package org.openhab.v2x.bench.strategy;

import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.ControlMode;
import org.openhab.automation.v2x.internal.control.Decision;
import org.openhab.automation.v2x.internal.control.Measurement;
import org.openhab.automation.v2x.internal.control.V2xController;
import org.openhab.automation.v2x.internal.control.V2xSettings;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.sim.SiteView;
import org.openhab.v2x.bench.sim.Strategy;

/**
 * Our controller, called exactly as the openHAB module handler calls it: one {@link Measurement} per scenario step,
 * {@link Decision#setpointW()} to the charger. The minimum charge and discharge power is {@code min_power_w}: a home
 * demand below it is not served while export is not allowed (the controller never pulses the charger).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class V2xStrategy implements Strategy {

    public static final String NAME = "v2x";
    private final V2xController controller;
    private final double capacityKwh;

    public V2xStrategy(Params params, ZoneId zone) {
        this(settings(params, zone), params.evCapacityKwh());
    }

    /**
     * With the V2H floor at {@code v2hMinSocPct} instead of the controller's default (the target) and, when not
     * null, another minimum solar share.
     */
    public V2xStrategy(Params params, ZoneId zone, @Nullable Double v2hMinSocPct, @Nullable Double minSolarSharePct) {
        this(tuned(settings(params, zone), v2hMinSocPct, minSolarSharePct), params.evCapacityKwh());
    }

    private static V2xSettings tuned(V2xSettings settings, @Nullable Double v2hMinSocPct,
            @Nullable Double minSolarSharePct) {
        V2xSettings.Builder builder = settings.toBuilder().v2hMinSocPct(v2hMinSocPct);
        if (minSolarSharePct != null) {
            builder.minSolarSharePct(minSolarSharePct);
        }
        return builder.build();
    }

    public V2xStrategy(V2xSettings settings, double capacityKwh) {
        this.controller = new V2xController(settings);
        this.capacityKwh = capacityKwh;
    }

    /**
     * The scenario parameters as controller settings, mode solar-v2h, everything else at its default (V2H floor at
     * the target, solar charging up to 100 %).
     */
    public static V2xSettings settings(Params p, ZoneId zone) {
        double min = Math.max(1, p.minPowerW());
        return V2xSettings.builder().mode(ControlMode.SOLAR_V2H).reserveSocPct(p.reserveSocPct())
                .targetSocPct(p.targetSocPct()).chargePower(Math.min(min, p.maxChargeW()), p.maxChargeW())
                .dischargePower(Math.min(min, p.maxDischargeW()), p.maxDischargeW())
                .efficiencies(p.chargeEfficiency(), p.dischargeEfficiency()).allowGridExport(p.allowGridExport())
                .zone(zone).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double loopSeconds() {
        return 0;
    }

    @Override
    public double setpoint(SiteView v) {
        return controller.decide(measurement(v, capacityKwh)).setpointW();
    }

    /** The measurement the handler would build from the items at this moment. */
    public static Measurement measurement(SiteView v, double capacityKwh) {
        return new Measurement(Instant.ofEpochMilli(Math.round(v.nowS * 1000)), v.gridAvailable ? v.gridW : 0,
                v.gridAvailable, v.carW, v.carPresent, v.carPresent ? v.socPct : null, capacityKwh, v.pvW, v.loadW,
                v.carPresent && v.departureS > 0 ? Instant.ofEpochSecond(v.departureS) : null);
    }
}
