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

import static org.openhab.binding.v2x.internal.echonet.V2hProperties.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.echonet.EchonetEndpoint;
import org.openhab.binding.v2x.internal.echonet.EchonetEndpointConfig;
import org.openhab.binding.v2x.internal.echonet.EchonetFrame;
import org.openhab.binding.v2x.internal.echonet.EchonetProperty;
import org.openhab.binding.v2x.internal.echonet.Esv;
import org.openhab.binding.v2x.internal.echonet.V2hSignCheck;
import org.openhab.binding.v2x.internal.echonet.V2hStateMapper;
import org.openhab.binding.v2x.internal.echonet.V2hUnit;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Japanese V2H unit (ECHONET Lite class 0x027E) on the home network: polls what its Get map lists, takes its
 * announcements, and writes setpoints and modes through the properties its Set map lists. A discharge is refused
 * while the unit is grid-tied without reverse flow (DB 0x02); in independent operation (outage) it is allowed.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class EchonetV2hHandler extends ChargerHandler {

    public static final String PROPERTY_UNIT_ID = "unitId";

    private final Logger logger = LoggerFactory.getLogger(EchonetV2hHandler.class);
    private final AtomicBoolean polling = new AtomicBoolean();
    private @Nullable EchonetEndpoint endpoint;
    private @Nullable V2hUnit unit;
    private @Nullable ScheduledFuture<?> pollJob;
    private Map<Integer, EchonetProperty> checked = Map.of();
    private @Nullable String lastWarning;
    private volatile @Nullable String lastError;

    public EchonetV2hHandler(Bridge bridge, TimeZoneProvider timeZoneProvider, Clock clock) {
        super(bridge, timeZoneProvider, clock);
    }

    @Override
    public void initialize() {
        EchonetV2hConfiguration config = getConfigAs(EchonetV2hConfiguration.class);
        initializeCharger(config);
        lastError = null;
        checked = Map.of();
        updateStatus(ThingStatus.UNKNOWN);
        scheduler.execute(() -> start(config));
    }

    private synchronized void start(EchonetV2hConfiguration config) {
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(config.ipAddress.trim()), config.port);
        } catch (UnknownHostException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-echonet-address [\"" + config.ipAddress + "\"]");
            return;
        }
        EchonetEndpoint newEndpoint = new EchonetEndpoint(new EchonetEndpointConfig("0.0.0.0", config.localPort,
                blankToNull(config.multicastGroup), blankToNull(config.networkInterface),
                Duration.ofMillis(config.responseTimeout), config.retries), scheduler, this::frameReceived);
        try {
            newEndpoint.start();
        } catch (IOException e) {
            newEndpoint.close();
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.comm-error-echonet-socket [\"" + config.localPort + "\", \"" + e.getMessage()
                            + "\"]");
            return;
        }
        endpoint = newEndpoint;
        V2hUnit newUnit = new V2hUnit(newEndpoint, address, config.instance);
        unit = newUnit;
        updateProperty(PROPERTY_UNIT_ID, unitId(address.getAddress(), newUnit.eoj()));
        pollJob = scheduler.scheduleWithFixedDelay(this::poll, 0, config.pollInterval, TimeUnit.SECONDS);
    }

    @Override
    public void dispose() {
        synchronized (this) {
            ScheduledFuture<?> job = pollJob;
            if (job != null) {
                job.cancel(true);
                pollJob = null;
            }
            EchonetEndpoint e = endpoint;
            V2hUnit u = unit;
            if (e != null && u != null) {
                stopDischarge(e, u);
            }
            if (e != null) {
                e.close();
                endpoint = null;
            }
            unit = null;
        }
        super.dispose();
    }

    /**
     * Units have no fail-safe of their own for a lost controller: when the thing goes away in an orderly way, a
     * running discharge ends at once (standby, sent once without waiting for the answer).
     */
    private void stopDischarge(EchonetEndpoint e, V2hUnit u) {
        EchonetProperty mode = u.values().get(MODE);
        Integer da = mode == null ? null : mode.uint8();
        if (requestedSetpointW() < 0 || (da != null && da == MODE_DISCHARGE)) {
            try {
                e.send(u.address(), new EchonetFrame(e.nextTid(), CONTROLLER, u.eoj(), Esv.SETI,
                        List.of(EchonetProperty.ofByte(MODE, MODE_STANDBY))));
            } catch (IOException ex) {
                logger.debug("Could not stop the discharge of {}: {}", u.address(), ex.getMessage());
            }
        }
    }

    /** Reads the maps (until known), then the monitored values; a poll still running is not overlapped. */
    void poll() {
        V2hUnit u = unit;
        if (u == null || !polling.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<Void> maps = u.mapsKnown() ? CompletableFuture.completedFuture(null) : u.readMaps();
        maps.thenCompose(v -> u.poll()).whenComplete((v, error) -> {
            polling.set(false);
            if (u != unit) {
                return; // disposed meanwhile
            }
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                        : error;
                logger.debug("Polling the V2H unit at {} failed: {}", u.address(), cause.getMessage());
                updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                        "@text/offline.comm-error-echonet-no-answer [\"" + cause.getMessage() + "\"]");
                return;
            }
            updateStatus(ThingStatus.ONLINE);
            publishValues(u);
        });
    }

    private void frameReceived(InetSocketAddress sender, EchonetFrame frame) {
        V2hUnit u = unit;
        if (u == null || !u.isFrom(sender, frame)) {
            return;
        }
        if (frame.esv() == Esv.INF || frame.esv() == Esv.INFC) {
            u.accept(frame);
            publishValues(u);
        }
    }

    private synchronized void publishValues(V2hUnit u) {
        Map<Integer, EchonetProperty> values = u.values();
        V2hSignCheck.check(checked, values).ifPresent(this::warnOnce);
        checked = values;
        publish(V2hStateMapper.map(values, lastError));
    }

    private void warnOnce(String contradiction) {
        if (!contradiction.equals(lastWarning)) {
            lastWarning = contradiction;
            logger.warn("V2H unit {}: {}; the sign of D3 may differ from the assumed convention (+ charges)",
                    getThing().getUID(), contradiction);
        }
    }

    @Override
    protected void writeSetpoint(double setpointW) {
        V2hUnit u = unit;
        if (u == null) {
            return;
        }
        write(u, u.setpointRequest(setpointW));
    }

    @Override
    protected void writeMode(ChargerMode mode) {
        V2hUnit u = unit;
        if (u == null) {
            return;
        }
        switch (mode) {
            case CHARGE_ONLY -> write(u, List.of(EchonetProperty.ofByte(MODE, MODE_CHARGE)));
            case IDLE -> {
                resetSetpointGate();
                write(u, List.of(EchonetProperty.ofByte(MODE, MODE_IDLE)));
            }
            // the unit runs its own program and powers the home in an outage
            case BACKUP -> write(u, List.of(EchonetProperty.ofByte(MODE, MODE_AUTOMATIC)));
            // the unit follows the setpoint: the next setpoint sets DA
            case V2X -> resetSetpointGate();
        }
    }

    private void write(V2hUnit u, List<EchonetProperty> properties) {
        logger.debug("Setting {} on the V2H unit at {}", properties, u.address());
        u.set(properties).whenComplete((v, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                        : error;
                logger.info("V2H unit {} refused or missed {}: {}", getThing().getUID(), properties,
                        cause.getMessage());
                lastError = cause.getMessage();
                // the unit did not take it: the next request must reach it again
                resetSetpointGate();
            } else {
                lastError = null;
            }
            publishValues(u);
            poll();
        });
    }

    /**
     * Discharging needs a discharge power setting, and is refused while the unit is grid-tied without reverse flow;
     * in independent operation (outage) the car may power the home.
     */
    @Override
    protected boolean dischargeSupported() {
        V2hUnit u = unit;
        if (u == null || !u.dischargePowerSettable()) {
            return false;
        }
        EchonetProperty grid = u.values().get(GRID);
        Integer value = grid == null ? null : grid.uint8();
        return value == null || value != GRID_NO_REVERSE_FLOW;
    }

    /** The unit's Set map, for tests and diagnostics. */
    Set<Integer> setMap() {
        V2hUnit u = unit;
        return u == null ? Set.of() : u.setMap();
    }

    /** The representation of a unit: its IP address and object (EOJ), as discovery reports it. */
    public static String unitId(InetAddress address, int eoj) {
        return address.getHostAddress() + "#" + String.format("%06X", eoj);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
