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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.action.OcppChargerActions;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.ocpp.OcppCallHandler;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.AllowedEnergyTransfer;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.ChargePointEvents;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.ChargePointSettings;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.ChargerStateReport;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.ConnectSetup;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.DelayedJobs;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.DeviceInfo;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.Ocpp16MessageHandler;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.Ocpp2MessageHandler;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.RemoteTransactions;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.SetpointWriter;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.TransactionIds;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.TransactionTracker;
import org.openhab.binding.v2x.internal.ocpp.server.ChargePointPath;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A charger connected over OCPP 1.6J, 2.0.1 or 2.1, as an openHAB thing: its configuration, status and properties,
 * and the session the server hands over. The OCPP work is done by collaborators in
 * {@code org.openhab.binding.v2x.internal.ocpp.chargepoint}: message handlers per protocol family turn the
 * charger's messages into charger state, {@link ConnectSetup} prepares a charger that connected,
 * {@link SetpointWriter} writes setpoints and modes as charging profiles, {@link TransactionTracker} and
 * {@link RemoteTransactions} follow and start or stop transactions.
 * <p>
 * The handler's monitor is the charger's lock: {@link ChargerHandler} writes setpoints under it, so the
 * collaborators change state under it too.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class OcppChargerHandler extends ChargerHandler {

    public static final String PROPERTY_OCPP_VERSION = "ocppVersion";
    public static final String PROPERTY_V2X_SUPPORTED = "v2xSupported";
    /** Lets the transaction answer go out before a TxProfile refers to it. */
    private static final long RESEND_AFTER_TRANSACTION_MS = 500;
    private static final long SCHEDULE_AFTER_NEEDS_MS = 200;

    private final Logger logger = LoggerFactory.getLogger(OcppChargerHandler.class);
    private final DelayedJobs jobs;
    private final AllowedEnergyTransfer allowedTransfer;
    private final TransactionTracker transactions;
    private final ChargerStateReport report;
    private final SetpointWriter writer;
    private final ConnectSetup setup;
    private final RemoteTransactions remote;
    private final Ocpp16MessageHandler messages16;
    private final Ocpp2MessageHandler messages2;

    private OcppChargerConfiguration config = new OcppChargerConfiguration();
    private String chargePointId = "";
    private boolean configured;
    private volatile @Nullable OcppSession session;
    private volatile @Nullable OcppVersion version;
    private volatile @Nullable Boolean v2xEnabled;

    /** @param transactionIds shared by all chargers, so the connectors of one charge point never share an id */
    public OcppChargerHandler(Bridge bridge, TimeZoneProvider timeZoneProvider, Clock clock,
            TransactionIds transactionIds) {
        super(bridge, timeZoneProvider, clock);
        jobs = new DelayedJobs(scheduler, () -> chargePointId);
        transactions = new TransactionTracker(transactionIds);
        report = new ChargerStateReport(this, this::publish);
        writer = new SetpointWriter(this, this::settings, () -> session, () -> v2xEnabled, this::limits,
                transactions, report);
        setup = new ConnectSetup(this, this::settings, () -> session, jobs, this::setV2xEnabled, this::resendControl);
        remote = new RemoteTransactions(this::settings, () -> session, transactions);
        allowedTransfer = new AllowedEnergyTransfer(this::settings, () -> session, transactions);
        ChargePointEvents events = new Events();
        messages16 = new Ocpp16MessageHandler(this::settings, clock, this::heartbeatInterval, report, transactions,
                events);
        messages2 = new Ocpp2MessageHandler(this::settings, clock, this::heartbeatInterval, report, transactions,
                events);
    }

    @Override
    public void initialize() {
        config = getConfigAs(OcppChargerConfiguration.class);
        initializeCharger(config);
        synchronized (this) {
            report.reset();
            writer.reset();
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
        // profile 3 identifies the charger by its client certificate, 1 and 2 by its password
        if ((server.securityProfile() == 1 || server.securityProfile() == 2) && config.password.isEmpty()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-no-password [\"" + server.securityProfile() + "\"]");
            return;
        }
        configured = true;
        report.publish();
        // also after a configuration change, which openHAB applies without telling the server
        String holder = server.accept(this);
        if (holder != null) {
            duplicateOf(holder);
            return;
        }
        Bridge bridge = getBridge();
        updateStatusFromBridge(bridge == null ? ThingStatus.OFFLINE : bridge.getStatus());
    }

    @Override
    public void dispose() {
        OcppServerHandler server = server();
        if (server != null) {
            // before the id is forgotten: the server must stop serving it (it may be edited next)
            server.detach(this);
        }
        jobs.cancelAll();
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

    /** The EVSE (2.x) or connector (1.6) this thing controls. */
    public int evseId() {
        return config.evseId;
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
        return transactions.current();
    }

    // ---- connection, called by the server handler

    /** Answers the charger's messages about this thing's EVSE; the server routes them here. */
    OcppCallHandler callHandler(OcppVersion negotiated) {
        return negotiated.isV2() ? messages2.dispatcher() : messages16.dispatcher();
    }

    /** Another thing already controls this EVSE of the charge point: this one stays out of the way. */
    void duplicateOf(String holderThing) {
        configured = false;
        updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.conf-error-duplicate-evse [\"" + chargePointId + "\", \"" + config.evseId + "\", \""
                        + holderThing + "\"]");
    }

    void sessionOpened(OcppSession newSession) {
        OcppVersion negotiated = newSession.getVersion();
        synchronized (this) {
            session = newSession;
            version = negotiated;
            writer.forgetInstalledProfile();
            report.connected();
        }
        logger.debug("Charger {} connected with {} from {}", chargePointId, negotiated.subprotocol(),
                newSession.getRemoteAddress());
        updateProperty(PROPERTY_OCPP_VERSION, negotiated.subprotocol());
        updateStatus(ThingStatus.ONLINE);
        setup.connected(newSession);
    }

    void sessionClosed(OcppSession closed) {
        synchronized (this) {
            if (session != closed) {
                return;
            }
            session = null;
            writer.forgetInstalledProfile();
            report.disconnected();
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

    /** openHAB lets go of the charger (thing removed or server stopped): a running discharge is ended now. */
    void releaseControl() {
        writer.releaseDischarge();
    }

    // ---- control

    @Override
    protected boolean dischargeSupported() {
        if (version == OcppVersion.V21) {
            return !Boolean.FALSE.equals(v2xEnabled);
        }
        return config.allowNegativeLimitDischarge;
    }

    @Override
    protected synchronized void writeSetpoint(double setpointW) {
        writer.send(setpointW);
    }

    @Override
    protected void writeMode(ChargerMode newMode) {
        if (newMode == ChargerMode.BACKUP) {
            logger.info("Charger {}: backup mode is not available over OCPP", chargePointId);
            return;
        }
        synchronized (this) {
            writer.setMode(newMode);
            report.update(state -> state.mode(newMode));
            switch (newMode) {
                case V2X -> {
                    resetSetpointGate();
                    requestSetpoint(requestedSetpointW());
                }
                case CHARGE_ONLY -> writer.send(limits().maxChargeW());
                default -> writer.send(0);
            }
        }
        allowedTransfer.update(dischargeAllowed());
    }

    /** Whether openHAB lets the car discharge now: the energy transfer modes it may use follow this. */
    private boolean dischargeAllowed() {
        return writer.mode() == ChargerMode.V2X && dischargeSupported();
    }

    /** Switches the mode, as a command on the mode channel does. */
    public void applyMode(ChargerMode newMode) {
        writeMode(newMode);
    }

    /** Writes the current control again: after a reconnect, a boot or a transaction change. */
    private synchronized void resendControl() {
        resetSetpointGate();
        if (!writer.controlWritten()) {
            // start clean: a profile left by an earlier openHAB run must not keep discharging the car
            setup.clearOwnProfiles();
            return;
        }
        if (writer.mode() == ChargerMode.V2X) {
            // through the setpoint gate again, so the limits and the driving reserve of now apply
            requestSetpoint(requestedSetpointW());
        } else {
            writer.resendLast();
        }
    }

    // ---- remote start and stop

    /** Asks the charger to start a transaction; completes with whether it accepted. */
    public CompletableFuture<Boolean> startTransaction() {
        return remote.start();
    }

    /** Asks the charger to stop the running transaction; completes with whether it accepted. */
    public CompletableFuture<Boolean> stopTransaction() {
        return remote.stop();
    }

    /** How long the actions wait for the charger's answer. */
    public long callTimeoutMillis() {
        OcppSession current = session;
        return current == null ? 1000 : current.getConfig().responseTimeout().toMillis() + 1000;
    }

    // ---- what the collaborators need from the thing

    private ChargePointSettings settings() {
        return new ChargePointSettings(chargePointId, config.evseId, config.meterInterval, config.maxOfflineDuration);
    }

    private @Nullable OcppServerHandler server() {
        Bridge bridge = getBridge();
        return bridge != null && bridge.getHandler() instanceof OcppServerHandler server ? server : null;
    }

    private int heartbeatInterval() {
        OcppServerHandler server = server();
        return server == null ? 60 : server.heartbeatInterval();
    }

    private void setV2xEnabled(boolean enabled) {
        v2xEnabled = enabled;
        updateProperty(PROPERTY_V2X_SUPPORTED, Boolean.toString(enabled));
    }

    /** What the charger's messages tell besides its state, turned into properties, setup and control. */
    private final class Events implements ChargePointEvents {

        @Override
        public void booted(OcppSession bootSession, DeviceInfo device) {
            updateDeviceProperties(device);
            // a (re)booted charger may have lost its profiles
            writer.forgetInstalledProfile();
            setup.booted(bootSession);
        }

        @Override
        public void v2xSupportReported(boolean enabled) {
            setV2xEnabled(enabled);
        }

        @Override
        public void transactionChanged() {
            if (!writer.controlWritten()) {
                return;
            }
            // a running transaction takes a TxProfile; after it, the default profile carries the setpoint
            jobs.schedule(OcppChargerHandler.this::resendControl, RESEND_AFTER_TRANSACTION_MS);
        }

        @Override
        public boolean chargingNeedsReported(String requestedEnergyTransfer,
                @Nullable List<String> availableEnergyTransfer) {
            allowedTransfer.offered(requestedEnergyTransfer, availableEnergyTransfer);
            // after the answer: a car that offers bidirectional modes while openHAB allows no discharge loses them
            jobs.schedule(() -> allowedTransfer.update(dischargeAllowed()), SCHEDULE_AFTER_NEEDS_MS);
            if (!writer.controlWritten()) {
                // openHAB does not control this charger (yet): it charges by its own schedule
                return false;
            }
            // the promised schedule is a new profile (not an update of the old one) from the current control,
            // within the limits the car just reported; it goes out after the answer to NotifyEVChargingNeeds
            writer.forgetInstalledProfile();
            jobs.schedule(OcppChargerHandler.this::resendControl, SCHEDULE_AFTER_NEEDS_MS);
            return true;
        }

        private void updateDeviceProperties(DeviceInfo device) {
            Map<String, String> properties = editProperties();
            putIfPresent(properties, Thing.PROPERTY_VENDOR, device.vendor());
            putIfPresent(properties, Thing.PROPERTY_MODEL_ID, device.model());
            putIfPresent(properties, Thing.PROPERTY_SERIAL_NUMBER, device.serialNumber());
            putIfPresent(properties, Thing.PROPERTY_FIRMWARE_VERSION, device.firmwareVersion());
            updateProperties(properties);
        }

        private static void putIfPresent(Map<String, String> properties, String name, @Nullable String value) {
            if (value != null && !value.isBlank()) {
                properties.put(name, value.trim());
            }
        }
    }
}
