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
// A charge point played by ocpp-rpc in strict mode against the binding's OCPP server (OcppRpcInteropTest).
// Every frame in both directions is checked against the official schemas by ocpp-rpc itself.
// Usage: node charge-point.js <url> <chargePointId> <password> <ocpp1.6|ocpp2.0.1|ocpp2.1>
// It reports on stdout, one JSON object per line: connected, call (a CALL from the server and its answer),
// result (the server's answer to our CALL), violation, error, done. Commands on stdin: "needs <maxDischargeW>"
// sends NotifyEVChargingNeeds (2.1) again, "stop" ends the transaction and disconnects.
'use strict';

const readline = require('readline');
const { RPCClient, createValidator } = require('ocpp-rpc');

const [url, identity, password, protocol] = process.argv.slice(2);
const v16 = protocol === 'ocpp1.6';
const v21 = protocol === 'ocpp2.1';

function report(event, fields) {
    process.stdout.write(JSON.stringify({ event, ...fields }) + '\n');
}

// ocpp-rpc 2.2.1 looks schemas up as "urn:<Action>.req" / ".conf", but its 2.1 set names them
// "urn:<Action>Request" / "Response": strict mode would refuse every 2.1 frame. Same schemas, ids renamed.
function ocpp21Validator() {
    const schemas = require('ocpp-rpc/lib/schemas/ocpp2_1.json').map(schema => {
        const id = schema.$id.replace(/Request$/, '.req').replace(/Response$/, '.conf');
        return { ...schema, $id: id };
    });
    return createValidator('ocpp2.1', schemas);
}

const client = new RPCClient({
    endpoint: url,
    identity,
    password,
    protocols: [protocol],
    strictMode: true,
    strictModeValidators: v21 ? [ocpp21Validator()] : [],
    reconnect: false,
    callTimeoutMs: 10000,
});

client.on('strictValidationFailure', failure => report('violation', {
    method: failure.method, outbound: failure.outbound, isCall: failure.isCall,
    error: String(failure.error && failure.error.message), params: failure.params, result: failure.result,
}));
client.on('badMessage', bad => report('violation', { error: 'bad message: ' + String(bad.error), payload: String(bad.buffer) }));

function answer(method, params) {
    switch (method) {
        case 'SetVariables':
            return { setVariableResult: params.setVariableData.map(d => ({
                attributeStatus: 'Accepted', component: d.component, variable: d.variable })) };
        case 'GetVariables':
            return { getVariableResult: params.getVariableData.map(d => ({
                attributeStatus: 'Accepted', component: d.component, variable: d.variable,
                attributeValue: d.variable.name === 'Enabled' ? 'true' : 'ChargingOnly,CentralSetpoint' })) };
        case 'GetConfiguration':
            return { configurationKey: [], unknownKey: params.key || [] };
        default:
            return { status: 'Accepted' };
    }
}

client.handle(({ method, params }) => {
    const result = answer(method, params);
    report('call', { method, params, result });
    return result;
});

async function call(method, params) {
    const result = await client.call(method, params);
    report('result', { method, result });
    return result;
}

const now = () => new Date().toISOString();
let transactionId = v16 ? undefined : 'TX-' + identity;
let seqNo = 0;

function sampledValues(socPercent, powerW) {
    return [
        { value: v16 ? String(socPercent) : socPercent, measurand: 'SoC', unit: 'Percent', context: 'Sample.Periodic' },
        { value: v16 ? String(powerW) : powerW, measurand: 'Power.Active.Import', unit: 'W', context: 'Sample.Periodic' },
    ].map(s => v16 ? s : { value: s.value, measurand: s.measurand, context: s.context, unitOfMeasure: { unit: s.unit } });
}

async function start() {
    await client.connect();
    report('connected', { protocol: client.protocol });
    if (v16) {
        await call('BootNotification', { chargePointVendor: 'ocpp-rpc', chargePointModel: 'Interop' });
        await call('Heartbeat', {});
        await call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Preparing', timestamp: now() });
        const started = await call('StartTransaction', { connectorId: 1, idTag: 'INTEROP', meterStart: 0, timestamp: now() });
        transactionId = started.transactionId;
        await call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Charging', timestamp: now() });
        await call('MeterValues', { connectorId: 1, transactionId,
            meterValue: [{ timestamp: now(), sampledValue: sampledValues(55, 7000) }] });
    } else {
        await call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'Interop', vendorName: 'ocpp-rpc' } });
        await call('Heartbeat', {});
        await call('StatusNotification', { timestamp: now(), connectorStatus: 'Occupied', evseId: 1, connectorId: 1 });
        await call('TransactionEvent', { eventType: 'Started', timestamp: now(), triggerReason: 'CablePluggedIn',
            seqNo: seqNo++, transactionInfo: { transactionId, chargingState: 'Charging' }, evse: { id: 1, connectorId: 1 } });
        await call('MeterValues', { evseId: 1, meterValue: [{ timestamp: now(), sampledValue: sampledValues(55, 7000) }] });
        await call('TransactionEvent', { eventType: 'Updated', timestamp: now(), triggerReason: 'MeterValuePeriodic',
            seqNo: seqNo++, transactionInfo: { transactionId, chargingState: 'Charging' },
            meterValue: [{ timestamp: now(), sampledValue: sampledValues(55, 7000) }] });
        if (v21) {
            await notifyNeeds(7400);
        }
    }
    report('transaction', { transactionId });
}

// an ISO 15118-20 bidirectional car's needs, as the charge point passes them on
async function notifyNeeds(maxDischargePower) {
    const departure = new Date(Date.now() + 8 * 3600 * 1000).toISOString();
    await call('NotifyEVChargingNeeds', { evseId: 1, chargingNeeds: {
        requestedEnergyTransfer: 'AC_BPT', availableEnergyTransfer: ['AC_three_phase', 'AC_BPT'],
        controlMode: 'DynamicControl', departureTime: departure,
        v2xChargingParameters: { minChargePower: 0, maxChargePower: 7400, minDischargePower: 0,
            maxDischargePower, evTargetEnergyRequest: 15000, evMinV2XEnergyRequest: -10000,
            evMaxV2XEnergyRequest: 20000, targetSoC: 80 } } });
}

async function stop() {
    if (v16) {
        await call('StopTransaction', { transactionId, meterStop: 1000, timestamp: now(), reason: 'Local' });
        await call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: now() });
    } else {
        await call('TransactionEvent', { eventType: 'Ended', timestamp: now(), triggerReason: 'EVCommunicationLost',
            seqNo: seqNo++, transactionInfo: { transactionId, chargingState: 'Idle', stoppedReason: 'EVDisconnected' } });
        await call('StatusNotification', { timestamp: now(), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
    }
    await client.close({ code: 1000 });
    report('done', {});
}

function fail(error) {
    report('error', { error: String(error && error.stack || error), details: error && error.details });
    process.exit(1);
}

const input = readline.createInterface({ input: process.stdin });
input.on('line', line => {
    const [command, argument] = line.trim().split(/\s+/);
    if (command === 'stop') {
        stop().then(() => process.exit(0), fail);
    } else if (command === 'needs') {
        notifyNeeds(Number(argument)).catch(fail);
    }
});
input.on('close', () => process.exit(0));
start().catch(fail);
