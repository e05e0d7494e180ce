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
// An ECHONET Lite controller built on the independent npm package echonet-lite: it reads the V2H simulator
// (instance list, SoC, power, property maps), sets a discharge and prints what it received as one JSON line.
// Usage: node controller.js <unit address> <port>   (the port both sides use instead of 3610)
'use strict';
const EL = require('echonet-lite');

const [unit, port] = process.argv.slice(2);
EL.EL_port = Number(port);
const received = [];
let done = false;

function finish(code) {
    if (done) {
        return;
    }
    done = true;
    process.stdout.write(JSON.stringify({ received }) + '\n');
    setTimeout(() => process.exit(code), 50);
}

EL.initialize(['05ff01'], (rinfo, els, err) => {
    if (err) {
        process.stderr.write('error: ' + err + '\n');
        return;
    }
    if (rinfo.address === '127.0.0.1' && els.SEOJ.startsWith('05ff')) {
        return; // our own frames
    }
    received.push({ from: rinfo.address, seoj: els.SEOJ, esv: els.ESV, details: els.DETAILs });
    // the discharge is announced (INF of DA) once the unit took it
    if (els.ESV === EL.INF && els.DETAILs.da === '43') {
        finish(0);
    }
}, 4, { ignoreMe: false, autoGetProperties: false, debugMode: false });

const steps = [
    () => EL.sendOPC1(unit, '05ff01', '0ef001', EL.GET, 'd6', ''),
    () => EL.sendString(unit, '1081' + '0101' + '05ff01' + '027e01' + '62' + '04' + 'e400' + 'd300' + 'c900' + '9f00'),
    // SetC with two properties: discharge power EC = 2000 W, then operation mode DA = discharge
    () => EL.sendString(unit, '1081' + '0102' + '05ff01' + '027e01' + '61' + '02' + 'ec04000007d0' + 'da0143'),
];
steps.forEach((step, i) => setTimeout(step, 300 + i * 300));
setTimeout(() => finish(1), 10000);
