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
package org.openhab.v2x.simulator.quasar;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.simulator.ocpp.ManualSimulatorClock;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;
import org.openhab.v2x.simulator.ocpp.SimulatorClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.IllegalAddressException;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;

/**
 * A simulated Wallbox Quasar 1 on Modbus TCP: control owner (81), automatic start (82), setpoint type (83), idle
 * timeout (88, the fail-safe: with no traffic for that long the charger takes control back and stops), action
 * (257), power setpoint (260), actual power (526), state (537, 11 while discharging), SoC (538, 0 unless energy
 * flows) and error registers (539-542). Control writes while the user owns the charger are refused with a Modbus
 * exception. The register handling is written here from the public register description, independently of the
 * binding.
 * <p>
 * Time (the car's energy and the idle timeout) follows the {@link SimulatorClock}; with a
 * {@link ManualSimulatorClock} it moves only through {@link #advance(Duration)}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class QuasarSimulator implements AutoCloseable {

    /** How long a read is held with {@link QuasarMisbehaviour#TIMEOUT}. */
    public static final Duration SLOW_ANSWER = Duration.ofSeconds(5);
    public static final int UNIT_ID = 1;

    /** One register write the simulator accepted or refused. */
    public record Write(int register, int value, long receivedNanos, boolean accepted) {
    }

    private final Logger logger = LoggerFactory.getLogger(QuasarSimulator.class);
    private final Object lock = new Object();
    private final SimulatedCar car;
    private final SimulatorClock clock;
    private final String bindAddress;
    private int port;
    private @Nullable ModbusSlave slave;

    private boolean carPlugged = true;
    private int controlOwner;
    private int autoStart = 1;
    private int setpointType;
    private int idleTimeoutSeconds;
    private boolean started;
    private int powerSetpointW;
    private int maxAvailableW = 7400;
    private int errorCode;
    private long minWriteIntervalNanos;
    private long lastAcceptedWriteNanos = Long.MIN_VALUE;
    private long lastTrafficNanos;
    private long lastTickNanos;
    private int controlLosses;
    private volatile QuasarMisbehaviour misbehaviour = QuasarMisbehaviour.NONE;
    private final List<Write> writes = new ArrayList<>();

    /** @param port TCP port, 0 for any free one */
    public QuasarSimulator(String bindAddress, int port, SimulatedCar car, SimulatorClock clock) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.car = car;
        this.clock = clock;
        lastTickNanos = clock.nanoTime();
        lastTrafficNanos = lastTickNanos;
    }

    /** Opens the Modbus TCP listener. */
    public void start() throws IOException {
        try {
            if (port == 0) {
                // j2mod reports the configured port, not the bound one: pick a free port first
                try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
                    port = probe.getLocalPort();
                }
            }
            ModbusSlave newSlave = ModbusSlaveFactory.createTCPSlave(InetAddress.getByName(bindAddress), port, 4,
                    false);
            newSlave.addProcessImage(UNIT_ID, new Image());
            newSlave.open();
            port = newSlave.getPort();
            slave = newSlave;
            logger.info("Quasar simulator listening on {}:{}", bindAddress, port);
        } catch (ModbusException e) {
            throw new IOException("cannot listen on " + bindAddress + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** Closes the listener and every connection; the register state survives, as after a network outage. */
    public void stop() {
        ModbusSlave current = slave;
        slave = null;
        if (current != null) {
            ModbusSlaveFactory.close(current);
        }
    }

    /** A reboot: connections drop, the charger comes back under user control. */
    public void restart() throws IOException {
        stop();
        synchronized (lock) {
            dropControl();
        }
        start();
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    public void misbehave(QuasarMisbehaviour value) {
        misbehaviour = value;
    }

    /** Ignore writes that come sooner than this after the last accepted one (the real charger's ~2.5 s). */
    public void minWriteInterval(Duration interval) {
        synchronized (lock) {
            minWriteIntervalNanos = interval.toNanos();
        }
    }

    public void plug(boolean plugged) {
        synchronized (lock) {
            carPlugged = plugged;
            applyToCar();
        }
    }

    /** Sets the value of the first error register (0 = no error); state 7 while it is set. */
    public void error(int code) {
        synchronized (lock) {
            errorCode = code;
            applyToCar();
        }
    }

    /** Moves a manual clock forward and lets the charger act on the time that passed. */
    public void advance(Duration step) {
        synchronized (lock) {
            if (!(clock instanceof ManualSimulatorClock manual)) {
                throw new IllegalStateException("advance needs a manual clock");
            }
            manual.advance(step);
            tick();
        }
    }

    /** Lets the time since the last tick pass: the car's energy, then the idle timeout. */
    public void tick() {
        synchronized (lock) {
            long now = clock.nanoTime();
            car.advance(Duration.ofNanos(Math.max(0, now - lastTickNanos)));
            lastTickNanos = now;
            if (controlOwner == 1 && idleTimeoutSeconds > 0
                    && now - lastTrafficNanos > Duration.ofSeconds(idleTimeoutSeconds).toNanos()) {
                logger.info("Quasar simulator: no Modbus traffic for {} s, control returns to the user",
                        idleTimeoutSeconds);
                controlLosses++;
                dropControl();
            }
        }
    }

    public int controlOwner() {
        synchronized (lock) {
            return controlOwner;
        }
    }

    public int powerSetpointW() {
        synchronized (lock) {
            return powerSetpointW;
        }
    }

    public int idleTimeoutSeconds() {
        synchronized (lock) {
            return idleTimeoutSeconds;
        }
    }

    public boolean started() {
        synchronized (lock) {
            return started;
        }
    }

    /** How often the idle timeout took control back. */
    public int controlLosses() {
        synchronized (lock) {
            return controlLosses;
        }
    }

    public int stateCode() {
        synchronized (lock) {
            return state();
        }
    }

    public List<Write> writes() {
        synchronized (lock) {
            return List.copyOf(writes);
        }
    }

    /** The clock's time of the last request, in its nanoseconds. */
    public long lastTrafficNanos() {
        synchronized (lock) {
            return lastTrafficNanos;
        }
    }

    public SimulatedCar car() {
        return car;
    }

    // ---- register behaviour

    private void dropControl() {
        controlOwner = 0;
        started = false;
        powerSetpointW = 0;
        applyToCar();
    }

    private int state() {
        if (!carPlugged) {
            return 0;
        }
        if (errorCode != 0) {
            return 7;
        }
        if (controlOwner != 1) {
            return 3;
        }
        double power = car.getPowerW();
        if (power > 0) {
            return 1;
        }
        if (power < 0) {
            return 11;
        }
        return started ? 2 : 4;
    }

    private void applyToCar() {
        boolean flows = carPlugged && errorCode == 0 && controlOwner == 1 && started && setpointType == 1;
        int limited = Math.max(-maxAvailableW, Math.min(maxAvailableW, powerSetpointW));
        car.request(flows ? limited : 0);
    }

    private int read(int register) {
        return switch (register) {
            case 81 -> controlOwner;
            case 82 -> autoStart;
            case 83 -> setpointType;
            case 88 -> idleTimeoutSeconds;
            case 256 -> 0;
            case 257 -> started ? 1 : 2;
            case 260 -> powerSetpointW & 0xFFFF;
            case 514 -> maxAvailableW;
            case 526 -> (int) Math.round(car.getPowerW()) & 0xFFFF;
            case 537 -> state();
            case 538 -> {
                int s = state();
                yield s == 1 || s == 11 ? (int) Math.round(car.getSocPercent()) : 0;
            }
            case 539 -> errorCode;
            case 540, 541, 542 -> 0;
            default -> throw new IllegalAddressException("register " + register + " is not mapped");
        };
    }

    private void write(int register, int word) {
        long received = System.nanoTime();
        boolean tooSoon = minWriteIntervalNanos > 0 && lastAcceptedWriteNanos != Long.MIN_VALUE
                && received - lastAcceptedWriteNanos < minWriteIntervalNanos;
        if (register != 81 && controlOwner != 1) {
            writes.add(new Write(register, word, received, false));
            throw new IllegalAddressException("register " + register + " needs remote control (81 = 1)");
        }
        if (tooSoon) {
            // the real charger drops such writes silently
            writes.add(new Write(register, word, received, false));
            logger.info("Quasar simulator: write {} = {} ignored, too soon after the last one", register, word);
            return;
        }
        switch (register) {
            case 81 -> {
                if (word != 0 && word != 1) {
                    throw new IllegalAddressException("81 takes 0 or 1");
                }
                if (word == 0) {
                    dropControl();
                } else {
                    controlOwner = 1;
                }
            }
            case 82 -> autoStart = word;
            case 83 -> setpointType = word;
            case 88 -> idleTimeoutSeconds = word;
            case 257 -> {
                if (word == 1) {
                    started = true;
                } else if (word == 2) {
                    started = false;
                } else {
                    throw new IllegalAddressException("257 takes 1 or 2");
                }
            }
            case 260 -> {
                int signed = (short) word;
                if (Math.abs(signed) > 7400) {
                    writes.add(new Write(register, word, received, false));
                    throw new IllegalAddressException("260 out of range: " + signed);
                }
                powerSetpointW = signed;
            }
            case 514 -> maxAvailableW = Math.max(1380, Math.min(7400, word));
            default -> throw new IllegalAddressException("register " + register + " is not writable");
        }
        lastAcceptedWriteNanos = received;
        writes.add(new Write(register, word, received, true));
        applyToCar();
    }

    /** Every request counts as traffic for the idle timeout, at the simulator clock's time. */
    private void traffic() {
        tick();
        lastTrafficNanos = clock.nanoTime();
    }

    private void checkHealthy() {
        if (misbehaviour == QuasarMisbehaviour.EXCEPTION) {
            throw new IllegalAddressException("simulated fault");
        }
    }

    /** The process image j2mod serves: every access goes through the charger's behaviour above. */
    private final class Image extends SimpleProcessImage {

        Image() {
            super(UNIT_ID);
        }

        @Override
        public Register[] getRegisterRange(int offset, int count) {
            QuasarMisbehaviour current = misbehaviour;
            if (current == QuasarMisbehaviour.TIMEOUT) {
                try {
                    Thread.sleep(SLOW_ANSWER.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (lock) {
                traffic();
                checkHealthy();
                if (current == QuasarMisbehaviour.EMPTY_READS) {
                    return new Register[0];
                }
                Register[] result = new Register[count];
                for (int i = 0; i < count; i++) {
                    result[i] = new Value(read(offset + i));
                }
                return result;
            }
        }

        @Override
        public Register getRegister(int ref) {
            return new WriteTarget(ref);
        }
    }

    /** A register as read. */
    private static class Value implements Register {
        protected int word;

        Value(int word) {
            this.word = word & 0xFFFF;
        }

        @Override
        public int getValue() {
            return word;
        }

        @Override
        public int toUnsignedShort() {
            return word;
        }

        @Override
        public short toShort() {
            return (short) word;
        }

        @Override
        public byte[] toBytes() {
            return new byte[] { (byte) (word >> 8), (byte) word };
        }

        @Override
        public void setValue(int v) {
            throw new IllegalAddressException("read-only");
        }

        @Override
        public void setValue(short s) {
            setValue((int) s);
        }

        @Override
        public void setValue(byte[] bytes) {
            setValue(((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF));
        }
    }

    /** A register being written (function code 6): the write goes to the charger's behaviour. */
    private final class WriteTarget extends Value {
        private final int register;

        WriteTarget(int register) {
            super(0);
            this.register = register;
        }

        @Override
        public void setValue(int v) {
            synchronized (lock) {
                traffic();
                checkHealthy();
                word = v & 0xFFFF;
                write(register, word);
            }
        }
    }
}
