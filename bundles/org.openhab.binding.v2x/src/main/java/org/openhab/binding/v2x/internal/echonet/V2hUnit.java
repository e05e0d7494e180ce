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
package org.openhab.binding.v2x.internal.echonet;

import static org.openhab.binding.v2x.internal.echonet.V2hProperties.*;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One remote 0x027E object seen from the controller: reads its property maps, polls what it supports, takes its
 * announcements, and builds the Set requests for a setpoint or mode from what its Set map lists.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class V2hUnit {

    /** Properties per Get request: small frames suit the small stacks of these units. */
    private static final int GET_BATCH = 8;

    private final EchonetEndpoint endpoint;
    private final InetSocketAddress address;
    private final int eoj;
    private final Map<Integer, EchonetProperty> values = new ConcurrentHashMap<>();
    private volatile @Nullable Set<Integer> getMap;
    private volatile Set<Integer> setMap = Set.of();
    private volatile Set<Integer> announceMap = Set.of();

    public V2hUnit(EchonetEndpoint endpoint, InetSocketAddress address, int instance) {
        this.endpoint = endpoint;
        this.address = address;
        this.eoj = V2H_CLASS | instance;
    }

    public int eoj() {
        return eoj;
    }

    public InetSocketAddress address() {
        return address;
    }

    public boolean mapsKnown() {
        return getMap != null;
    }

    public Set<Integer> setMap() {
        return setMap;
    }

    public Set<Integer> announceMap() {
        return announceMap;
    }

    /** The last known values, by EPC. */
    public Map<Integer, EchonetProperty> values() {
        return Map.copyOf(values);
    }

    /** Reads the Get, Set and announce maps and the identification (release, maker, product code). */
    public CompletableFuture<Void> readMaps() {
        return get(List.of(PropertyMaps.GET_MAP, PropertyMaps.SET_MAP, PropertyMaps.ANNOUNCE_MAP)).thenCompose(frame -> {
            try {
                takeMaps(PropertyMaps.decode(edt(frame, PropertyMaps.GET_MAP)),
                        PropertyMaps.decode(edt(frame, PropertyMaps.SET_MAP)),
                        PropertyMaps.decode(edt(frame, PropertyMaps.ANNOUNCE_MAP)));
            } catch (EchonetFormatException e) {
                return CompletableFuture.failedFuture(e);
            }
            List<Integer> identity = List.of(RELEASE, MAKER, PRODUCT_CODE).stream().filter(this::readable).toList();
            return identity.isEmpty() ? CompletableFuture.completedFuture(null)
                    : get(identity).thenAccept(this::accept);
        });
    }

    /** Takes the property maps (read from the unit or known otherwise). */
    public void takeMaps(Set<Integer> get, Set<Integer> set, Set<Integer> announce) {
        setMap = Set.copyOf(set);
        announceMap = Set.copyOf(announce);
        getMap = Set.copyOf(get);
    }

    /** Reads every monitored property the Get map lists, in small batches. */
    public CompletableFuture<Void> poll() {
        List<Integer> wanted = MONITORED.stream().filter(this::readable).toList();
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        for (int from = 0; from < wanted.size(); from += GET_BATCH) {
            List<Integer> batch = wanted.subList(from, Math.min(wanted.size(), from + GET_BATCH));
            done = done.thenCompose(v -> get(batch).thenAccept(this::accept));
        }
        return done;
    }

    /** Takes the values of a frame the unit sent (an answer or an announcement). */
    public void accept(EchonetFrame frame) {
        for (EchonetProperty property : frame.properties()) {
            if (property.pdc() > 0) {
                values.put(property.epc(), property);
            }
        }
    }

    /** Whether the frame comes from this object of this unit. */
    public boolean isFrom(InetSocketAddress sender, EchonetFrame frame) {
        return sender.getAddress().equals(address.getAddress()) && frame.seoj() == eoj;
    }

    /** Writes properties with SetC; the values are taken as known once the unit accepts them. */
    public CompletableFuture<Void> set(List<EchonetProperty> properties) {
        return endpoint.request(address, CONTROLLER, eoj, Esv.SETC, properties).thenAccept(answer -> {
            properties.forEach(p -> values.put(p.epc(), p));
        });
    }

    /**
     * The Set request for a signed setpoint (W, already clamped): E0 where the Set map lists it, else DA with EB or
     * EC; standby for 0.
     */
    public List<EchonetProperty> setpointRequest(double watts) {
        long rounded = Math.round(watts);
        if (rounded == 0) {
            return List.of(EchonetProperty.ofByte(MODE, MODE_STANDBY));
        }
        int mode = rounded > 0 ? MODE_CHARGE : MODE_DISCHARGE;
        List<EchonetProperty> request = new ArrayList<>();
        if (setMap.contains(SIGNED_POWER_SETTING)) {
            request.add(EchonetProperty.ofInt32(SIGNED_POWER_SETTING, rounded));
        } else {
            int epc = rounded > 0 ? CHARGE_POWER_SETTING : DISCHARGE_POWER_SETTING;
            if (setMap.contains(epc)) {
                request.add(EchonetProperty.ofInt32(epc, Math.abs(rounded)));
            }
        }
        // the power first, then the mode that applies it
        request.add(EchonetProperty.ofByte(MODE, mode));
        return request;
    }

    /** Whether the unit can be told a discharge power at all. */
    public boolean dischargePowerSettable() {
        return setMap.contains(SIGNED_POWER_SETTING) || setMap.contains(DISCHARGE_POWER_SETTING);
    }

    private boolean readable(int epc) {
        Set<Integer> map = getMap;
        return map != null && map.contains(epc);
    }

    private CompletableFuture<EchonetFrame> get(List<Integer> epcs) {
        return endpoint.request(address, CONTROLLER, eoj, Esv.GET, epcs.stream().map(EchonetProperty::empty).toList());
    }

    private static byte[] edt(EchonetFrame frame, int epc) throws EchonetFormatException {
        return frame.property(epc).orElseThrow(() -> new EchonetFormatException(
                "Answer lacks property " + EchonetProperty.hex(epc))).edt();
    }
}
