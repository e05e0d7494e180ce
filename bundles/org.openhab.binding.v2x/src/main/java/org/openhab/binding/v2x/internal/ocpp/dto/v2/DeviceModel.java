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

/**
 * Component and variable names of the OCPP 2.x device model used with Get/SetVariables and NotifyReport.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public final class DeviceModel {
    /** 2.1, per EVSE: bidirectional power transfer. */
    public static final String V2X_CHARGING_CTRLR = "V2XChargingCtrlr";
    public static final String ENABLED = "Enabled";
    public static final String SUPPORTED_ENERGY_TRANSFER_MODES = "SupportedEnergyTransferModes";
    public static final String SUPPORTED_OPERATION_MODES = "SupportedOperationModes";

    /** Per EVSE: what the connected EV reported. */
    public static final String CONNECTED_EV = "ConnectedEV";
    public static final String STATE_OF_CHARGE = "StateOfCharge";
    public static final String ENERGY_CAPACITY = "EnergyCapacity";
    public static final String DEPARTURE_TIME = "DepartureTime";

    /** Measurands sampled during transactions. */
    public static final String SAMPLED_DATA_CTRLR = "SampledDataCtrlr";
    public static final String TX_UPDATED_MEASURANDS = "TxUpdatedMeasurands";
    public static final String TX_UPDATED_INTERVAL = "TxUpdatedInterval";
    public static final String TX_STARTED_MEASURANDS = "TxStartedMeasurands";
    public static final String TX_ENDED_MEASURANDS = "TxEndedMeasurands";

    /** Clock-aligned meter values. */
    public static final String ALIGNED_DATA_CTRLR = "AlignedDataCtrlr";
    public static final String MEASURANDS = "Measurands";
    public static final String INTERVAL = "Interval";

    /** Attribute types of SetVariableData/GetVariableData. */
    public static final String ATTRIBUTE_ACTUAL = "Actual";

    private DeviceModel() {
    }
}
