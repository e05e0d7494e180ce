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
package org.openhab.binding.v2x.internal.discovery;

import static org.openhab.binding.v2x.internal.V2xBindingConstants.THING_TYPE_ECHONET_V2H;
import static org.openhab.binding.v2x.internal.echonet.V2hProperties.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.echonet.EchonetEndpoint;
import org.openhab.binding.v2x.internal.echonet.EchonetEndpointConfig;
import org.openhab.binding.v2x.internal.echonet.EchonetFrame;
import org.openhab.binding.v2x.internal.echonet.EchonetProperty;
import org.openhab.binding.v2x.internal.echonet.Esv;
import org.openhab.binding.v2x.internal.handler.EchonetV2hHandler;
import org.openhab.core.config.discovery.AbstractDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds ECHONET Lite V2H units (0x027E objects) from the node profiles' instance lists: it listens for
 * announcements (INF of 0xD5) and, on a scan, asks every node to announce its list (INF_REQ of 0xD5, answered by
 * multicast). Then it asks each unit to announce its maker (0x8A), release (0x82) and product code (0x8C). Only
 * multicast answers are used, so the port 3610 can be shared with the things' endpoints.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
@Component(service = DiscoveryService.class, configurationPid = "discovery.v2x.echonet")
public class EchonetV2hDiscoveryService extends AbstractDiscoveryService {

    public static final String PROPERTY_IP_ADDRESS = "ipAddress";
    public static final String PROPERTY_PORT = "port";
    public static final String PROPERTY_INSTANCE = "instance";
    public static final String PROPERTY_RELEASE = "release";
    public static final String PROPERTY_PRODUCT_CODE = "productCode";
    private static final int SCAN_TIMEOUT_S = 10;

    private final Logger logger = LoggerFactory.getLogger(EchonetV2hDiscoveryService.class);
    private final EchonetEndpointConfig endpointConfig;
    private final InetSocketAddress scanTarget;
    private final Map<String, Map<String, Object>> units = new ConcurrentHashMap<>();
    private @Nullable EchonetEndpoint endpoint;

    public EchonetV2hDiscoveryService() {
        this(new EchonetEndpointConfig("0.0.0.0", EchonetEndpointConfig.ECHONET_PORT,
                EchonetEndpointConfig.ECHONET_MULTICAST_GROUP, null, Duration.ofSeconds(2), 0),
                new InetSocketAddress(EchonetEndpointConfig.ECHONET_MULTICAST_GROUP, EchonetEndpointConfig.ECHONET_PORT));
    }

    /** With its own endpoint and the address scans go to (the multicast group, or a unit in tests). */
    public EchonetV2hDiscoveryService(EchonetEndpointConfig endpointConfig, InetSocketAddress scanTarget) {
        super(Set.of(THING_TYPE_ECHONET_V2H), SCAN_TIMEOUT_S, true);
        this.endpointConfig = endpointConfig;
        this.scanTarget = scanTarget;
    }

    @Override
    protected void startScan() {
        EchonetEndpoint e = open();
        if (e != null) {
            send(e, scanTarget, NODE_PROFILE, Esv.INF_REQ, 0xD5);
        }
    }

    @Override
    protected void startBackgroundDiscovery() {
        open();
    }

    @Override
    protected synchronized void stopBackgroundDiscovery() {
        EchonetEndpoint e = endpoint;
        if (e != null) {
            e.close();
            endpoint = null;
        }
    }

    @Override
    @Activate
    protected void activate(@Nullable Map<String, Object> configProperties) {
        super.activate(configProperties);
    }

    @Override
    @Modified
    protected void modified(@Nullable Map<String, Object> configProperties) {
        super.modified(configProperties);
    }

    @Override
    @Deactivate
    protected void deactivate() {
        super.deactivate();
        stopBackgroundDiscovery();
    }

    private synchronized @Nullable EchonetEndpoint open() {
        EchonetEndpoint e = endpoint;
        if (e != null) {
            return e;
        }
        e = new EchonetEndpoint(endpointConfig, scheduler, this::frameReceived);
        try {
            e.start();
        } catch (IOException ex) {
            e.close();
            logger.debug("ECHONET Lite discovery cannot listen on port {}: {}", endpointConfig.port(),
                    ex.getMessage());
            return null;
        }
        endpoint = e;
        return e;
    }

    private void frameReceived(InetSocketAddress sender, EchonetFrame frame) {
        if (frame.esv() != Esv.INF && frame.esv() != Esv.GET_RES && frame.esv() != Esv.INFC) {
            return;
        }
        if ((frame.seoj() & 0xFFFF00) == (NODE_PROFILE & 0xFFFF00)) {
            frame.property(0xD5).or(() -> frame.property(0xD6)).ifPresent(list -> instancesFound(sender, list));
        } else if ((frame.seoj() & 0xFFFF00) == V2H_CLASS) {
            detailsFound(sender, frame);
        }
    }

    private void instancesFound(InetSocketAddress sender, EchonetProperty list) {
        byte[] edt = list.edt();
        int count = edt.length == 0 ? 0 : edt[0] & 0xFF;
        for (int i = 0; i < count && 1 + i * 3 + 3 <= edt.length; i++) {
            int eoj = ((edt[1 + i * 3] & 0xFF) << 16) | ((edt[2 + i * 3] & 0xFF) << 8) | (edt[3 + i * 3] & 0xFF);
            if ((eoj & 0xFFFF00) != V2H_CLASS) {
                continue;
            }
            String unitId = EchonetV2hHandler.unitId(sender.getAddress(), eoj);
            units.computeIfAbsent(unitId, id -> new ConcurrentHashMap<>());
            announce(sender, eoj);
            EchonetEndpoint e = endpoint;
            if (e != null) {
                // the unit announces the identification by multicast; a unicast answer might reach another socket
                for (int epc : List.of(MAKER, RELEASE, PRODUCT_CODE)) {
                    send(e, sender, eoj, Esv.INF_REQ, epc);
                }
            }
        }
    }

    private void detailsFound(InetSocketAddress sender, EchonetFrame frame) {
        String unitId = EchonetV2hHandler.unitId(sender.getAddress(), frame.seoj());
        Map<String, Object> details = units.get(unitId);
        if (details == null) {
            return; // not listed by its node yet
        }
        boolean changed = false;
        for (EchonetProperty property : frame.properties()) {
            byte[] edt = property.edt();
            String value = switch (property.epc()) {
                case MAKER -> edt.length == 3 ? HexFormat.of().withUpperCase().formatHex(edt) : null;
                case RELEASE -> edt.length == 4 && edt[2] >= 'A' && edt[2] <= 'Z' ? String.valueOf((char) edt[2])
                        : null;
                case PRODUCT_CODE -> new String(edt, StandardCharsets.US_ASCII).replace("\0", "").trim();
                default -> null;
            };
            String name = switch (property.epc()) {
                case MAKER -> Thing.PROPERTY_VENDOR;
                case RELEASE -> PROPERTY_RELEASE;
                case PRODUCT_CODE -> Thing.PROPERTY_MODEL_ID;
                default -> null;
            };
            if (value != null && name != null && !value.isEmpty() && !value.equals(details.put(name, value))) {
                changed = true;
            }
        }
        if (changed) {
            announce(sender, frame.seoj());
        }
    }

    private void announce(InetSocketAddress sender, int eoj) {
        String ip = sender.getAddress().getHostAddress();
        String unitId = EchonetV2hHandler.unitId(sender.getAddress(), eoj);
        ThingUID uid = new ThingUID(THING_TYPE_ECHONET_V2H,
                ip.replaceAll("[^A-Za-z0-9]", "_") + "_" + String.format("%06X", eoj));
        DiscoveryResultBuilder builder = DiscoveryResultBuilder.create(uid).withThingType(THING_TYPE_ECHONET_V2H)
                .withProperty(PROPERTY_IP_ADDRESS, ip).withProperty(PROPERTY_INSTANCE, eoj & 0xFF)
                .withProperty(EchonetV2hHandler.PROPERTY_UNIT_ID, unitId)
                .withRepresentationProperty(EchonetV2hHandler.PROPERTY_UNIT_ID)
                .withLabel("ECHONET Lite V2H Unit " + ip);
        if (sender.getPort() != EchonetEndpointConfig.ECHONET_PORT) {
            builder.withProperty(PROPERTY_PORT, sender.getPort());
        }
        Map<String, Object> details = units.get(unitId);
        if (details != null) {
            builder.withProperties(Map.copyOf(details));
        }
        thingDiscovered(builder.build());
    }

    private void send(EchonetEndpoint e, InetSocketAddress target, int deoj, int esv, int epc) {
        try {
            e.send(target, new EchonetFrame(e.nextTid(), CONTROLLER, deoj, esv, List.of(EchonetProperty.empty(epc))));
        } catch (IOException ex) {
            logger.debug("ECHONET Lite discovery request to {} failed: {}", target, ex.getMessage());
        }
    }
}
