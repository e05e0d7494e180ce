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

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.charger.OperatingState;
import org.openhab.binding.v2x.internal.ocpp.Ocpp2Actions;
import org.openhab.binding.v2x.internal.ocpp.OcppCallDispatcher;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.control.MeterReading;
import org.openhab.binding.v2x.internal.ocpp.control.PowerControl;
import org.openhab.binding.v2x.internal.ocpp.dto.EmptyPayload;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.BootNotificationResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingNeeds;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.DeviceModel;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.Evse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.HeartbeatResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.IdTokenInfo;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.ReportData;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.StatusResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionEventResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionInfo;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.V2xChargingParameters;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.VariableAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the messages of an OCPP 2.0.1 or 2.1 charger and turns them into charger state, transaction changes and
 * events.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class Ocpp2MessageHandler extends ChargePointMessageHandler {

    private final Logger logger = LoggerFactory.getLogger(Ocpp2MessageHandler.class);
    public Ocpp2MessageHandler(Supplier<ChargePointSettings> settings, Clock clock, IntSupplier heartbeatInterval,
            ChargerStateReport report, TransactionTracker transactions, ChargePointEvents events) {
        super(settings, clock, heartbeatInterval, report, transactions, events);
    }

    @Override
    public OcppCallDispatcher dispatcher() {
        return new OcppCallDispatcher().on(Ocpp2Actions.BOOT_NOTIFICATION, (s, request) -> {
            var station = request.chargingStation;
            events.booted(s, new DeviceInfo(station.vendorName, station.model, station.serialNumber,
                    station.firmwareVersion));
            BootNotificationResponse response = new BootNotificationResponse();
            response.status = "Accepted";
            response.currentTime = now();
            response.interval = heartbeatInterval.getAsInt();
            return response;
        }).on(Ocpp2Actions.HEARTBEAT, (s, request) -> {
            HeartbeatResponse response = new HeartbeatResponse();
            response.currentTime = now();
            return response;
        }).on(Ocpp2Actions.STATUS_NOTIFICATION, (s, request) -> {
            if (request.evseId == evseId()) {
                boolean fault = "Faulted".equals(request.connectorStatus);
                report.connectorStatus(fault, fault ? "Faulted" : null);
            }
            return new EmptyPayload();
        }).on(Ocpp2Actions.METER_VALUES, (s, request) -> {
            if (request.evseId == evseId()) {
                report.meterReading(MeterReading.fromV2(request.meterValue));
            }
            return new EmptyPayload();
        }).on(Ocpp2Actions.TRANSACTION_EVENT, (s, request) -> {
            Evse evse = request.evse;
            if (evse == null || evse.id == null || evse.id == evseId()) {
                transactionEvent(request.eventType, request.transactionInfo);
                report.meterReading(MeterReading.fromV2(request.meterValue));
            }
            TransactionEventResponse response = new TransactionEventResponse();
            if (request.idToken != null) {
                IdTokenInfo info = new IdTokenInfo();
                info.status = "Accepted";
                response.idTokenInfo = info;
            }
            return response;
        }).on(Ocpp2Actions.NOTIFY_EV_CHARGING_NEEDS, (s, request) -> {
            boolean schedule = false;
            if (request.evseId == evseId()) {
                chargingNeeds(request.chargingNeeds);
                schedule = events.chargingNeedsReported(request.chargingNeeds.requestedEnergyTransfer,
                        request.chargingNeeds.availableEnergyTransfer);
            }
            StatusResponse response = new StatusResponse();
            response.status = schedule ? "Accepted" : noSchedule(s.getVersion());
            return response;
        }).on(Ocpp2Actions.NOTIFY_REPORT, (s, request) -> {
            if (request.reportData != null) {
                request.reportData.forEach(this::reportData);
            }
            return new EmptyPayload();
        });
    }

    /**
     * The answer that promises no schedule: 2.1 has NoChargingProfile for it; 2.0.1 knows only Accepted (a schedule
     * follows), Processing and Rejected, so it is Rejected there.
     */
    static String noSchedule(OcppVersion version) {
        return version == OcppVersion.V21 ? "NoChargingProfile" : "Rejected";
    }

    private void transactionEvent(String eventType, TransactionInfo info) {
        boolean ended = "Ended".equals(eventType);
        String previous = transactions.set(ended ? null : info.transactionId);
        report.update(state -> {
            ChargerMode reportedMode = modeOf(info.operationMode);
            if (reportedMode != null) {
                state.mode(reportedMode);
            }
            boolean flowing = "Charging".equals(info.chargingState);
            if (ended) {
                state.activePowerW(0.0).operatingState(OperatingState.IDLE);
            } else if (info.chargingState != null && !flowing
                    && state.build().operatingState() != OperatingState.FAULT) {
                // EVConnected, SuspendedEV, SuspendedEVSE, Idle: plugged in, no power flows
                state.operatingState(OperatingState.IDLE);
            }
        });
        if (!Objects.equals(previous, transactions.current())) {
            events.transactionChanged();
        }
    }

    static @Nullable ChargerMode modeOf(@Nullable String operationMode) {
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

    private void chargingNeeds(ChargingNeeds needs) {
        report.update(state -> {
            V2xChargingParameters v2x = needs.v2xChargingParameters;
            if (v2x != null) {
                ChargerStateReport.setIfPresent(v2x.minChargePower, state::minChargeW);
                ChargerStateReport.setIfPresent(v2x.maxChargePower, state::maxChargeW);
                ChargerStateReport.setIfPresent(v2x.minDischargePower, state::minDischargeW);
                ChargerStateReport.setIfPresent(v2x.maxDischargePower, state::maxDischargeW);
                if (v2x.targetSoC != null) {
                    state.targetSocPct(v2x.targetSoC.doubleValue());
                }
            }
            var dc = needs.dcChargingParameters;
            if (dc != null) {
                ChargerStateReport.setIfPresent(dc.evEnergyCapacity, state::capacityWh);
                if (dc.stateOfCharge != null) {
                    state.socPct(dc.stateOfCharge.doubleValue());
                }
            }
            String departure = needs.departureTime;
            if (departure != null) {
                try {
                    state.departureTime(Instant.parse(departure));
                } catch (DateTimeParseException e) {
                    logger.debug("Charger {} sent an unreadable departure time {}", settings.get().chargePointId(),
                            departure);
                }
            }
        });
    }

    private void reportData(ReportData data) {
        if (DeviceModel.V2X_CHARGING_CTRLR.equals(data.component.name)
                && DeviceModel.ENABLED.equals(data.variable.name)) {
            for (VariableAttribute attribute : data.variableAttribute) {
                if (attribute.value != null && (attribute.type == null || "Actual".equals(attribute.type))) {
                    events.v2xSupportReported(Boolean.parseBoolean(attribute.value.trim()));
                }
            }
        }
    }

    private int evseId() {
        return settings.get().evseId();
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
