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
package org.openhab.binding.v2x.internal.handler;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.action.OcppChargerActions;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.charger.OperatingState;
import org.openhab.binding.v2x.internal.charger.PowerLimits;
import org.openhab.binding.v2x.internal.ocpp.Ocpp16Actions;
import org.openhab.binding.v2x.internal.ocpp.Ocpp2Actions;
import org.openhab.binding.v2x.internal.ocpp.OcppCallDispatcher;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.control.ChargingProfileFactory;
import org.openhab.binding.v2x.internal.ocpp.control.MeterReading;
import org.openhab.binding.v2x.internal.ocpp.control.PowerControl;
import org.openhab.binding.v2x.internal.ocpp.dto.EmptyPayload;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.ChangeConfigurationRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.IdTagInfo;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.RemoteStartTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.RemoteStopTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingNeeds;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.Component;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.DeviceModel;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.Evse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.GetVariableData;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.GetVariableResult;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.GetVariablesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.IdToken;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.IdTokenInfo;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.ReportData;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.RequestStartTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.RequestStopTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetVariableData;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetVariableResult;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetVariablesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionEventResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionInfo;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.V2xChargingParameters;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.Variable;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.VariableAttribute;
import org.openhab.binding.v2x.internal.ocpp.server.ChargePointPath;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A charger connected over OCPP 1.6J, 2.0.1 or 2.1. It answers the charger's messages (boot, heartbeat, status,
 * meter values, transactions, charging needs), maps them to the common charger channels and writes setpoints as
 * charging profiles: with OCPP 2.1 as a signed CentralSetpoint with a fail-safe offline duration, before 2.1 as a
 * charge limit (negative only where the vendor supports it and the user opted in).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class OcppChargerHandler extends ChargerHandler {

    public static final String PROPERTY_OCPP_VERSION = "ocppVersion";
    public static final String PROPERTY_V2X_SUPPORTED = "v2xSupported";
    static final String ID_TAG = "openHAB";
    static final String MEASURANDS = "SoC,Power.Active.Import,Power.Active.Export,Energy.Active.Import.Register,"
            + "Energy.Active.Export.Register";
    static final String MEASURANDS_21 = MEASURANDS
            + ",Power.Active.Setpoint,Display.BatteryEnergyCapacity,Display.TargetSOC";
    static final String MEASURANDS_MINIMAL = "Power.Active.Import,Energy.Active.Import.Register";
    /** Without a BootNotification (a reconnect) the charger is configured this long after it connected. */
    private static final long READY_AFTER_CONNECT_MS = 1000;
    /** Lets the BootNotification answer go out before the first request. */
    private static final long READY_AFTER_BOOT_MS = 200;
    /** Lets the transaction answer go out before a TxProfile refers to it. */
    private static final long RESEND_AFTER_TRANSACTION_MS = 500;
    private static final double IDLE_THRESHOLD_W = 50;
    private static final long RELEASE_WAIT_MS = 500;

    private final Logger logger = LoggerFactory.getLogger(OcppChargerHandler.class);
    private final AtomicInteger nextTransactionId;
    private final AtomicInteger nextRemoteStartId = new AtomicInteger(1);
    private final List<ScheduledFuture<?>> jobs = new ArrayList<>();

    private OcppChargerConfiguration config = new OcppChargerConfiguration();
    private String chargePointId = "";
    private boolean configured;
    // guarded by this
    private ChargerState.Builder reported = new ChargerState.Builder();
    private volatile @Nullable OcppSession session;
    private volatile @Nullable OcppVersion version;
    private @Nullable OcppSession bootedSession;
    private volatile @Nullable Boolean v2xEnabled;
    private volatile @Nullable String transactionId;
    private volatile ChargerMode mode = ChargerMode.V2X;
    private boolean controlWritten;
    private double lastControlW;
    private @Nullable InstalledProfile installed;
    private boolean dynamicRejected;

    /** A 2.1 profile the charger accepted, so later setpoints can go as UpdateDynamicSchedule. */
    private record InstalledProfile(OcppSession session, int id, @Nullable String transactionId, boolean dynamic) {
    }

    public OcppChargerHandler(Bridge bridge, Clock clock) {
        super(bridge, clock);
        // transaction ids handed out by 1.6 StartTransaction; distinct across restarts
        nextTransactionId = new AtomicInteger((int) (clock.millis() / 1000 % 1_000_000_000L));
    }

    @Override
    public void initialize() {
        config = getConfigAs(OcppChargerConfiguration.class);
        initializeCharger(config);
        synchronized (this) {
            reported = new ChargerState.Builder().mode(ChargerMode.V2X);
            mode = ChargerMode.V2X;
            controlWritten = false;
            installed = null;
            dynamicRejected = false;
        }
        String id = config.chargePointId.trim();
        configured = false;
        chargePointId = "";
        if (id.isEmpty()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-missing-charge-point-id");
            return;
        }
        if (id.length() > ChargePointPath.MAX_ID_LENGTH || id.indexOf(':') >= 0 || id.indexOf('/') >= 0) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-invalid-charge-point-id");
            return;
        }
        // known to the server from here on, so a misconfigured charger is not reported as unknown
        chargePointId = id;
        OcppServerHandler server = server();
        if (server == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-no-server");
            return;
        }
        if (server.securityProfile() > 0 && config.password.isEmpty()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-no-password [\"" + server.securityProfile() + "\"]");
            return;
        }
        configured = true;
        publishReported();
        Bridge bridge = getBridge();
        updateStatusFromBridge(bridge == null ? ThingStatus.OFFLINE : bridge.getStatus());
    }

    @Override
    public void dispose() {
        synchronized (jobs) {
            jobs.forEach(job -> job.cancel(false));
            jobs.clear();
        }
        session = null;
        configured = false;
        super.dispose();
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(OcppChargerActions.class);
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (configured) {
            updateStatusFromBridge(bridgeStatusInfo.getStatus());
        }
    }

    private void updateStatusFromBridge(ThingStatus bridgeStatus) {
        if (bridgeStatus != ThingStatus.ONLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        } else if (isConnected()) {
            updateStatus(ThingStatus.ONLINE);
        } else {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.comm-error-not-connected");
        }
    }

    /** The charge point id if it is valid, else empty. */
    public String chargePointId() {
        return chargePointId;
    }

    public String password() {
        return config.password;
    }

    public boolean isConnected() {
        OcppSession current = session;
        return current != null && current.isOpen();
    }

    public @Nullable OcppVersion version() {
        return version;
    }

    public @Nullable String transactionId() {
        return transactionId;
    }

    // ---- connection, called by the server handler

    void sessionOpened(OcppSession newSession) {
        OcppVersion negotiated = newSession.getVersion();
        synchronized (this) {
            session = newSession;
            version = negotiated;
            installed = null;
            newSession.setCallHandler(negotiated.isV2() ? dispatcher2() : dispatcher16());
            reported.connected(true).lastError(null);
            publishReported();
        }
        logger.debug("Charger {} connected with {} from {}", chargePointId, negotiated.subprotocol(),
                newSession.getRemoteAddress());
        updateProperty(PROPERTY_OCPP_VERSION, negotiated.subprotocol());
        updateStatus(ThingStatus.ONLINE);
        schedule(() -> {
            synchronized (this) {
                if (bootedSession == newSession) {
                    return;
                }
            }
            onReady(newSession);
        }, READY_AFTER_CONNECT_MS);
    }

    void sessionClosed(OcppSession closed) {
        synchronized (this) {
            if (session != closed) {
                return;
            }
            session = null;
            installed = null;
            reported.connected(false).activePowerW(null).importPowerW(null).exportPowerW(null)
                    .operatingState(null);
            publishReported();
        }
        logger.debug("Charger {} disconnected", chargePointId);
        Bridge bridge = getBridge();
        if (configured) {
            updateStatusFromBridge(bridge == null ? ThingStatus.OFFLINE : bridge.getStatus());
        }
    }

    void authenticationFailed(String remoteAddress) {
        if (configured && !isConnected()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.comm-error-auth-failed [\"" + remoteAddress + "\"]");
        }
    }

    /**
     * openHAB lets go of the charger (thing removed or server stopped): a discharge is ended now rather than left
     * to the charger. OCPP 2.1 chargers would also end it after the fail-safe offline duration; older ones never.
     */
    void releaseControl() {
        CompletableFuture<?> sent;
        synchronized (this) {
            if (!controlWritten || lastControlW >= 0 || mode != ChargerMode.V2X || !isConnected()) {
                return;
            }
            logger.debug("Ending the discharge of {} before openHAB lets go of it", chargePointId);
            sent = sendControl(0);
        }
        try {
            sent.get(RELEASE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            logger.debug("No answer to the final setpoint of {}: {}", chargePointId, e.toString());
        }
    }

    // ---- incoming messages

    private OcppCallDispatcher dispatcher16() {
        return new OcppCallDispatcher().on(Ocpp16Actions.BOOT_NOTIFICATION, (s, request) -> {
            updateDeviceProperties(request.chargePointVendor, request.chargePointModel,
                    request.chargePointSerialNumber != null ? request.chargePointSerialNumber
                            : request.chargeBoxSerialNumber,
                    request.firmwareVersion);
            booted(s);
            var response = new org.openhab.binding.v2x.internal.ocpp.dto.v16.BootNotificationResponse();
            response.status = "Accepted";
            response.currentTime = now();
            response.interval = heartbeatInterval();
            return response;
        }).on(Ocpp16Actions.HEARTBEAT, (s, request) -> {
            var response = new org.openhab.binding.v2x.internal.ocpp.dto.v16.HeartbeatResponse();
            response.currentTime = now();
            return response;
        }).on(Ocpp16Actions.STATUS_NOTIFICATION, (s, request) -> {
            if (request.connectorId == config.evseId || request.connectorId == 0) {
                boolean fault = "Faulted".equals(request.status);
                String error = "NoError".equals(request.errorCode) ? null
                        : request.errorCode + (request.info == null ? "" : ": " + request.info);
                connectorStatus(fault, error);
            }
            return new EmptyPayload();
        }).on(Ocpp16Actions.METER_VALUES, (s, request) -> {
            if (request.connectorId == config.evseId) {
                if (request.transactionId != null && transactionId == null) {
                    // a charger that reconnects mid-transaction tells its id here
                    transactionId = request.transactionId.toString();
                }
                apply(MeterReading.fromV16(request.meterValue));
            }
            return new EmptyPayload();
        }).on(Ocpp16Actions.START_TRANSACTION, (s, request) -> {
            int id = nextTransactionId.getAndIncrement();
            if (request.connectorId == config.evseId) {
                transactionId = Integer.toString(id);
                transactionChanged();
            }
            var response = new org.openhab.binding.v2x.internal.ocpp.dto.v16.StartTransactionResponse();
            response.transactionId = id;
            response.idTagInfo = acceptedTag();
            return response;
        }).on(Ocpp16Actions.STOP_TRANSACTION, (s, request) -> {
            if (request.transactionId.toString().equals(transactionId)) {
                transactionId = null;
                transactionChanged();
            }
            var response = new org.openhab.binding.v2x.internal.ocpp.dto.v16.StopTransactionResponse();
            response.idTagInfo = acceptedTag();
            return response;
        }).on(Ocpp16Actions.AUTHORIZE, (s, request) -> {
            // whoever plugs in at home may charge; openHAB is not a billing system
            var response = new org.openhab.binding.v2x.internal.ocpp.dto.v16.AuthorizeResponse();
            response.idTagInfo = acceptedTag();
            return response;
        });
    }

    private OcppCallDispatcher dispatcher2() {
        return new OcppCallDispatcher().on(Ocpp2Actions.BOOT_NOTIFICATION, (s, request) -> {
            var station = request.chargingStation;
            updateDeviceProperties(station.vendorName, station.model, station.serialNumber, station.firmwareVersion);
            booted(s);
            var response = new org.openhab.binding.v2x.internal.ocpp.dto.v2.BootNotificationResponse();
            response.status = "Accepted";
            response.currentTime = now();
            response.interval = heartbeatInterval();
            return response;
        }).on(Ocpp2Actions.HEARTBEAT, (s, request) -> {
            var response = new org.openhab.binding.v2x.internal.ocpp.dto.v2.HeartbeatResponse();
            response.currentTime = now();
            return response;
        }).on(Ocpp2Actions.STATUS_NOTIFICATION, (s, request) -> {
            if (request.evseId == config.evseId) {
                boolean fault = "Faulted".equals(request.connectorStatus);
                connectorStatus(fault, fault ? "Faulted" : null);
            }
            return new EmptyPayload();
        }).on(Ocpp2Actions.METER_VALUES, (s, request) -> {
            if (request.evseId == config.evseId) {
                apply(MeterReading.fromV2(request.meterValue));
            }
            return new EmptyPayload();
        }).on(Ocpp2Actions.TRANSACTION_EVENT, (s, request) -> {
            Evse evse = request.evse;
            if (evse == null || evse.id == null || evse.id == config.evseId) {
                transactionEvent(request.eventType, request.transactionInfo);
                apply(MeterReading.fromV2(request.meterValue));
            }
            TransactionEventResponse response = new TransactionEventResponse();
            if (request.idToken != null) {
                IdTokenInfo info = new IdTokenInfo();
                info.status = "Accepted";
                response.idTokenInfo = info;
            }
            return response;
        }).on(Ocpp2Actions.NOTIFY_EV_CHARGING_NEEDS, (s, request) -> {
            if (request.evseId == config.evseId) {
                chargingNeeds(request.chargingNeeds);
            }
            var response = new org.openhab.binding.v2x.internal.ocpp.dto.v2.StatusResponse();
            response.status = "Accepted";
            return response;
        }).on(Ocpp2Actions.NOTIFY_REPORT, (s, request) -> {
            if (request.reportData != null) {
                request.reportData.forEach(this::reportData);
            }
            return new EmptyPayload();
        });
    }

    private void booted(OcppSession bootSession) {
        synchronized (this) {
            bootedSession = bootSession;
            // a (re)booted charger may have lost its profiles
            installed = null;
        }
        schedule(() -> onReady(bootSession), READY_AFTER_BOOT_MS);
    }

    private void updateDeviceProperties(@Nullable String vendor, @Nullable String model, @Nullable String serial,
            @Nullable String firmware) {
        var properties = editProperties();
        putIfPresent(properties, Thing.PROPERTY_VENDOR, vendor);
        putIfPresent(properties, Thing.PROPERTY_MODEL_ID, model);
        putIfPresent(properties, Thing.PROPERTY_SERIAL_NUMBER, serial);
        putIfPresent(properties, Thing.PROPERTY_FIRMWARE_VERSION, firmware);
        updateProperties(properties);
    }

    private static void putIfPresent(java.util.Map<String, String> properties, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            properties.put(name, value.trim());
        }
    }

    private synchronized void connectorStatus(boolean fault, @Nullable String error) {
        if (fault) {
            reported.operatingState(OperatingState.FAULT);
        } else if (reported.build().operatingState() == OperatingState.FAULT) {
            Double power = reported.build().activePowerW();
            reported.operatingState(OperatingState.fromPower(power == null ? 0 : power, IDLE_THRESHOLD_W));
        }
        if (error != null) {
            reported.lastError(error);
        }
        publishReported();
    }

    private synchronized void apply(MeterReading reading) {
        if (reading.isEmpty()) {
            return;
        }
        Double power = reading.activePowerW();
        if (power != null) {
            reported.activePowerW(power);
            if (reported.build().operatingState() != OperatingState.FAULT) {
                reported.operatingState(OperatingState.fromPower(power, IDLE_THRESHOLD_W));
            }
        }
        if (reading.importPowerW() != null) {
            reported.importPowerW(reading.importPowerW());
        }
        if (reading.exportPowerW() != null) {
            reported.exportPowerW(reading.exportPowerW());
        }
        setIfPresent(reading.socPct(), reported::socPct);
        setIfPresent(reading.importEnergyWh(), reported::importEnergyWh);
        setIfPresent(reading.exportEnergyWh(), reported::exportEnergyWh);
        setIfPresent(reading.setpointW(), reported::setpointW);
        setIfPresent(reading.capacityWh(), reported::capacityWh);
        setIfPresent(reading.targetSocPct(), reported::targetSocPct);
        publishReported();
    }

    private static void setIfPresent(@Nullable Double value, java.util.function.Consumer<@Nullable Double> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private void transactionEvent(String eventType, TransactionInfo info) {
        String previous = transactionId;
        transactionId = "Ended".equals(eventType) ? null : info.transactionId;
        synchronized (this) {
            ChargerMode reportedMode = modeOf(info.operationMode);
            if (reportedMode != null) {
                reported.mode(reportedMode);
            }
            boolean flowing = "Charging".equals(info.chargingState);
            if ("Ended".equals(eventType)) {
                reported.activePowerW(0.0).operatingState(OperatingState.IDLE);
            } else if (info.chargingState != null && !flowing
                    && reported.build().operatingState() != OperatingState.FAULT) {
                // EVConnected, SuspendedEV, SuspendedEVSE, Idle: plugged in, no power flows
                reported.operatingState(OperatingState.IDLE);
            }
            publishReported();
        }
        if (!Objects.equals(previous, transactionId)) {
            transactionChanged();
        }
    }

    private static @Nullable ChargerMode modeOf(@Nullable String operationMode) {
        if (operationMode == null) {
            return null;
        }
        return switch (operationMode) {
            case PowerControl.CENTRAL_SETPOINT -> ChargerMode.V2X;
            case PowerControl.CHARGING_ONLY -> ChargerMode.CHARGE_ONLY;
            case PowerControl.IDLE -> ChargerMode.IDLE;
            default -> null;
        };
    }

    private synchronized void chargingNeeds(ChargingNeeds needs) {
        V2xChargingParameters v2x = needs.v2xChargingParameters;
        if (v2x != null) {
            setIfPresent(v2x.minChargePower, reported::minChargeW);
            setIfPresent(v2x.maxChargePower, reported::maxChargeW);
            setIfPresent(v2x.minDischargePower, reported::minDischargeW);
            setIfPresent(v2x.maxDischargePower, reported::maxDischargeW);
            if (v2x.targetSoC != null) {
                reported.targetSocPct(v2x.targetSoC.doubleValue());
            }
        }
        var dc = needs.dcChargingParameters;
        if (dc != null) {
            setIfPresent(dc.evEnergyCapacity, reported::capacityWh);
            if (dc.stateOfCharge != null) {
                reported.socPct(dc.stateOfCharge.doubleValue());
            }
        }
        String departure = needs.departureTime;
        if (departure != null) {
            try {
                reported.departureTime(Instant.parse(departure));
            } catch (DateTimeParseException e) {
                logger.debug("Charger {} sent an unreadable departure time {}", chargePointId, departure);
            }
        }
        publishReported();
    }

    private void reportData(ReportData data) {
        if (DeviceModel.V2X_CHARGING_CTRLR.equals(data.component.name)
                && DeviceModel.ENABLED.equals(data.variable.name)) {
            for (VariableAttribute attribute : data.variableAttribute) {
                if (attribute.value != null && (attribute.type == null || "Actual".equals(attribute.type))) {
                    setV2xEnabled(Boolean.parseBoolean(attribute.value.trim()));
                }
            }
        }
    }

    private void setV2xEnabled(boolean enabled) {
        v2xEnabled = enabled;
        updateProperty(PROPERTY_V2X_SUPPORTED, Boolean.toString(enabled));
    }

    private void transactionChanged() {
        synchronized (this) {
            if (!controlWritten) {
                return;
            }
        }
        // a running transaction takes a TxProfile; after it, the default profile carries the setpoint
        schedule(this::resendControl, RESEND_AFTER_TRANSACTION_MS);
    }

    // ---- configuration after connecting

    private void onReady(OcppSession readySession) {
        if (readySession != session || !readySession.isOpen()) {
            return;
        }
        if (readySession.getVersion().isV2()) {
            configureSampling2(readySession, readySession.getVersion() == OcppVersion.V21 ? MEASURANDS_21 : MEASURANDS);
            if (readySession.getVersion() == OcppVersion.V21) {
                readV2xSupport(readySession);
            }
        } else {
            configureSampling16(readySession);
        }
        resendControl();
    }

    private void configureSampling16(OcppSession target) {
        target.call(Ocpp16Actions.CHANGE_CONFIGURATION,
                changeConfiguration("MeterValueSampleInterval", Integer.toString(config.meterInterval)))
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
        String interval = Integer.toString(config.meterInterval);
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
                logger.debug("Charger {}: {}.{} {}", chargePointId, result.component.name, result.variable.name,
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
        evse.id = config.evseId;
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
                setV2xEnabled(!Boolean.FALSE.equals(enabled) && !Boolean.FALSE.equals(centralSetpoint));
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
            logger.debug("Charger {} did not take {}: {}", chargePointId, what, error.toString());
        } else {
            logger.debug("Charger {} answered {} with {}", chargePointId, what, status);
        }
    }

    // ---- control

    @Override
    protected boolean dischargeSupported() {
        OcppVersion current = version;
        if (current == OcppVersion.V21) {
            return !Boolean.FALSE.equals(v2xEnabled);
        }
        return config.allowNegativeLimitDischarge;
    }

    @Override
    protected synchronized void writeSetpoint(double setpointW) {
        sendControl(setpointW);
    }

    @Override
    protected void writeMode(ChargerMode newMode) {
        if (newMode == ChargerMode.BACKUP) {
            logger.info("Charger {}: backup mode is not available over OCPP", chargePointId);
            return;
        }
        synchronized (this) {
            mode = newMode;
            reported.mode(newMode);
            publishReported();
            switch (newMode) {
                case V2X -> {
                    resetSetpointGate();
                    requestSetpoint(requestedSetpointW());
                }
                case CHARGE_ONLY -> sendControl(limits().maxChargeW());
                default -> sendControl(0);
            }
        }
    }

    /** Switches the mode, as a command on the mode channel does. */
    public void applyMode(ChargerMode newMode) {
        writeMode(newMode);
    }

    /** Writes the current control again: after a reconnect, a boot or a transaction change. */
    private synchronized void resendControl() {
        resetSetpointGate();
        if (!controlWritten) {
            // start clean: a profile left by an earlier openHAB run must not keep discharging the car
            clearOwnProfiles();
            return;
        }
        if (mode == ChargerMode.V2X) {
            requestSetpoint(requestedSetpointW());
        } else {
            sendControl(lastControlW);
        }
    }

    private void clearOwnProfiles() {
        OcppSession target = session;
        if (target == null || !target.isOpen()) {
            return;
        }
        for (int id : new int[] { ChargingProfileFactory.TX_DEFAULT_PROFILE_ID, ChargingProfileFactory.TX_PROFILE_ID }) {
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

    /** Sends the control for the current mode; completes with whether the charger accepted it. */
    private synchronized CompletableFuture<Boolean> sendControl(double setpointW) {
        controlWritten = true;
        lastControlW = setpointW;
        OcppSession target = session;
        if (target == null || !target.isOpen()) {
            logger.debug("Charger {} is not connected; setpoint {} W is sent when it connects", chargePointId,
                    setpointW);
            return CompletableFuture.completedFuture(false);
        }
        OcppVersion current = target.getVersion();
        PowerLimits limits = limits();
        boolean central = current == OcppVersion.V21 && !Boolean.FALSE.equals(v2xEnabled);
        PowerControl control = PowerControl.of(mode, setpointW, central, limits.maxChargeW(), limits.maxDischargeW());
        String tx = transactionId;
        logger.debug("Charger {}: {} ({})", chargePointId, control, tx == null ? "no transaction" : "transaction " + tx);
        CompletionStage<String> answer;
        switch (current) {
            case V16 -> answer = target.call(Ocpp16Actions.SET_CHARGING_PROFILE,
                    ChargingProfileFactory.v16(config.evseId, parseTransactionId(tx), control))
                    .thenApply(r -> r.status);
            case V201 -> answer = target.call(Ocpp2Actions.SET_CHARGING_PROFILE,
                    ChargingProfileFactory.v201(config.evseId, tx, control)).thenApply(r -> r.status);
            default -> {
                InstalledProfile profile = installed;
                if (profile != null && profile.dynamic() && profile.session() == target
                        && Objects.equals(profile.transactionId(), tx)) {
                    answer = target.call(Ocpp2Actions.UPDATE_DYNAMIC_SCHEDULE,
                            ChargingProfileFactory.update(profile.id(), control)).thenApply(r -> r.status);
                    return handleAnswer(answer, target, tx, control, true);
                }
                boolean dynamic = !dynamicRejected;
                answer = target.call(Ocpp2Actions.SET_CHARGING_PROFILE, ChargingProfileFactory.v21(config.evseId, tx,
                        control, config.maxOfflineDuration, dynamic)).thenApply(r -> r.status);
                return handleAnswer(answer, target, tx, control, false).thenApply(accepted -> {
                    if (accepted) {
                        synchronized (this) {
                            installed = new InstalledProfile(target, ChargingProfileFactory.profileId(tx), tx,
                                    dynamic);
                        }
                    }
                    return accepted;
                });
            }
        }
        return handleAnswer(answer, target, tx, control, false);
    }

    private CompletableFuture<Boolean> handleAnswer(CompletionStage<String> answer, OcppSession target,
            @Nullable String tx, PowerControl control, boolean dynamicUpdate) {
        return answer.handle((status, error) -> {
            boolean accepted = error == null && "Accepted".equals(status);
            if (accepted) {
                synchronized (this) {
                    reported.setpointW(control.requestedW()).lastError(null);
                    publishReported();
                }
                return true;
            }
            String why = error != null ? error.getMessage() : status;
            logger.debug("Charger {} did not accept {}: {}", chargePointId, control, why);
            synchronized (this) {
                if (target != session) {
                    return false;
                }
                if (dynamicUpdate) {
                    // the profile is gone or the charger changed its mind: install a new one
                    installed = null;
                } else if (target.getVersion() == OcppVersion.V21 && !dynamicRejected) {
                    dynamicRejected = true;
                } else if (tx != null && tx.equals(transactionId)) {
                    // the charger does not know the transaction (any more): fall back to the default profile
                    transactionId = null;
                } else {
                    reported.lastError("Setpoint rejected: " + why);
                    publishReported();
                    return false;
                }
                sendControl(lastControlW);
            }
            return false;
        }).toCompletableFuture();
    }

    private static @Nullable Integer parseTransactionId(@Nullable String id) {
        if (id == null) {
            return null;
        }
        try {
            return Integer.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- remote start and stop

    /** Asks the charger to start a transaction; completes with whether it accepted. */
    public CompletableFuture<Boolean> startTransaction() {
        OcppSession target = session;
        if (target == null || !target.isOpen()) {
            return CompletableFuture.completedFuture(false);
        }
        if (target.getVersion().isV2()) {
            IdToken token = new IdToken();
            token.idToken = ID_TAG;
            token.type = "Central";
            RequestStartTransactionRequest request = new RequestStartTransactionRequest();
            request.evseId = config.evseId;
            request.remoteStartId = nextRemoteStartId.getAndIncrement();
            request.idToken = token;
            return target.call(Ocpp2Actions.REQUEST_START_TRANSACTION, request)
                    .handle((r, e) -> r != null && "Accepted".equals(r.status));
        }
        RemoteStartTransactionRequest request = new RemoteStartTransactionRequest();
        request.connectorId = config.evseId;
        request.idTag = ID_TAG;
        return target.call(Ocpp16Actions.REMOTE_START_TRANSACTION, request)
                .handle((r, e) -> r != null && "Accepted".equals(r.status));
    }

    /** Asks the charger to stop the running transaction; completes with whether it accepted. */
    public CompletableFuture<Boolean> stopTransaction() {
        OcppSession target = session;
        String tx = transactionId;
        if (target == null || !target.isOpen() || tx == null) {
            return CompletableFuture.completedFuture(false);
        }
        if (target.getVersion().isV2()) {
            RequestStopTransactionRequest request = new RequestStopTransactionRequest();
            request.transactionId = tx;
            return target.call(Ocpp2Actions.REQUEST_STOP_TRANSACTION, request)
                    .handle((r, e) -> r != null && "Accepted".equals(r.status));
        }
        Integer id = parseTransactionId(tx);
        if (id == null) {
            return CompletableFuture.completedFuture(false);
        }
        RemoteStopTransactionRequest request = new RemoteStopTransactionRequest();
        request.transactionId = id;
        return target.call(Ocpp16Actions.REMOTE_STOP_TRANSACTION, request)
                .handle((r, e) -> r != null && "Accepted".equals(r.status));
    }

    /** How long the actions wait for the charger's answer. */
    public long callTimeoutMillis() {
        OcppSession current = session;
        return current == null ? 1000 : current.getConfig().responseTimeout().toMillis() + 1000;
    }

    // ---- helpers

    private synchronized void publishReported() {
        publish(reported.build());
    }

    private @Nullable OcppServerHandler server() {
        Bridge bridge = getBridge();
        return bridge != null && bridge.getHandler() instanceof OcppServerHandler server ? server : null;
    }

    private int heartbeatInterval() {
        OcppServerHandler server = server();
        return server == null ? 60 : server.heartbeatInterval();
    }

    private String now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static IdTagInfo acceptedTag() {
        IdTagInfo info = new IdTagInfo();
        info.status = "Accepted";
        return info;
    }

    private void schedule(Runnable task, long delayMs) {
        synchronized (jobs) {
            jobs.removeIf(ScheduledFuture::isDone);
            jobs.add(scheduler.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    logger.warn("Charger {}: {}", chargePointId, e.toString(), e);
                }
            }, delayMs, TimeUnit.MILLISECONDS));
        }
    }
}
