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
package org.openhab.binding.v2x.internal.ocpp.dto.v16;

import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

/**
 * OCPP 1.6 SampledValue; the value is a string in 1.6.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class SampledValue {
    @Required
    public String value;

    @OneOf({ "Interruption.Begin", "Interruption.End", "Other", "Sample.Clock", "Sample.Periodic", "Transaction.Begin",
            "Transaction.End", "Trigger" })
    public String context;

    /** Raw or SignedData */
    @OneOf({ "Raw", "SignedData" })
    public String format;

    /** default Energy.Active.Import.Register */
    @OneOf({ "Current.Export", "Current.Import", "Current.Offered", "Energy.Active.Export.Interval",
            "Energy.Active.Export.Register", "Energy.Active.Import.Interval", "Energy.Active.Import.Register",
            "Energy.Reactive.Export.Interval", "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Interval",
            "Energy.Reactive.Import.Register", "Frequency", "Power.Active.Export", "Power.Active.Import",
            "Power.Factor", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "RPM", "SoC",
            "Temperature", "Voltage" })
    public String measurand;

    @OneOf({ "L1", "L1-L2", "L1-N", "L2", "L2-L3", "L2-N", "L3", "L3-L1", "L3-N", "N" })
    public String phase;

    @OneOf({ "Body", "Cable", "EV", "Inlet", "Outlet" })
    public String location;

    /** default Wh */
    @OneOf({ "A", "Celcius", "Celsius", "Fahrenheit", "K", "Percent", "V", "VA", "W", "Wh", "kVA", "kW", "kWh", "kvar",
            "kvarh", "var", "varh" })
    public String unit;
}
