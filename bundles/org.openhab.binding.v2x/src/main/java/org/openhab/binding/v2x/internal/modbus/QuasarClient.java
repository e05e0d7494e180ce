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
package org.openhab.binding.v2x.internal.modbus;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;

/**
 * Modbus TCP client of one Wallbox Quasar: reads its status and writes the control registers in the order and
 * with the pauses the charger needs. Not thread-safe: the handler serialises all calls.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class QuasarClient implements AutoCloseable {

    private final Logger logger = LoggerFactory.getLogger(QuasarClient.class);
    private final String host;
    private final int port;
    private final int unitId;
    private final int timeoutMs;
    private final WritePacer pacer;
    private @Nullable ModbusTCPMaster master;

    public QuasarClient(String host, int port, int unitId, int timeoutMs, WritePacer pacer) {
        this.host = host;
        this.port = port;
        this.unitId = unitId;
        this.timeoutMs = timeoutMs;
        this.pacer = pacer;
    }

    /** Opens the TCP connection. */
    public void connect() throws QuasarException {
        close();
        try {
            // resolve first: j2mod reports an unknown host only as a generic connection failure
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new QuasarException("unknown host " + host, e);
        }
        ModbusTCPMaster newMaster = new ModbusTCPMaster(host, port, timeoutMs, false, false);
        try {
            newMaster.connect();
        } catch (Exception e) {
            newMaster.disconnect();
            throw new QuasarException("cannot connect to " + host + ":" + port + ": " + describe(e), e);
        }
        // one attempt per exchange (j2mod counts tries, and takes 0 as its default of 5): the next poll is the
        // retry, and a silent charger must not block the scheduler for five timeouts
        newMaster.setRetries(1);
        master = newMaster;
    }

    public boolean isConnected() {
        ModbusTCPMaster current = master;
        return current != null && current.isConnected();
    }

    /** Reads control owner, power and the status block. */
    public QuasarReading read() throws QuasarException {
        int[] owner = readWords(QuasarRegisters.CONTROL_OWNER, 1);
        int[] power = readWords(QuasarRegisters.ACTUAL_POWER, 1);
        int[] status = readWords(QuasarRegisters.STATUS_BLOCK, QuasarRegisters.STATUS_BLOCK_LENGTH);
        return QuasarReading.decode(owner, power, status);
    }

    /**
     * Takes control: remote owner, no automatic start, power setpoints, and the idle timeout after which the
     * charger takes control back when openHAB goes silent.
     */
    public void takeControl(int idleTimeoutSeconds) throws QuasarException {
        write(QuasarRegisters.CONTROL_OWNER, QuasarRegisters.OWNER_REMOTE);
        write(QuasarRegisters.AUTO_START, 0);
        write(QuasarRegisters.SETPOINT_TYPE, QuasarRegisters.SETPOINT_TYPE_POWER);
        write(QuasarRegisters.IDLE_TIMEOUT, idleTimeoutSeconds);
    }

    /** Writes a signed setpoint: a non-zero one is written and started, 0 stops. */
    public void applySetpoint(double watts, boolean start) throws QuasarException {
        int word = QuasarRegisters.powerSetpointWord(watts);
        write(QuasarRegisters.POWER_SETPOINT, word);
        if (word == 0) {
            write(QuasarRegisters.ACTION, QuasarRegisters.ACTION_STOP);
        } else if (start) {
            write(QuasarRegisters.ACTION, QuasarRegisters.ACTION_START);
        }
    }

    /** Hands control back to the user and the app. */
    public void releaseControl() throws QuasarException {
        write(QuasarRegisters.CONTROL_OWNER, QuasarRegisters.OWNER_USER);
    }

    @Override
    public void close() {
        ModbusTCPMaster current = master;
        master = null;
        if (current != null) {
            current.disconnect();
        }
    }

    private int[] readWords(int register, int count) throws QuasarException {
        ModbusTCPMaster current = connected();
        try {
            Register[] registers = current.readMultipleRegisters(unitId, register, count);
            int[] words = new int[registers == null ? 0 : registers.length];
            for (int i = 0; i < words.length; i++) {
                words[i] = registers[i].toUnsignedShort();
            }
            return words;
        } catch (ModbusException e) {
            throw failure("reading register " + register, e);
        }
    }

    private void write(int register, int word) throws QuasarException {
        ModbusTCPMaster current = connected();
        try {
            pacer.beforeWrite();
            logger.trace("Quasar {}: register {} = {}", host, register, word);
            current.writeSingleRegister(unitId, register, new SimpleRegister(word));
            pacer.written();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuasarException("interrupted before writing register " + register, e);
        } catch (ModbusException e) {
            throw failure("writing register " + register, e);
        }
    }

    private ModbusTCPMaster connected() throws QuasarException {
        ModbusTCPMaster current = master;
        if (current == null || !current.isConnected()) {
            throw new QuasarException("not connected");
        }
        return current;
    }

    private QuasarException failure(String what, ModbusException e) {
        if (e instanceof ModbusSlaveException slave) {
            return new QuasarException(
                    "Modbus exception " + slave.getType() + " (" + ModbusSlaveException.getMessage(slave.getType())
                            + ") " + what,
                    e);
        }
        return new QuasarException("no valid answer " + what + ": " + describe(e), e);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
