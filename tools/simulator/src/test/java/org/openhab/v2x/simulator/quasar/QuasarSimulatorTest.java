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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.simulator.ocpp.ManualSimulatorClock;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;

/**
 * The simulated Quasar as a Modbus master on loopback sees it: control owner, state 11 while discharging, SoC only
 * while energy flows, the idle-timeout fall-back to user control, refused writes and the fault switches.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class QuasarSimulatorTest {

    private final ManualSimulatorClock clock = new ManualSimulatorClock();
    private final SimulatedCar car = new SimulatedCar(10_000, 60).withMaxChargeW(7400).withMaxDischargeW(7400)
            .withChargeEfficiency(1).withDischargeEfficiency(1).withSocFloorPercent(10);
    private final QuasarSimulator simulator = new QuasarSimulator("127.0.0.1", 0, car, clock);
    private @Nullable ModbusTCPMaster master;

    @BeforeEach
    void start() throws Exception {
        simulator.start();
        ModbusTCPMaster m = new ModbusTCPMaster("127.0.0.1", simulator.port(), 2000, false, false);
        m.connect();
        master = m;
    }

    @AfterEach
    void stop() {
        ModbusTCPMaster m = master;
        if (m != null) {
            m.disconnect();
        }
        simulator.close();
    }

    @Test
    void controlWritesNeedRemoteControlFirst() throws Exception {
        ModbusSlaveException refused = assertThrows(ModbusSlaveException.class, () -> write(260, -3000));
        assertEquals(2, refused.getType());
        assertEquals(0, simulator.powerSetpointW());
        write(81, 1);
        write(260, -3000);
        assertEquals(-3000, simulator.powerSetpointW());
    }

    @Test
    void dischargesAtTheSignedSetpointAndReportsStateElevenAndSoc() throws Exception {
        assertEquals(0, read(538), "SoC reads 0 while no energy flows");
        takeControl(60);
        write(260, -3000 & 0xFFFF);
        write(257, 1);
        assertEquals(11, read(537));
        assertEquals(-3000, (short) read(526));
        assertEquals(60, read(538));
        simulator.advance(Duration.ofSeconds(48));
        // 3000 W for 48 s = 40 Wh of 10 kWh
        assertEquals(59.6, car.getSocPercent(), 1e-9);
        write(260, 0);
        write(257, 2);
        assertEquals(4, read(537), "paused");
        assertEquals(0, read(538));
    }

    @Test
    void idleTimeoutReturnsControlToTheUserAndStopsTheDischarge() throws Exception {
        takeControl(30);
        write(260, -3000 & 0xFFFF);
        write(257, 1);
        simulator.advance(Duration.ofSeconds(30));
        assertEquals(1, simulator.controlOwner(), "exactly the timeout is not yet too long");
        read(537);
        simulator.advance(Duration.ofSeconds(31));
        assertEquals(0, simulator.controlOwner());
        assertEquals(1, simulator.controlLosses());
        assertEquals(0, car.getPowerW());
        assertEquals(0, read(81));
        assertEquals(3, read(537), "back under the app's schedule");
    }

    @Test
    void writesTooSoonAfterTheLastOneAreIgnored() throws Exception {
        simulator.minWriteInterval(Duration.ofHours(1));
        write(81, 1);
        write(83, 1);
        assertEquals(0, read(83));
        assertFalse(simulator.writes().get(1).accepted());
    }

    @Test
    void faultSwitches() throws Exception {
        simulator.misbehave(QuasarMisbehaviour.EXCEPTION);
        assertThrows(ModbusSlaveException.class, () -> read(537));
        simulator.misbehave(QuasarMisbehaviour.EMPTY_READS);
        assertEquals(0, master().readMultipleRegisters(1, 537, 6).length);
        simulator.misbehave(QuasarMisbehaviour.NONE);
        assertEquals(6, master().readMultipleRegisters(1, 537, 6).length);
    }

    private void takeControl(int timeoutSeconds) throws ModbusException {
        write(81, 1);
        write(82, 0);
        write(83, 1);
        write(88, timeoutSeconds);
    }

    private void write(int register, int word) throws ModbusException {
        master().writeSingleRegister(1, register, new SimpleRegister(word));
    }

    private int read(int register) throws ModbusException {
        Register[] registers = master().readMultipleRegisters(1, register, 1);
        return registers[0].toUnsignedShort();
    }

    private ModbusTCPMaster master() {
        ModbusTCPMaster m = master;
        if (m == null) {
            throw new IllegalStateException("not started");
        }
        return m;
    }
}
