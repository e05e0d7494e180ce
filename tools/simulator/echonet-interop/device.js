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
// A V2H unit (class 0x027E) built on the independent npm package echonet-lite, for the binding's interop test:
// the package answers the node profile and frames the answers; this script holds the unit's values, a simple car
// battery (40 kWh, 50 %) and applies Set requests to it.
// Usage: node device.js <unit address> <port> [pre-p|signed]   (the port both sides use instead of 3610)
// stdout: one JSON line per event: {"event":"ready"}, {"event":"set","esv":..,"details":{..}}, {"event":"state",..}
// stdin: "advance <seconds>" runs the battery on simulated time (no wall clock), then prints the state.
'use strict';
const dgram = require('dgram');
const readline = require('readline');
const EL = require('echonet-lite');

const [unit, port, release = 'pre-p'] = process.argv.slice(2);
const EOJ = '027e01';
const SIGNED = release === 'signed';

// The package always listens on the wildcard address. On loopback the controller under test holds the same port
// on the wildcard address, so the unit listens on its own address (more specific, it gets the datagrams sent to it).
const bind = dgram.Socket.prototype.bind;
dgram.Socket.prototype.bind = function (options, ...rest) {
    if (options && typeof options === 'object' && options.address === '0.0.0.0') {
        options = Object.assign({}, options, { address: unit });
    }
    return bind.call(this, options, ...rest);
};
// Multicast is not needed between two nodes on loopback; where a machine has no multicast route, the package's
// membership and interface calls would throw inside a callback and end the process, so they only log.
['addMembership', 'setMulticastInterface'].forEach((name) => {
    const original = dgram.Socket.prototype[name];
    dgram.Socket.prototype[name] = function (...args) {
        try {
            return original.apply(this, args);
        } catch (e) {
            process.stderr.write(name + ' failed: ' + e + '\n');
            return undefined;
        }
    };
});

const CAPACITY_WH = 40000;
const RATED_W = 6000;
const MODE_CHARGE = 0x42;
const MODE_DISCHARGE = 0x43;
const MODE_STANDBY = 0x44;
const battery = { storedWh: 20000, mode: MODE_STANDBY, chargeW: 0, dischargeW: 0, signedW: 0, importedWh: 0, exportedWh: 0 };

const GET_MAP = [0x80, 0x81, 0x82, 0x88, 0x8a, 0x8c, 0x9d, 0x9e, 0x9f, 0xc0, 0xc2, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9,
    0xcc, 0xd3, 0xd6, 0xd8, 0xda, 0xdb, 0xe2, 0xe4].concat(SIGNED ? [0xe0] : [0xeb, 0xec]);
const SET_MAP = [0xda].concat(SIGNED ? [0xe0] : [0xeb, 0xec]);
const ANNOUNCE_MAP = [0x80, 0x88, 0xc7, 0xda, 0xdb];

function u32(value) {
    const v = Math.round(value) >>> 0;
    return [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}

function s32(bytes) {
    return (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3];
}

// property map: a list up to 15 properties, else the 16-byte bitmap (byte = low nibble, bit = high nibble - 8)
function propertyMap(epcs) {
    if (epcs.length < 16) {
        return [epcs.length].concat(epcs);
    }
    const bitmap = new Array(16).fill(0);
    epcs.forEach((epc) => { bitmap[epc & 0x0f] |= 1 << ((epc >> 4) - 8); });
    return [epcs.length].concat(bitmap);
}

function powerW() {
    if (battery.mode === MODE_CHARGE && battery.storedWh < CAPACITY_WH) {
        return Math.min(SIGNED ? Math.abs(battery.signedW) : battery.chargeW, RATED_W);
    }
    if (battery.mode === MODE_DISCHARGE && battery.storedWh > 0) {
        return -Math.min(SIGNED ? Math.abs(battery.signedW) : battery.dischargeW, RATED_W);
    }
    return 0;
}

function soc() {
    return Math.round(battery.storedWh * 100 / CAPACITY_WH);
}

function values() {
    const v = {
        '80': [0x30], '81': [0x00], '82': [0x00, 0x00, SIGNED ? 0x51 : 0x4a, 0x00], '88': [0x42],
        '8a': [0x00, 0x00, 0x77], '8c': Array.from(Buffer.from('NODE-V2H-0001', 'ascii')),
        '9d': propertyMap(ANNOUNCE_MAP), '9e': propertyMap(SET_MAP), '9f': propertyMap(GET_MAP),
        'c0': u32(CAPACITY_WH), 'c2': u32(battery.storedWh), 'c4': [soc()], 'c5': u32(RATED_W), 'c6': u32(RATED_W),
        'c7': [0x43], 'c8': u32(0).concat(u32(RATED_W)), 'c9': u32(0).concat(u32(RATED_W)), 'cc': [0x22],
        'd3': u32(powerW()), 'd6': u32(battery.exportedWh), 'd8': u32(battery.importedWh), 'da': [battery.mode],
        'db': [0x00], 'e2': u32(battery.storedWh), 'e4': [soc()],
    };
    if (SIGNED) {
        v['e0'] = u32(battery.signedW);
    } else {
        v['eb'] = u32(battery.chargeW);
        v['ec'] = u32(battery.dischargeW);
    }
    return v;
}

const details = { [EOJ]: values() };

function print(event) {
    process.stdout.write(JSON.stringify(event) + '\n');
}

function printState() {
    print({ event: 'state', mode: battery.mode, powerW: powerW(), soc: soc(), storedWh: battery.storedWh });
}

// applies one property of a Set request; false refuses it (the package then answers with an SNA naming it)
function apply(epc, hex) {
    const bytes = EL.toHexArray(hex);
    switch (epc) {
        case 'da':
            if (bytes.length === 1 && [MODE_CHARGE, MODE_DISCHARGE, MODE_STANDBY].includes(bytes[0])) {
                battery.mode = bytes[0];
                return true;
            }
            return false;
        case 'eb':
        case 'ec':
        case 'e0': {
            if (!SET_MAP.includes(parseInt(epc, 16)) || bytes.length !== 4) {
                return false;
            }
            const watts = epc === 'e0' ? s32(bytes) : s32(bytes) >>> 0;
            if (Math.abs(watts) > RATED_W) {
                return false;
            }
            if (epc === 'eb') {
                battery.chargeW = watts;
            } else if (epc === 'ec') {
                battery.dischargeW = watts;
            } else {
                battery.signedW = watts;
            }
            return true;
        }
        default:
            return false;
    }
}

function announce(epcs) {
    const changed = {};
    epcs.forEach((epc) => { changed[epc] = Buffer.from(details[EOJ][epc]).toString('hex'); });
    try {
        EL.sendDetails(EL.EL_Multi, EOJ, '05ff01', EL.INF, changed);
    } catch (e) {
        process.stderr.write('announcement failed: ' + e + '\n');
    }
}

function refresh() {
    details[EOJ] = values();
}

EL.EL_port = Number(port);
EL.initialize([EOJ], (rinfo, els, err) => {
    if (err || !els || els.DEOJ !== EOJ) {
        return; // the package answers the node profile itself
    }
    switch (els.ESV) {
        case EL.GET:
            refresh();
            EL.replyGetDetail(rinfo, els, details);
            break;
        case EL.SETC:
        case EL.SETI: {
            print({ event: 'set', esv: els.ESV, details: els.DETAILs });
            const accepted = {};
            for (const epc in els.DETAILs) {
                if (apply(epc, els.DETAILs[epc])) {
                    accepted[epc] = true;
                }
            }
            refresh();
            // only the accepted properties are acknowledged, the others are refused (SNA)
            EL.replySetDetail(rinfo, els, { [EOJ]: accepted });
            if (accepted.da) {
                announce(['da']);
            }
            printState();
            break;
        }
        case EL.INF_REQ: {
            refresh();
            const asked = {};
            for (const epc in els.DETAILs) {
                if (details[EOJ][epc]) {
                    asked[epc] = Buffer.from(details[EOJ][epc]).toString('hex');
                }
            }
            EL.sendDetails(rinfo, EOJ, els.SEOJ, EL.INF, asked);
            break;
        }
        default:
            break;
    }
}, 4, { v4: unit, ignoreMe: false, autoGetProperties: false, debugMode: false }).then(() => {
    const ready = () => print({ event: 'ready', port: EL.sock4.address().port });
    try {
        EL.sock4.address();
        ready();
    } catch (e) {
        EL.sock4.once('listening', ready);
    }
});

readline.createInterface({ input: process.stdin }).on('line', (line) => {
    const [command, argument] = line.trim().split(/\s+/);
    if (command === 'advance') {
        const hours = Number(argument) / 3600;
        const watts = powerW();
        const energy = watts * hours;
        battery.storedWh = Math.max(0, Math.min(CAPACITY_WH, battery.storedWh + energy));
        if (watts > 0) {
            battery.importedWh += energy;
        } else {
            battery.exportedWh -= energy;
        }
        refresh();
        printState();
    }
}).on('close', () => process.exit(0));
