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
package org.openhab.v2x.simulator.ocpp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A simulated OCPP charge point with one EVSE and a simulated car, usable as a library (tests, sandbox) and
 * from {@link ChargePointMain}.
 * <p>
 * All protocol state lives on one simulator thread; Jetty callbacks and public commands are handed to it.
 * Toward the central system at most one CALL is in flight at a time.
 */
@NonNullByDefault
public class ChargePointSimulator implements AutoCloseable {

    private static final long STOP_TIMEOUT_SECONDS = 5;

    private final Logger logger = LoggerFactory.getLogger(ChargePointSimulator.class);
    private final ChargePointConfig config;
    private final SimulatedCar car;
    private final Misbehaviour misbehaviour;
    private final FrameLog frameLog = new FrameLog();
    private final ChargingProfiles profiles = new ChargingProfiles();
    private final MessageFactory messages;
    private final ChargerConfiguration configuration;

    private @Nullable ScheduledExecutorService executor;
    private @Nullable ExecutorService connector;
    private @Nullable OcppLink link;
    private volatile boolean running;

    // protocol state, touched on the simulator thread only (volatile where read by getters)
    private volatile OcppVersion version;
    private volatile boolean connected;
    private volatile boolean bootAccepted;
    private long nextBootNanos;
    private long connectedSinceNanos;
    private @Nullable Long offlineSinceNanos;
    private long lastTickNanos;
    private long lastHeartbeatNanos;
    private long lastMeterNanos;
    private int garbageCounter;
    private boolean holdCalls;

    private final Deque<PendingCall> queue = new ArrayDeque<>();
    private @Nullable InFlight inFlight;

    private volatile boolean transactionActive;
    private volatile @Nullable String transactionId;
    private @Nullable Instant transactionStart;
    private String transactionIdTag = "";
    private @Nullable Integer remoteStartId;
    private int seqNo;
    private volatile String chargingState = "Idle";
    private String operationMode = "ChargingOnly";
    private volatile PowerCommand command = PowerCommand.UNLIMITED;

    private record PendingCall(String action, JsonObject payload, @Nullable Consumer<JsonObject> onResult,
            boolean transactional) {
    }

    private record InFlight(String messageId, PendingCall call, long sentNanos) {
    }

    public ChargePointSimulator(ChargePointConfig config, SimulatedCar car) {
        this(config, car, new Misbehaviour());
    }

    public ChargePointSimulator(ChargePointConfig config, SimulatedCar car, Misbehaviour misbehaviour) {
        config.validate();
        this.config = config;
        this.car = car;
        this.misbehaviour = misbehaviour;
        this.messages = new MessageFactory(config, car);
        this.version = config.versions().get(0);
        this.configuration = new ChargerConfiguration(config, car, () -> version, () -> transactionStart);
    }

    // ---------------------------------------------------------------- lifecycle

    /** Connects (and keeps reconnecting) to the central system; returns at once. */
    public synchronized void start() throws Exception {
        if (running) {
            return;
        }
        OcppLink newLink = new OcppLink(config, new LinkListener());
        newLink.start();
        link = newLink;
        ScheduledExecutorService newExecutor = Executors.newSingleThreadScheduledExecutor(
                r -> daemon(r, "ocpp-sim-" + config.chargePointId()));
        executor = newExecutor;
        connector = Executors.newSingleThreadExecutor(r -> daemon(r, "ocpp-sim-connect-" + config.chargePointId()));
        running = true;
        lastTickNanos = System.nanoTime();
        offlineSinceNanos = lastTickNanos;
        newExecutor.scheduleAtFixedRate(guarded(this::tick), 0, (long) (config.tickMillis() * 1000),
                TimeUnit.MICROSECONDS);
        scheduleConnect(0);
    }

    /** Disconnects and stops all threads. The car keeps its state. */
    public synchronized void stop() {
        running = false;
        OcppLink oldLink = link;
        if (oldLink != null) {
            oldLink.stop();
        }
        for (ExecutorService service : new ExecutorService[] { executor, connector }) {
            if (service != null) {
                service.shutdownNow();
                try {
                    service.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        executor = null;
        connector = null;
        link = null;
        connected = false;
    }

    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------- public view

    public ChargePointConfig config() {
        return config;
    }

    public SimulatedCar car() {
        return car;
    }

    /** Faults to show; may be changed while running. */
    public Misbehaviour misbehaviour() {
        return misbehaviour;
    }

    public double getSoc() {
        return car.getSocPercent();
    }

    /** Signed power flowing now, W (positive charges the car). */
    public double getPowerW() {
        return car.getPowerW();
    }

    /** What the installed profiles ask for now. */
    public PowerCommand getCommand() {
        return command;
    }

    /** The last charging profile accepted (csChargingProfiles in 1.6, chargingProfile in 2.x), or null. */
    public @Nullable JsonObject getLastProfile() {
        return call(profiles::lastProfile);
    }

    public FrameLog getFrameLog() {
        return frameLog;
    }

    public List<String> getReceivedFrames() {
        return frameLog.received();
    }

    public List<String> getSentFrames() {
        return frameLog.sent();
    }

    public boolean isConnected() {
        return connected;
    }

    public boolean isBootAccepted() {
        return bootAccepted;
    }

    /** The version the central system picked (or the first offered before connecting). */
    public OcppVersion getVersion() {
        return version;
    }

    public boolean isTransactionActive() {
        return transactionActive;
    }

    public @Nullable String getTransactionId() {
        return transactionId;
    }

    /** 2.x chargingState terms: EVConnected, Charging, SuspendedEV, SuspendedEVSE, Idle. */
    public String getChargingState() {
        return chargingState;
    }

    public double getHeartbeatIntervalSeconds() {
        return configuration.heartbeatSeconds();
    }

    public double getMeterIntervalSeconds() {
        return configuration.meterIntervalSeconds();
    }

    /** A compact one-line status: time, SoC, power, setpoint, state. */
    public String statusLine() {
        PowerCommand now = command;
        Double setpoint = now.setpointW();
        String target = setpoint != null ? String.format(Locale.ROOT, "%.0f W", setpoint)
                : Double.isInfinite(now.powerW()) ? "none" : String.format(Locale.ROOT, "limit %.0f W", now.powerW());
        return String.format(Locale.ROOT, "%s %s SoC %5.1f %% P %6.0f W setpoint %s %s %s%s",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), config.chargePointId(), car.getSocPercent(),
                car.getPowerW(), target, now.operationMode(), chargingState,
                connected ? (bootAccepted ? "" : " (booting)") : " (offline)");
    }

    /** The Basic auth password a central system set last (for credential rotation tests), or the configured one. */
    public @Nullable String getBasicAuthPassword() {
        return configuration.basicAuthPassword();
    }

    // ---------------------------------------------------------------- commands

    /**
     * Lets simulated time pass for the battery now (for tests with speed 0), then applies the profiles.
     */
    public void advance(Duration step) {
        run(() -> {
            car.advance(step);
            applyControl();
        });
    }

    /** Starts a transaction as if the driver plugged in and authorized locally. */
    public void startTransaction() {
        run(() -> beginTransaction(config.idTag(), "CablePluggedIn", null));
    }

    /** Ends the running transaction as if the driver stopped it. */
    public void stopTransaction() {
        run(() -> endTransaction("Local", "StopAuthorized"));
    }

    /** Sends a NotifyEVChargingNeeds (2.1) now, e.g. after changing the car's target. */
    public void notifyChargingNeeds() {
        run(this::sendChargingNeeds);
    }

    /** Drops the connection now; the simulator reconnects after the reconnect delay. */
    public void disconnect() {
        OcppLink current = link;
        if (current != null) {
            current.disconnect();
        }
    }

    /** Sends any text as a frame, outside the CALL queue (for garbage tests). */
    public void sendRaw(String text) {
        run(() -> sendText(text));
    }

    // ---------------------------------------------------------------- the tick

    private void tick() {
        long now = System.nanoTime();
        double realSeconds = (now - lastTickNanos) / 1e9;
        lastTickNanos = now;
        if (config.speed() > 0) {
            car.advance(Duration.ofNanos((long) (realSeconds * config.speed() * 1e9)));
        }
        applyControl();
        if (!connected) {
            return;
        }
        if (!bootAccepted) {
            if (now >= nextBootNanos && queue.stream().noneMatch(c -> "BootNotification".equals(c.action()))
                    && !inFlight("BootNotification")) {
                enqueueFirst(new PendingCall("BootNotification", messages.bootNotification(version),
                        this::onBootResult, false));
            }
        } else {
            if (!misbehaviour.noHeartbeats() && seconds(now - lastHeartbeatNanos) >= configuration.heartbeatSeconds()) {
                lastHeartbeatNanos = now;
                enqueue("Heartbeat", new JsonObject(), null);
            }
            if (seconds(now - lastMeterNanos) >= configuration.meterIntervalSeconds()) {
                lastMeterNanos = now;
                sendMeterValues("Sample.Periodic");
                if (misbehaviour.garbageFrames()) {
                    sendGarbage();
                }
            }
        }
        long disconnectAfter = misbehaviour.disconnectEverySeconds();
        OcppLink current = link;
        if (disconnectAfter > 0 && seconds(now - connectedSinceNanos) >= disconnectAfter && current != null) {
            logger.info("Misbehaving: dropping the connection after {} s", disconnectAfter);
            current.disconnect();
        }
        InFlight waiting = inFlight;
        if (waiting != null && (now - waiting.sentNanos()) / 1_000_000 >= config.callTimeoutMillis()) {
            logger.warn("No response to {} within {} ms, giving up on it", waiting.call().action(),
                    config.callTimeoutMillis());
            inFlight = null;
            pump();
        }
    }

    /** Turns the profiles into a power request for the car and reports state changes. */
    private void applyControl() {
        Long offlineSince = offlineSinceNanos;
        Double offlineSeconds = offlineSince == null ? null : seconds(System.nanoTime() - offlineSince);
        PowerCommand next = profiles.evaluate(Instant.now(), offlineSeconds, transactionStart, config.phases(),
                config.voltage());
        command = next;
        double target = transactionActive ? next.powerW() : 0;
        target = Math.max(-config.chargerMaxPowerW(), Math.min(config.chargerMaxPowerW(), target));
        car.request(target);
        updateChargingState(next);
    }

    private void updateChargingState(PowerCommand current) {
        String state;
        if (!transactionActive) {
            state = "EVConnected";
        } else if (car.getPowerW() != 0) {
            state = "Charging";
        } else if (car.getRequestedW() == 0) {
            state = "SuspendedEVSE";
        } else {
            state = "SuspendedEV";
        }
        boolean stateChanged = !state.equals(chargingState);
        boolean modeChanged = !current.operationMode().equals(operationMode);
        chargingState = state;
        operationMode = current.operationMode();
        if (!transactionActive || !bootAccepted || !(stateChanged || modeChanged)) {
            return;
        }
        if (version == OcppVersion.V16) {
            if (stateChanged) {
                sendStatus(state.equals("EVConnected") ? "Preparing" : state);
            }
        } else {
            String trigger = stateChanged ? "ChargingStateChanged" : "OperationModeChanged";
            if (!stateChanged && version != OcppVersion.V21) {
                return;
            }
            enqueueTransactional("TransactionEvent",
                    messages.transactionEvent("Updated", trigger, seqNo++, transactionInfo(null), null, null,
                            Instant.now()));
        }
    }

    // ---------------------------------------------------------------- connection events

    private class LinkListener implements OcppLink.Listener {
        @Override
        public void onOpen(OcppVersion negotiated) {
            post(() -> opened(negotiated));
        }

        @Override
        public void onText(String text) {
            frameLog.add(true, text);
            post(() -> received(text));
        }

        @Override
        public void onClosed(String reason) {
            post(() -> closed(reason));
        }
    }

    private void scheduleConnect(long delayMillis) {
        ScheduledExecutorService service = executor;
        if (service == null || !running) {
            return;
        }
        service.schedule(() -> {
            ExecutorService connectService = connector;
            if (connectService != null && running) {
                connectService.execute(this::connectOnce);
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void connectOnce() {
        OcppLink current = link;
        if (current == null || !running) {
            return;
        }
        String failure = current.connect();
        if (failure != null) {
            logger.info("Connecting to {} failed: {}; retrying in {} ms", config.endpoint(), failure,
                    config.reconnectDelayMillis());
            scheduleConnect(config.reconnectDelayMillis());
        }
    }

    private void opened(OcppVersion negotiated) {
        logger.info("Connected to {} with OCPP {}", config.endpoint(), negotiated.label());
        boolean versionChanged = negotiated != version;
        version = negotiated;
        if (versionChanged) {
            configuration.resetMeasurands(negotiated);
        }
        connected = true;
        connectedSinceNanos = System.nanoTime();
        offlineSinceNanos = null;
        if (bootAccepted) {
            sendStatus(connectorStatus());
        } else {
            nextBootNanos = 0;
        }
        pump();
    }

    private void closed(String reason) {
        boolean wasConnected = connected;
        connected = false;
        if (offlineSinceNanos == null) {
            offlineSinceNanos = System.nanoTime();
        }
        InFlight lost = inFlight;
        inFlight = null;
        if (lost != null && lost.call().transactional()) {
            queue.addFirst(lost.call());
        }
        // what is not part of a transaction is stale by the time we are back
        queue.removeIf(c -> !c.transactional());
        if (wasConnected) {
            logger.info("Connection to {} closed: {}; reconnecting in {} ms", config.endpoint(), reason,
                    config.reconnectDelayMillis());
        }
        scheduleConnect(config.reconnectDelayMillis());
    }

    // ---------------------------------------------------------------- incoming frames

    private void received(String text) {
        OcppFrame frame;
        try {
            frame = OcppFrame.decode(text);
        } catch (OcppFrame.MalformedFrameException e) {
            logger.warn("Unreadable frame from the central system ({}): {}", e.getMessage(), text);
            String code = version == OcppVersion.V16 ? "FormationViolation"
                    : e.messageId().equals("-1") ? "RpcFrameworkError" : "MessageTypeNotSupported";
            sendText(OcppFrame.error(e.messageId(), code, String.valueOf(e.getMessage())).encode());
            return;
        }
        switch (frame.type()) {
            case OcppFrame.CALL -> answer(frame);
            case OcppFrame.CALLRESULT, OcppFrame.CALLERROR, OcppFrame.CALLRESULTERROR -> response(frame);
            default -> logger.debug("Ignoring SEND {}", frame.action());
        }
    }

    private void response(OcppFrame frame) {
        InFlight waiting = inFlight;
        if (waiting == null || !waiting.messageId().equals(frame.messageId())) {
            logger.warn("Response {} matches no outstanding CALL", frame.messageId());
            return;
        }
        inFlight = null;
        if (frame.type() == OcppFrame.CALLRESULT) {
            Consumer<JsonObject> onResult = waiting.call().onResult();
            if (onResult != null) {
                try {
                    onResult.accept(frame.payload());
                } catch (RuntimeException e) {
                    logger.warn("Bad {} response {}: {}", waiting.call().action(), frame.payload(), e.getMessage());
                }
            }
        } else {
            logger.warn("{} answered with {}: {}", waiting.call().action(), frame.errorCode(),
                    frame.errorDescription());
            if ("BootNotification".equals(waiting.call().action())) {
                nextBootNanos = System.nanoTime() + nanos(config.bootRetrySeconds());
            }
        }
        pump();
    }

    private void answer(OcppFrame call) {
        OcppFrame reply;
        // CALLs caused by this request (a started transaction) go out after the answer, as on a real charger
        holdCalls = true;
        try {
            try {
                reply = OcppFrame.result(call.messageId(), handle(call.action(), call.payload()));
            } catch (OcppError e) {
                reply = OcppFrame.error(call.messageId(), e.codeFor(version), String.valueOf(e.getMessage()));
            } catch (RuntimeException e) {
                logger.warn("Handling {} failed", call.action(), e);
                reply = OcppFrame.error(call.messageId(), OcppError.INTERNAL_ERROR, String.valueOf(e.getMessage()));
            }
            // the new setpoint is in force by the time the central system reads the answer
            applyControl();
            String text = reply.encode();
            long delay = misbehaviour.responseDelayMillis();
            ScheduledExecutorService service = executor;
            if (delay > 0 && service != null) {
                service.schedule(guarded(() -> sendText(text)), delay, TimeUnit.MILLISECONDS);
            } else {
                sendText(text);
            }
        } finally {
            holdCalls = false;
        }
        pump();
    }

    private JsonObject handle(String action, JsonObject payload) throws OcppError {
        boolean v16 = version == OcppVersion.V16;
        switch (action) {
            case "SetChargingProfile":
                return setChargingProfile(payload);
            case "ClearChargingProfile":
                return clearChargingProfile(payload);
            case "TriggerMessage":
                return triggerMessage(payload);
            case "UpdateDynamicSchedule":
                if (version == OcppVersion.V21) {
                    return updateDynamicSchedule(payload);
                }
                break;
            case "RemoteStartTransaction":
                if (v16) {
                    return remoteStart16(payload);
                }
                break;
            case "RemoteStopTransaction":
                if (v16) {
                    return remoteStop(String.valueOf(Json.integer(payload, "transactionId")));
                }
                break;
            case "RequestStartTransaction":
                if (!v16) {
                    return requestStart(payload);
                }
                break;
            case "RequestStopTransaction":
                if (!v16) {
                    return remoteStop(Json.string(payload, "transactionId"));
                }
                break;
            case "ChangeConfiguration":
                if (v16) {
                    return configuration.changeConfiguration(payload);
                }
                break;
            case "GetConfiguration":
                if (v16) {
                    return configuration.getConfiguration(payload);
                }
                break;
            case "SetVariables":
                if (!v16) {
                    return configuration.setVariables(payload);
                }
                break;
            case "GetVariables":
                if (!v16) {
                    return configuration.getVariables(payload);
                }
                break;
            default:
                break;
        }
        throw new OcppError(OcppError.NOT_IMPLEMENTED,
                "this charge point does not implement " + action + " in OCPP " + version.label());
    }

    // ---------------------------------------------------------------- smart charging

    private JsonObject setChargingProfile(JsonObject payload) throws OcppError {
        ChargingProfiles.Decision decision;
        if (misbehaviour.rejectProfiles()) {
            decision = ChargingProfiles.Decision.rejected("misbehaving: rejecting every profile");
        } else {
            decision = profiles.set(payload, profileContext(), Instant.now());
        }
        if (!decision.accepted()) {
            logger.info("Rejected SetChargingProfile: {}", decision.reason());
        }
        return status(decision.accepted() ? "Accepted" : "Rejected", decision.reason());
    }

    private JsonObject clearChargingProfile(JsonObject payload) throws OcppError {
        boolean removed;
        if (version == OcppVersion.V16) {
            removed = profiles.clear(Json.optionalInteger(payload, "id"),
                    Json.optionalString(payload, "chargingProfilePurpose"),
                    Json.optionalInteger(payload, "stackLevel"));
        } else {
            JsonObject criteria = Json.optionalObject(payload, "chargingProfileCriteria");
            removed = profiles.clear(Json.optionalInteger(payload, "chargingProfileId"),
                    criteria == null ? null : Json.optionalString(criteria, "chargingProfilePurpose"),
                    criteria == null ? null : Json.optionalInteger(criteria, "stackLevel"));
        }
        return status(removed ? "Accepted" : "Unknown", "");
    }

    private JsonObject updateDynamicSchedule(JsonObject payload) throws OcppError {
        int profileId = Json.integer(payload, "chargingProfileId");
        JsonObject update = Json.object(payload, "scheduleUpdate");
        boolean updated = !misbehaviour.rejectProfiles() && profiles.updateDynamic(profileId, update);
        return status(updated ? "Accepted" : "Rejected", updated ? "" : "no Dynamic profile " + profileId);
    }

    private ChargingProfiles.Context profileContext() {
        return new ChargingProfiles.Context(version, config.negativeLimitDischarge(), transactionId,
                transactionActive);
    }

    // ---------------------------------------------------------------- transactions

    private JsonObject remoteStart16(JsonObject payload) throws OcppError {
        String idTag = Json.string(payload, "idTag");
        Integer connectorId = Json.optionalInteger(payload, "connectorId");
        JsonObject profile = Json.optionalObject(payload, "chargingProfile");
        if (transactionActive || (connectorId != null && connectorId != 1)) {
            return status("Rejected", "");
        }
        beginTransaction(idTag, "RemoteStart", null);
        installStartProfile(profile);
        return status("Accepted", "");
    }

    private JsonObject requestStart(JsonObject payload) throws OcppError {
        int startId = Json.integer(payload, "remoteStartId");
        JsonObject idToken = Json.object(payload, "idToken");
        String token = Json.string(idToken, "idToken");
        Integer evseId = Json.optionalInteger(payload, "evseId");
        JsonObject profile = Json.optionalObject(payload, "chargingProfile");
        if (transactionActive || (evseId != null && evseId != 1)) {
            return status("Rejected", transactionActive ? "transaction already running" : "unknown EVSE");
        }
        beginTransaction(token, "RemoteStart", startId);
        installStartProfile(profile);
        JsonObject response = status("Accepted", "");
        String id = transactionId;
        if (id != null) {
            response.addProperty("transactionId", id);
        }
        return response;
    }

    private void installStartProfile(@Nullable JsonObject profile) throws OcppError {
        if (profile != null) {
            ChargingProfiles.Decision decision = profiles.install(profile, profileContext(), Instant.now());
            if (!decision.accepted()) {
                logger.warn("Ignoring the charging profile of the remote start: {}", decision.reason());
            }
        }
    }

    private JsonObject remoteStop(String requestedId) {
        if (!transactionActive || !requestedId.equals(transactionId)) {
            return status("Rejected", "unknown transaction " + requestedId);
        }
        endTransaction("Remote", "RemoteStop");
        return status("Accepted", "");
    }

    private void beginTransaction(String idTag, String trigger, @Nullable Integer startId) {
        if (transactionActive) {
            return;
        }
        transactionActive = true;
        transactionStart = Instant.now();
        transactionIdTag = idTag;
        remoteStartId = startId;
        seqNo = 0;
        chargingState = "EVConnected";
        if (version == OcppVersion.V16) {
            transactionId = null;
            enqueueTransactional("StartTransaction", messages.startTransaction16(idTag, Instant.now()),
                    this::onStartTransactionResult);
        } else {
            transactionId = UUID.randomUUID().toString();
            JsonObject idToken = new JsonObject();
            idToken.addProperty("idToken", idTag);
            idToken.addProperty("type", startId != null ? "Central" : "Local");
            enqueueTransactional("TransactionEvent", messages.transactionEvent("Started", trigger, seqNo++,
                    transactionInfo(null), idToken, meterValue("Transaction.Begin"), Instant.now()));
            if (version == OcppVersion.V21) {
                sendChargingNeeds();
            }
        }
    }

    private void endTransaction(String reason, String trigger) {
        if (!transactionActive) {
            return;
        }
        String id = transactionId;
        if (version == OcppVersion.V16) {
            if (id != null) {
                enqueueTransactional("StopTransaction",
                        messages.stopTransaction16(Integer.parseInt(id), reason, Instant.now()), null);
            }
        } else if (id != null) {
            enqueueTransactional("TransactionEvent", messages.transactionEvent("Ended", trigger, seqNo++,
                    transactionInfo(reason), null, meterValue("Transaction.End"), Instant.now()));
        }
        transactionActive = false;
        transactionId = null;
        transactionStart = null;
        profiles.transactionEnded();
        applyControl();
        if (version == OcppVersion.V16) {
            sendStatus("Finishing");
        }
    }

    private void onStartTransactionResult(JsonObject result) {
        JsonElement id = result.get("transactionId");
        if (id == null || !id.isJsonPrimitive()) {
            logger.warn("StartTransaction response without transactionId: {}", result);
            return;
        }
        transactionId = String.valueOf(id.getAsInt());
        JsonObject info = result.getAsJsonObject("idTagInfo");
        String status = info == null || !info.has("status") ? "?" : info.get("status").getAsString();
        if (!"Accepted".equals(status)) {
            logger.info("Central system did not authorize {} ({}), ending the transaction", transactionIdTag, status);
            endTransaction("DeAuthorized", "Deauthorized");
        }
    }

    private JsonObject transactionInfo(@Nullable String stoppedReason) {
        JsonObject info = new JsonObject();
        info.addProperty("transactionId", String.valueOf(transactionId));
        info.addProperty("chargingState", chargingState);
        if (stoppedReason != null) {
            info.addProperty("stoppedReason", stoppedReason);
        }
        Integer startId = remoteStartId;
        if (startId != null) {
            info.addProperty("remoteStartId", startId);
        }
        if (version == OcppVersion.V21) {
            info.addProperty("operationMode", operationMode);
        }
        return info;
    }

    private void sendChargingNeeds() {
        if (version != OcppVersion.V21 || !transactionActive) {
            return;
        }
        Instant start = transactionStart;
        Instant departure = (start == null ? Instant.now() : start).plus(config.departureIn());
        enqueue("NotifyEVChargingNeeds", messages.notifyEvChargingNeeds(departure, Instant.now()), null);
    }

    // ---------------------------------------------------------------- remote trigger

    private JsonObject triggerMessage(JsonObject payload) throws OcppError {
        String requested = Json.string(payload, "requestedMessage");
        boolean accepted = true;
        switch (requested) {
            case "BootNotification" -> enqueue("BootNotification", messages.bootNotification(version),
                    this::onBootResult);
            case "Heartbeat" -> enqueue("Heartbeat", new JsonObject(), null);
            case "StatusNotification" -> sendStatus(connectorStatus());
            case "MeterValues" -> sendMeterValues("Trigger");
            case "TransactionEvent" -> {
                if (version.isTwoX() && transactionActive) {
                    enqueueTransactional("TransactionEvent", messages.transactionEvent("Updated", "Trigger",
                            seqNo++, transactionInfo(null), null, meterValue("Trigger"), Instant.now()));
                } else {
                    accepted = false;
                }
            }
            default -> {
                return status("NotImplemented", "");
            }
        }
        return status(accepted ? "Accepted" : "Rejected", "");
    }

    // ---------------------------------------------------------------- outgoing messages

    private void onBootResult(JsonObject result) {
        String status = result.has("status") ? result.get("status").getAsString() : "?";
        double interval = result.has("interval") ? result.get("interval").getAsDouble() : 0;
        if ("Accepted".equals(status)) {
            boolean first = !bootAccepted;
            bootAccepted = true;
            if (interval > 0) {
                configuration.heartbeatSeconds(interval);
            }
            long now = System.nanoTime();
            lastHeartbeatNanos = now;
            lastMeterNanos = now;
            logger.info("Boot accepted, heartbeat every {} s", configuration.heartbeatSeconds());
            if (first) {
                sendStatus(connectorStatus());
                if (config.autoStartTransaction() && !transactionActive) {
                    beginTransaction(config.idTag(), "CablePluggedIn", null);
                }
            }
        } else {
            double retry = interval > 0 ? interval : config.bootRetrySeconds();
            logger.info("Boot {}, retrying in {} s", status, retry);
            nextBootNanos = System.nanoTime() + nanos(retry);
        }
    }

    private String connectorStatus() {
        if (version == OcppVersion.V16) {
            if (!transactionActive) {
                return "Preparing";
            }
            return chargingState.equals("EVConnected") ? "Preparing" : chargingState;
        }
        return "Occupied";
    }

    private void sendStatus(String status) {
        if (bootAccepted) {
            enqueue("StatusNotification", messages.statusNotification(version, status, Instant.now()), null);
        }
    }

    private void sendMeterValues(String context) {
        Integer tx16 = null;
        String id = transactionId;
        if (version == OcppVersion.V16 && transactionActive && id != null) {
            tx16 = Integer.valueOf(id);
        }
        enqueue("MeterValues", messages.meterValues(version, tx16, command, configuration.measurands(), context, Instant.now()),
                null);
    }

    private JsonObject meterValue(String context) {
        return messages.meterValue(version, command, configuration.measurands(), context, Instant.now());
    }

    private void sendGarbage() {
        String[] garbage = { "this is not OCPP", "[2,\"garbage-" + garbageCounter + "\"", "[9,\"x\",{}]",
                "{\"not\":\"an array\"}" };
        sendText(garbage[garbageCounter++ % garbage.length]);
    }

    private void enqueue(String action, JsonObject payload, @Nullable Consumer<JsonObject> onResult) {
        if (!connected) {
            return;
        }
        queue.addLast(new PendingCall(action, payload, onResult, false));
        pump();
    }

    /** Transaction messages survive a lost connection and go out after the reconnect. */
    private void enqueueTransactional(String action, JsonObject payload) {
        enqueueTransactional(action, payload, null);
    }

    private void enqueueTransactional(String action, JsonObject payload, @Nullable Consumer<JsonObject> onResult) {
        queue.addLast(new PendingCall(action, payload, onResult, true));
        pump();
    }

    private void enqueueFirst(PendingCall call) {
        queue.addFirst(call);
        pump();
    }

    private boolean inFlight(String action) {
        InFlight waiting = inFlight;
        return waiting != null && waiting.call().action().equals(action);
    }

    /** Sends the next CALL if none is outstanding; before the boot is accepted only BootNotification may go. */
    private void pump() {
        if (inFlight != null || !connected || holdCalls) {
            return;
        }
        PendingCall next = null;
        for (PendingCall candidate : queue) {
            if (bootAccepted || "BootNotification".equals(candidate.action())) {
                next = candidate;
                break;
            }
        }
        if (next == null) {
            return;
        }
        queue.remove(next);
        String messageId = UUID.randomUUID().toString();
        inFlight = new InFlight(messageId, next, System.nanoTime());
        sendText(OcppFrame.call(messageId, next.action(), next.payload()).encode());
    }

    private void sendText(String text) {
        OcppLink current = link;
        if (current != null && current.send(text)) {
            frameLog.add(false, text);
        }
    }

    private JsonObject status(String status, String reason) {
        JsonObject response = new JsonObject();
        response.addProperty("status", status);
        if (version.isTwoX() && !reason.isEmpty()) {
            // 1.6 responses have no room for a reason; 2.x carries it in statusInfo
            JsonObject info = new JsonObject();
            info.addProperty("reasonCode", "InvalidValue");
            info.addProperty("additionalInfo", reason.length() > 500 ? reason.substring(0, 500) : reason);
            response.add("statusInfo", info);
        }
        return response;
    }

    // ---------------------------------------------------------------- threading helpers

    private void post(Runnable task) {
        ScheduledExecutorService service = executor;
        if (service != null && running) {
            try {
                service.execute(guarded(task));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                logger.debug("Simulator stopped, dropping a task");
            }
        }
    }

    /** Runs a task on the simulator thread and waits for it (or runs it directly when not started). */
    private void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    private <T> @Nullable T call(Callable<@Nullable T> task) {
        ScheduledExecutorService service = executor;
        if (service == null || !running) {
            synchronized (this) {
                try {
                    return task.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        try {
            return service.submit(task).get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            throw new IllegalStateException("simulator task failed: " + e.getMessage(), e);
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                logger.warn("Simulator task failed", e);
            }
        };
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }

}
