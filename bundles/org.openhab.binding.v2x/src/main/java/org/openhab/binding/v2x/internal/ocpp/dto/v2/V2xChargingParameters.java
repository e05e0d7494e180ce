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
package org.openhab.binding.v2x.internal.ocpp.dto.v2;

import com.google.gson.annotations.SerializedName;

/**
 * OCPP 2.1 V2XChargingParameters: power and energy window of a bidirectional EV (powers W >= 0, energies Wh).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class V2xChargingParameters {
    public Double minChargePower;

    @SerializedName("minChargePower_L2")
    public Double minChargePowerL2;

    @SerializedName("minChargePower_L3")
    public Double minChargePowerL3;

    public Double maxChargePower;

    @SerializedName("maxChargePower_L2")
    public Double maxChargePowerL2;

    @SerializedName("maxChargePower_L3")
    public Double maxChargePowerL3;

    public Double minDischargePower;

    @SerializedName("minDischargePower_L2")
    public Double minDischargePowerL2;

    @SerializedName("minDischargePower_L3")
    public Double minDischargePowerL3;

    public Double maxDischargePower;

    @SerializedName("maxDischargePower_L2")
    public Double maxDischargePowerL2;

    @SerializedName("maxDischargePower_L3")
    public Double maxDischargePowerL3;

    public Double minChargeCurrent;

    public Double maxChargeCurrent;

    public Double minDischargeCurrent;

    public Double maxDischargeCurrent;

    public Double minVoltage;

    public Double maxVoltage;

    public Double evTargetEnergyRequest;

    public Double evMinEnergyRequest;

    public Double evMaxEnergyRequest;

    public Double evMinV2XEnergyRequest;

    public Double evMaxV2XEnergyRequest;

    public Integer targetSoC;
}
