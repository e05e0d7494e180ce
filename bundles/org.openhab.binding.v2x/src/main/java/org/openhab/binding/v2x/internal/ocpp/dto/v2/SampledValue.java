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

import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

/**
 * OCPP 2.x SampledValue; the value is a number here (a string in 1.6).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class SampledValue {
    @Required
    public Double value;

    @OneOf({ "Interruption.Begin", "Interruption.End", "Other", "Sample.Clock", "Sample.Periodic", "Transaction.Begin",
            "Transaction.End", "Trigger" })
    public String context;

    /** default Energy.Active.Import.Register */
    @OneOf({ "Current.Export", "Current.Export.Minimum", "Current.Export.Offered", "Current.Import",
            "Current.Import.Minimum", "Current.Import.Offered", "Current.Offered", "Display.BatteryEnergyCapacity",
            "Display.ChargingComplete", "Display.InletHot", "Display.MaximumSOC", "Display.MinimumSOC",
            "Display.PresentSOC", "Display.RemainingTimeToMaximumSOC", "Display.RemainingTimeToMinimumSOC",
            "Display.RemainingTimeToTargetSOC", "Display.TargetSOC", "Energy.Active.Export.Interval",
            "Energy.Active.Export.Register", "Energy.Active.Import.CableLoss", "Energy.Active.Import.Interval",
            "Energy.Active.Import.LocalGeneration.Register", "Energy.Active.Import.Register", "Energy.Active.Net",
            "Energy.Active.Setpoint.Interval", "Energy.Apparent.Export", "Energy.Apparent.Import",
            "Energy.Apparent.Net", "Energy.Reactive.Export.Interval", "Energy.Reactive.Export.Register",
            "Energy.Reactive.Import.Interval", "Energy.Reactive.Import.Register", "Energy.Reactive.Net",
            "EnergyRequest.Bulk", "EnergyRequest.Maximum", "EnergyRequest.Maximum.V2X", "EnergyRequest.Minimum",
            "EnergyRequest.Minimum.V2X", "EnergyRequest.Target", "Frequency", "Power.Active.Export",
            "Power.Active.Import", "Power.Active.Residual", "Power.Active.Setpoint", "Power.Export.Minimum",
            "Power.Export.Offered", "Power.Factor", "Power.Import.Minimum", "Power.Import.Offered", "Power.Offered",
            "Power.Reactive.Export", "Power.Reactive.Import", "SoC", "Voltage", "Voltage.Maximum", "Voltage.Minimum" })
    public String measurand;

    @OneOf({ "L1", "L1-L2", "L1-N", "L2", "L2-L3", "L2-N", "L3", "L3-L1", "L3-N", "N" })
    public String phase;

    @OneOf({ "Body", "Cable", "EV", "Inlet", "Outlet", "Upstream" })
    public String location;

    public UnitOfMeasure unitOfMeasure;
}
