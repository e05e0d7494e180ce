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
import java.time.temporal.ChronoUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.v2x.internal.ocpp.Ocpp16Actions;
import org.openhab.binding.v2x.internal.ocpp.OcppCallDispatcher;
import org.openhab.binding.v2x.internal.ocpp.control.MeterReading;
import org.openhab.binding.v2x.internal.ocpp.dto.EmptyPayload;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.AuthorizeResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.BootNotificationResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.HeartbeatResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.IdTagInfo;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.StartTransactionResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.StopTransactionResponse;

/**
 * Answers the messages of an OCPP 1.6J charger and turns them into charger state, transaction changes and events.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class Ocpp16MessageHandler extends ChargePointMessageHandler {

    public Ocpp16MessageHandler(Supplier<ChargePointSettings> settings, Clock clock, IntSupplier heartbeatInterval,
            ChargerStateReport report, TransactionTracker transactions, ChargePointEvents events) {
        super(settings, clock, heartbeatInterval, report, transactions, events);
    }

    @Override
    public OcppCallDispatcher dispatcher() {
        return new OcppCallDispatcher().on(Ocpp16Actions.BOOT_NOTIFICATION, (s, request) -> {
            events.booted(s,
                    new DeviceInfo(request.chargePointVendor, request.chargePointModel,
                            request.chargePointSerialNumber != null ? request.chargePointSerialNumber
                                    : request.chargeBoxSerialNumber,
                            request.firmwareVersion));
            BootNotificationResponse response = new BootNotificationResponse();
            response.status = "Accepted";
            response.currentTime = now();
            response.interval = heartbeatInterval.getAsInt();
            return response;
        }).on(Ocpp16Actions.HEARTBEAT, (s, request) -> {
            HeartbeatResponse response = new HeartbeatResponse();
            response.currentTime = now();
            return response;
        }).on(Ocpp16Actions.STATUS_NOTIFICATION, (s, request) -> {
            if (request.connectorId == evseId() || request.connectorId == 0) {
                boolean fault = "Faulted".equals(request.status);
                String error = "NoError".equals(request.errorCode) ? null
                        : request.errorCode + (request.info == null ? "" : ": " + request.info);
                report.connectorStatus(fault, error);
            }
            return new EmptyPayload();
        }).on(Ocpp16Actions.METER_VALUES, (s, request) -> {
            if (request.connectorId == evseId()) {
                if (request.transactionId != null) {
                    transactions.adoptIfUnknown(request.transactionId.toString());
                }
                report.meterReading(MeterReading.fromV16(request.meterValue));
            }
            return new EmptyPayload();
        }).on(Ocpp16Actions.START_TRANSACTION, (s, request) -> {
            int id = transactions.nextId();
            if (request.connectorId == evseId()) {
                transactions.set(Integer.toString(id));
                events.transactionChanged();
            }
            StartTransactionResponse response = new StartTransactionResponse();
            response.transactionId = id;
            response.idTagInfo = acceptedTag();
            return response;
        }).on(Ocpp16Actions.STOP_TRANSACTION, (s, request) -> {
            if (transactions.endIfCurrent(request.transactionId.toString())) {
                events.transactionChanged();
            }
            StopTransactionResponse response = new StopTransactionResponse();
            response.idTagInfo = acceptedTag();
            return response;
        }).on(Ocpp16Actions.AUTHORIZE, (s, request) -> {
            // whoever plugs in at home may charge; openHAB is not a billing system
            AuthorizeResponse response = new AuthorizeResponse();
            response.idTagInfo = acceptedTag();
            return response;
        });
    }

    private int evseId() {
        return settings.get().evseId();
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static IdTagInfo acceptedTag() {
        IdTagInfo info = new IdTagInfo();
        info.status = "Accepted";
        return info;
    }
}
