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
package org.openhab.binding.v2x.internal.ocpp.chargepoint;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.Ocpp16Actions;
import org.openhab.binding.v2x.internal.ocpp.Ocpp2Actions;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.control.ChargingProfileFactory;
import org.openhab.binding.v2x.internal.ocpp.control.PowerControl;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.ChangeConfigurationRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.Component;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.DeviceModel;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.Evse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.GetVariableData;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.GetVariableResult;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.GetVariablesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetVariableData;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetVariableResult;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetVariablesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.Variable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a charger once it is ready after connecting: asks for the meter values the channels need, reads whether
 * an OCPP 2.1 charger supports V2X, and then lets the control be written again. It also clears the profiles an
 * earlier openHAB run may have left behind.
 * <p>
 * A charger that boots is ready shortly after its BootNotification; one that reconnects without booting is
 * taken as ready a second after connecting.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class ConnectSetup {

    static final String MEASURANDS = "SoC,Power.Active.Import,Power.Active.Export,Energy.Active.Import.Register,"
            + "Energy.Active.Export.Register";
    static final String MEASURANDS_21 = MEASURANDS
            + ",Power.Active.Setpoint,Display.BatteryEnergyCapacity,Display.TargetSOC";
    static final String MEASURANDS_MINIMAL = "Power.Active.Import,Energy.Active.Import.Register";
    /** Without a BootNotification (a reconnect) the charger is configured this long after it connected. */
    private static final long READY_AFTER_CONNECT_MS = 1000;
    /** Lets the BootNotification answer go out before the first request. */
    private static final long READY_AFTER_BOOT_MS = 200;

    private final Logger logger = LoggerFactory.getLogger(ConnectSetup.class);
    private final Object lock;
    private final Supplier<ChargePointSettings> settings;
    private final Supplier<@Nullable OcppSession> currentSession;
    private final DelayedJobs jobs;
    private final Consumer<Boolean> v2xSupport;
    private final Runnable whenReady;
    // guarded by lock
    private @Nullable OcppSession bootedSession;

    /**
     * @param lock the charger's lock
     * @param currentSession the session the thing uses now; setup for an older one is dropped
     * @param v2xSupport told what an OCPP 2.1 charger says about its V2X support
     * @param whenReady runs after the setup requests went out, to write the control again
     */
    public ConnectSetup(Object lock, Supplier<ChargePointSettings> settings,
            Supplier<@Nullable OcppSession> currentSession, DelayedJobs jobs, Consumer<Boolean> v2xSupport,
            Runnable whenReady) {
        this.lock = lock;
        this.settings = settings;
        this.currentSession = currentSession;
        this.jobs = jobs;
        this.v2xSupport = v2xSupport;
        this.whenReady = whenReady;
    }

    /** The charger connected; unless it boots on this session first, it is set up a little later. */
    public void connected(OcppSession session) {
        jobs.schedule(() -> {
            synchronized (lock) {
                if (bootedSession == session) {
                    return;
                }
            }
            ready(session);
        }, READY_AFTER_CONNECT_MS);
    }

    /** The charger booted on this session. */
    public void booted(OcppSession session) {
        synchronized (lock) {
            bootedSession = session;
        }
        jobs.schedule(() -> ready(session), READY_AFTER_BOOT_MS);
    }

    private void ready(OcppSession session) {
        if (session != currentSession.get() || !session.isOpen()) {
            return;
        }
        OcppVersion version = session.getVersion();
        if (version.isV2()) {
            configureSampling2(session, version == OcppVersion.V21 ? MEASURANDS_21 : MEASURANDS);
            if (version == OcppVersion.V21) {
                readV2xSupport(session);
            }
        } else {
            configureSampling16(session);
        }
        whenReady.run();
    }

    /** Clears the profiles this binding installs, so one left by an earlier openHAB run stops acting. */
    public void clearOwnProfiles() {
        OcppSession target = currentSession.get();
        if (target == null || !target.isOpen()) {
            return;
        }
        for (int id : ChargingProfileFactory.ownProfileIds(settings.get().evseId())) {
            if (target.getVersion().isV2()) {
                var request = new org.openhab.binding.v2x.internal.ocpp.dto.v2.ClearChargingProfileRequest();
                request.chargingProfileId = id;
                target.call(Ocpp2Actions.CLEAR_CHARGING_PROFILE, request);
            } else {
                var request = new org.openhab.binding.v2x.internal.ocpp.dto.v16.ClearChargingProfileRequest();
                request.id = id;
                target.call(Ocpp16Actions.CLEAR_CHARGING_PROFILE, request);
            }
        }
    }

    private void configureSampling16(OcppSession target) {
        target.call(Ocpp16Actions.CHANGE_CONFIGURATION,
                changeConfiguration("MeterValueSampleInterval", Integer.toString(settings.get().meterIntervalS())))
                .whenComplete((response, error) -> logAnswer("MeterValueSampleInterval",
                        response == null ? null : response.status, error));
        target.call(Ocpp16Actions.CHANGE_CONFIGURATION, changeConfiguration("MeterValuesSampledData", MEASURANDS))
                .whenComplete((response, error) -> {
                    if (response != null && !"Accepted".equals(response.status)) {
                        // the charger does not sample all of them: ask for what every charger has
                        target.call(Ocpp16Actions.CHANGE_CONFIGURATION,
                                changeConfiguration("MeterValuesSampledData", MEASURANDS_MINIMAL));
                    }
                    logAnswer("MeterValuesSampledData", response == null ? null : response.status, error);
                });
    }

    private static ChangeConfigurationRequest changeConfiguration(String key, String value) {
        ChangeConfigurationRequest request = new ChangeConfigurationRequest();
        request.key = key;
        request.value = value;
        return request;
    }

    private void configureSampling2(OcppSession target, String measurands) {
        String interval = Integer.toString(settings.get().meterIntervalS());
        SetVariablesRequest request = new SetVariablesRequest();
        request.setVariableData = List.of(
                setVariable(DeviceModel.SAMPLED_DATA_CTRLR, DeviceModel.TX_UPDATED_INTERVAL, interval),
                setVariable(DeviceModel.SAMPLED_DATA_CTRLR, DeviceModel.TX_UPDATED_MEASURANDS, measurands),
                setVariable(DeviceModel.ALIGNED_DATA_CTRLR, DeviceModel.INTERVAL, interval),
                setVariable(DeviceModel.ALIGNED_DATA_CTRLR, DeviceModel.MEASURANDS, measurands));
        target.call(Ocpp2Actions.SET_VARIABLES, request).whenComplete((response, error) -> {
            if (response == null) {
                logAnswer("SetVariables", null, error);
                return;
            }
            for (SetVariableResult result : response.setVariableResult) {
                logger.debug("Charger {}: {}.{} {}", chargePointId(), result.component.name, result.variable.name,
                        result.attributeStatus);
                if (DeviceModel.TX_UPDATED_MEASURANDS.equals(result.variable.name)
                        && "Rejected".equals(result.attributeStatus) && !MEASURANDS_MINIMAL.equals(measurands)) {
                    configureSampling2(target, MEASURANDS_MINIMAL);
                }
            }
        });
    }

    private static SetVariableData setVariable(String component, String variable, String value) {
        SetVariableData data = new SetVariableData();
        data.component = component(component, null);
        data.variable = variable(variable);
        data.attributeValue = value;
        return data;
    }

    private void readV2xSupport(OcppSession target) {
        Evse evse = new Evse();
        evse.id = settings.get().evseId();
        GetVariablesRequest request = new GetVariablesRequest();
        request.getVariableData = List.of(getVariable(component(DeviceModel.V2X_CHARGING_CTRLR, evse),
                DeviceModel.ENABLED),
                getVariable(component(DeviceModel.V2X_CHARGING_CTRLR, evse), DeviceModel.SUPPORTED_OPERATION_MODES));
        target.call(Ocpp2Actions.GET_VARIABLES, request).whenComplete((response, error) -> {
            if (response == null) {
                logAnswer("GetVariables", null, error);
                return;
            }
            Boolean enabled = null;
            Boolean centralSetpoint = null;
            for (GetVariableResult result : response.getVariableResult) {
                String value = result.attributeValue;
                if (!"Accepted".equals(result.attributeStatus) || value == null) {
                    continue;
                }
                if (DeviceModel.ENABLED.equals(result.variable.name)) {
                    enabled = Boolean.parseBoolean(value.trim());
                } else if (DeviceModel.SUPPORTED_OPERATION_MODES.equals(result.variable.name)) {
                    centralSetpoint = value.contains(PowerControl.CENTRAL_SETPOINT);
                }
            }
            if (enabled != null || centralSetpoint != null) {
                // supported unless the charger says it is disabled or cannot take a central setpoint
                v2xSupport.accept(!Boolean.FALSE.equals(enabled) && !Boolean.FALSE.equals(centralSetpoint));
            }
        });
    }

    private static GetVariableData getVariable(Component component, String variable) {
        GetVariableData data = new GetVariableData();
        data.component = component;
        data.variable = variable(variable);
        return data;
    }

    private static Component component(String name, @Nullable Evse evse) {
        Component component = new Component();
        component.name = name;
        component.evse = evse;
        return component;
    }

    private static Variable variable(String name) {
        Variable variable = new Variable();
        variable.name = name;
        return variable;
    }

    private void logAnswer(String what, @Nullable String status, @Nullable Throwable error) {
        if (error != null) {
            logger.debug("Charger {} did not take {}: {}", chargePointId(), what, error.toString());
        } else {
            logger.debug("Charger {} answered {} with {}", chargePointId(), what, status);
        }
    }

    private String chargePointId() {
        return settings.get().chargePointId();
    }
}
