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
package org.openhab.v2x.simulator.echonet;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * An ECHONET Lite node with a node profile (0x0EF001) and one EV charger/discharger (0x027E01) over UDP: answers
 * Get, SetC, SetI and INF_REQ, announces changes of its announce-map properties (INF to the announce address) and
 * drives a {@link SimulatedCar}. The power setting is DA with EB/EC ({@link V2hRelease#PRE_P}) or DA with the
 * signed E0 ({@link V2hRelease#SIGNED_SETPOINT}); values outside C8/C9 are refused with an SNA, as a unit does.
 * An outage switches the grid interconnection DB to independent. Time advances only through
 * {@link #advance(Duration)}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class V2hSimulator implements AutoCloseable {

    public static final int NODE_PROFILE = 0x0EF001;
    public static final int V2H = 0x027E01;
    public static final int DA_CHARGE = 0x42;
    public static final int DA_DISCHARGE = 0x43;
    public static final int DA_STANDBY = 0x44;
    public static final int DA_IDLE = 0x47;
    public static final int DA_AUTOMATIC = 0x49;
    public static final int DB_REVERSE_FLOW = 0x00;
    public static final int DB_INDEPENDENT = 0x01;
    public static final int DB_NO_REVERSE_FLOW = 0x02;
    private static final Set<Integer> MODES = Set.of(DA_CHARGE, DA_DISCHARGE, DA_STANDBY, DA_IDLE, DA_AUTOMATIC);
    private static final byte[] MAKER = { 0x00, 0x00, 0x77 };

    private final V2hRelease release;
    private final SimulatedCar car;
    private final DatagramSocket socket;
    private final InetSocketAddress announceTarget;
    private final double ratedChargeW;
    private final double ratedDischargeW;
    private final double minPowerW;
    private final List<Frame> received = new CopyOnWriteArrayList<>();
    private final Thread receiver;
    private int mode = DA_STANDBY;
    private int grid;
    private long chargeSettingW;
    private long dischargeSettingW;
    private long signedSettingW;
    private boolean vehicleConnected = true;
    private volatile boolean silent;
    private volatile int replyPort;
    private volatile boolean refusingSets;
    private volatile boolean closed;
    private int announceTid = 0x8000;

    /**
     * @param bind local address and port (port 3610 for a real network, 0 for any free one)
     * @param announceTarget where announcements go (224.0.23.0:3610 on a real network)
     */
    public V2hSimulator(V2hRelease release, SimulatedCar car, InetSocketAddress bind, InetSocketAddress announceTarget,
            double ratedChargeW, double ratedDischargeW, int gridInterconnection) throws SocketException {
        this.release = release;
        this.car = car;
        this.announceTarget = announceTarget;
        this.ratedChargeW = Math.min(ratedChargeW, car.getMaxChargeW());
        this.ratedDischargeW = Math.min(ratedDischargeW, car.getMaxDischargeW());
        this.minPowerW = car.getMinPowerW();
        this.grid = gridInterconnection;
        this.socket = new DatagramSocket(null);
        // other ECHONET Lite nodes on this host may share the port (as the protocol's fixed port 3610 requires)
        socket.setReuseAddress(true);
        socket.bind(bind);
        this.receiver = new Thread(this::receive, "echonet-v2h-simulator-" + socket.getLocalPort());
        receiver.setDaemon(true);
    }

    /** Starts answering and announces the node's instance list. */
    public void start() {
        receiver.start();
        Map<Integer, byte[]> instances = new LinkedHashMap<>();
        instances.put(0xD5, instanceList());
        announce(NODE_PROFILE, instances);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Every well-formed frame received, in order. */
    public List<Frame> received() {
        return List.copyOf(received);
    }

    /**
     * Answers go to the requester's address on this port, as ECHONET Lite has them (3610); 0 (the default) answers
     * to the port the request came from.
     */
    public void setReplyPort(int port) {
        replyPort = port;
    }

    /** A unit refusing every Set answers with an SNA (as a unit under local control or in a fault does). */
    public void setRefusingSets(boolean value) {
        refusingSets = value;
    }

    /** A silent unit receives but answers nothing (a unit that went away). */
    public void setSilent(boolean value) {
        silent = value;
    }

    /** A grid outage: the unit runs independent (DB = 0x01) until the grid returns to the given mode. */
    public void setOutage(boolean outage) {
        Map<Integer, byte[]> changed = new LinkedHashMap<>();
        synchronized (this) {
            int next = outage ? DB_INDEPENDENT : DB_NO_REVERSE_FLOW;
            if (next == grid) {
                return;
            }
            grid = next;
            changed.put(0xDB, new byte[] { (byte) grid });
        }
        announce(V2H, changed);
    }

    public synchronized void setGridInterconnection(int value) {
        grid = value;
    }

    public synchronized void setVehicleConnected(boolean connected) {
        vehicleConnected = connected;
        applyPower();
    }

    /** Lets simulated time pass: the car charges or discharges at the current power. */
    public synchronized void advance(Duration step) {
        car.advance(step);
        applyPower();
    }

    /** Signed power on the grid side, W: above zero charges the car. */
    public synchronized double powerW() {
        return car.getPowerW();
    }

    public synchronized double socPercent() {
        return car.getSocPercent();
    }

    /** The operation mode setting (DA). */
    public synchronized int mode() {
        return mode;
    }

    public synchronized int gridInterconnection() {
        return grid;
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        receiver.interrupt();
    }

    private void receive() {
        byte[] buffer = new byte[1500];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                continue;
            }
            Frame frame = Frame.parse(packet.getData(), packet.getLength());
            if (frame == null) {
                continue; // not a frame: a unit ignores it
            }
            received.add(frame);
            if (!silent) {
                InetSocketAddress sender = (InetSocketAddress) packet.getSocketAddress();
                int port = replyPort;
                answer(port == 0 ? sender : new InetSocketAddress(sender.getAddress(), port), frame);
            }
        }
    }

    private void answer(InetSocketAddress sender, Frame request) {
        if (request.deoj() != V2H && request.deoj() != NODE_PROFILE && (request.deoj() & 0xFFFF00) != 0x027E00
                && (request.deoj() & 0xFFFF00) != 0x0EF000) {
            return; // not addressed to an object of this node
        }
        int eoj = (request.deoj() & 0xFFFF00) == 0x0EF000 ? NODE_PROFILE : V2H;
        Map<Integer, byte[]> answer = new LinkedHashMap<>();
        boolean refused = false;
        Map<Integer, byte[]> changed = new LinkedHashMap<>();
        int esv = request.esv();
        synchronized (this) {
            Map<Integer, byte[]> values = values(eoj);
            switch (esv) {
                case 0x62, 0x63 -> { // Get, INF_REQ
                    for (int epc : request.properties().keySet()) {
                        byte[] value = values.get(epc);
                        refused |= value == null;
                        answer.put(epc, value == null ? new byte[0] : value);
                    }
                }
                case 0x60, 0x61 -> { // SetI, SetC
                    for (Map.Entry<Integer, byte[]> property : request.properties().entrySet()) {
                        boolean accepted = eoj == V2H && !refusingSets
                                && set(property.getKey(), property.getValue());
                        refused |= !accepted;
                        answer.put(property.getKey(), accepted ? new byte[0] : property.getValue());
                        if (accepted && announceMap().contains(property.getKey())) {
                            changed.put(property.getKey(), values(V2H).get(property.getKey()));
                        }
                    }
                    applyPower();
                }
                default -> {
                    return;
                }
            }
        }
        if (esv == 0x63) {
            if (!refused) {
                announce(eoj, answer);
                return;
            }
            send(sender, new Frame(request.tid(), eoj, request.seoj(), 0x53, answer));
            return;
        }
        int reply = switch (esv) {
            case 0x62 -> refused ? 0x52 : 0x72;
            case 0x61 -> refused ? 0x51 : 0x71;
            default -> refused ? 0x50 : -1; // SetI: answered only on failure
        };
        if (reply >= 0) {
            send(sender, new Frame(request.tid(), eoj, request.seoj(), reply, answer));
        }
        if (!changed.isEmpty()) {
            announce(V2H, changed);
        }
    }

    private boolean set(int epc, byte[] edt) {
        switch (epc) {
            case 0xDA -> {
                if (edt.length != 1 || !MODES.contains(edt[0] & 0xFF)) {
                    return false;
                }
                mode = edt[0] & 0xFF;
                return true;
            }
            case 0xEB, 0xEC -> {
                if (release != V2hRelease.PRE_P || edt.length != 4) {
                    return false;
                }
                long watts = u32(edt, 0);
                double max = epc == 0xEB ? ratedChargeW : ratedDischargeW;
                if (watts > max || (watts > 0 && watts < minPowerW)) {
                    return false;
                }
                if (epc == 0xEB) {
                    chargeSettingW = watts;
                } else {
                    dischargeSettingW = watts;
                }
                return true;
            }
            case 0xE0 -> {
                if (release != V2hRelease.SIGNED_SETPOINT || edt.length != 4) {
                    return false;
                }
                long watts = (int) u32(edt, 0);
                if (watts > ratedChargeW || -watts > ratedDischargeW) {
                    return false;
                }
                signedSettingW = watts;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void applyPower() {
        double power = 0;
        if (vehicleConnected) {
            if (release == V2hRelease.PRE_P) {
                power = mode == DA_CHARGE ? chargeSettingW : mode == DA_DISCHARGE ? -dischargeSettingW : 0;
            } else if (mode == DA_CHARGE) {
                power = Math.max(0, signedSettingW);
            } else if (mode == DA_DISCHARGE) {
                power = Math.min(0, signedSettingW);
            }
        }
        car.request(power);
    }

    private Map<Integer, byte[]> values(int eoj) {
        Map<Integer, byte[]> values = new LinkedHashMap<>();
        values.put(0x80, new byte[] { 0x30 });
        values.put(0x8A, MAKER);
        if (eoj == NODE_PROFILE) {
            values.put(0x82, new byte[] { 0x01, 0x0D, 0x01, 0x00 });
            values.put(0x83, new byte[] { (byte) 0xFE, 0x00, 0x00, 0x77, 0x56, 0x32, 0x48, 0x53, 0x49, 0x4D, 0, 0, 0,
                    0, 0, 0, 0 });
            values.put(0xD3, new byte[] { 0, 0, 1 });
            values.put(0xD5, instanceList());
            values.put(0xD6, instanceList());
            values.put(0x9D, map(Set.of(0x80, 0xD5)));
            values.put(0x9E, map(Set.of()));
            values.put(0x9F, map(Set.of(0x80, 0x82, 0x83, 0x8A, 0xD3, 0xD5, 0xD6, 0x9D, 0x9E, 0x9F)));
            return values;
        }
        values.put(0x81, new byte[] { 0x00 });
        values.put(0x82, new byte[] { 0x00, 0x00, (byte) release.letter(), 0x00 });
        values.put(0x88, new byte[] { 0x42 });
        values.put(0x8C, "V2H-SIM-0001".getBytes(StandardCharsets.US_ASCII));
        double capacity = car.getCapacityWh();
        double stored = car.getStoredWh();
        values.put(0xC0, u32((long) capacity));
        values.put(0xC2, u32((long) stored));
        values.put(0xC4, new byte[] { (byte) Math.round(car.getSocPercent()) });
        values.put(0xC5, u32((long) ratedChargeW));
        values.put(0xC6, u32((long) ratedDischargeW));
        values.put(0xC7, new byte[] { (byte) (vehicleConnected ? 0x43 : 0x30) });
        values.put(0xC8, concat(u32((long) minPowerW), u32((long) ratedChargeW)));
        values.put(0xC9, concat(u32((long) minPowerW), u32((long) ratedDischargeW)));
        values.put(0xCC, new byte[] { 0x22 }); // DC (CHAdeMO) charge and discharge
        values.put(0xD3, u32(Math.round(car.getPowerW())));
        values.put(0xD6, u32(Math.round(car.getExportedWh())));
        values.put(0xD8, u32(Math.round(car.getImportedWh())));
        values.put(0xDA, new byte[] { (byte) mode });
        values.put(0xDB, new byte[] { (byte) grid });
        values.put(0xE2, u32((long) stored));
        values.put(0xE4, new byte[] { (byte) Math.round(car.getSocPercent()) });
        if (release == V2hRelease.PRE_P) {
            values.put(0xEB, u32(chargeSettingW));
            values.put(0xEC, u32(dischargeSettingW));
        } else {
            values.put(0xE0, u32(signedSettingW));
        }
        values.put(0x9D, map(announceMap()));
        values.put(0x9E, map(setMap()));
        Set<Integer> get = new TreeSet<>(values.keySet());
        get.add(0x9F);
        values.put(0x9F, map(get));
        return values;
    }

    private Set<Integer> announceMap() {
        return Set.of(0x80, 0x88, 0xC7, 0xDA, 0xDB);
    }

    private Set<Integer> setMap() {
        return release == V2hRelease.PRE_P ? Set.of(0xDA, 0xEB, 0xEC) : Set.of(0xDA, 0xE0);
    }

    private void announce(int eoj, Map<Integer, byte[]> properties) {
        int tid;
        synchronized (this) {
            tid = announceTid = announceTid >= 0xFFFF ? 0x8000 : announceTid + 1;
        }
        send(announceTarget, new Frame(tid, eoj, NODE_PROFILE, 0x73, properties));
    }

    private void send(InetSocketAddress target, Frame frame) {
        byte[] data = frame.bytes();
        try {
            socket.send(new DatagramPacket(data, data.length, target));
        } catch (IOException e) {
            // the controller is gone; the simulator keeps running
        }
    }

    private static byte[] instanceList() {
        return new byte[] { 1, 0x02, 0x7E, 0x01 };
    }

    /** A property map: a list below 16 properties, else the 16-byte bitmap. */
    static byte[] map(Set<Integer> epcs) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(epcs));
        if (sorted.size() < 16) {
            byte[] list = new byte[sorted.size() + 1];
            list[0] = (byte) sorted.size();
            for (int i = 0; i < sorted.size(); i++) {
                list[i + 1] = (byte) (int) sorted.get(i);
            }
            return list;
        }
        byte[] bitmap = new byte[17];
        bitmap[0] = (byte) sorted.size();
        for (int epc : sorted) {
            int row = epc & 0x0F;
            int bit = (epc >> 4) - 8;
            bitmap[1 + row] = (byte) (bitmap[1 + row] | (1 << bit));
        }
        return bitmap;
    }

    private static byte[] u32(long value) {
        return new byte[] { (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value };
    }

    private static long u32(byte[] data, int at) {
        return ((data[at] & 0xFFL) << 24) | ((data[at + 1] & 0xFFL) << 16) | ((data[at + 2] & 0xFFL) << 8)
                | (data[at + 3] & 0xFFL);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
