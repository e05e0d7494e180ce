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
package org.openhab.v2x.simulator.ocpp;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Settings of one simulated charge point. Fluent setters; {@link #validate()} runs when the simulator starts.
 */
@NonNullByDefault
public class ChargePointConfig {

    private String url = "ws://127.0.0.1:8887/ocpp";
    private String chargePointId = "CP1";
    private List<OcppVersion> versions = List.of(OcppVersion.V21);
    private @Nullable String password;
    private boolean trustAllCertificates;
    private String vendor = "openHAB-V2X";
    private String model = "SimulatedCharger";
    private String serialNumber = "SIM-0001";
    private String firmwareVersion = "1.0.0";
    private String idTag = "SIMULATOR";
    private double meterIntervalSeconds = 10;
    private double defaultHeartbeatSeconds = 60;
    private double bootRetrySeconds = 10;
    private boolean negativeLimitDischarge;
    private int phases = 3;
    private double voltage = 230;
    private double chargerMaxPowerW = 11000;
    private double speed = 1;
    private long reconnectDelayMillis = 5000;
    private long callTimeoutMillis = 30000;
    private long connectTimeoutMillis = 5000;
    private boolean autoStartTransaction = true;
    private Duration departureIn = Duration.ofHours(8);
    private double tickMillis = 200;
    private SimulatorClock clock = SimulatorClock.system();

    /** Central system endpoint without the charge point id, e.g. {@code ws://host:8887/ocpp}. */
    public ChargePointConfig url(String url) {
        this.url = url;
        return this;
    }

    public ChargePointConfig chargePointId(String id) {
        this.chargePointId = id;
        return this;
    }

    /** Subprotocols offered, most preferred first. */
    public ChargePointConfig versions(List<OcppVersion> versions) {
        this.versions = List.copyOf(versions);
        return this;
    }

    public ChargePointConfig version(OcppVersion version) {
        return versions(List.of(version));
    }

    /** Basic auth password (security profile 1/2); the user is the charge point id. */
    public ChargePointConfig password(@Nullable String password) {
        this.password = password;
        return this;
    }

    /** Accept any server certificate on {@code wss://} (self-signed test certificates). */
    public ChargePointConfig trustAllCertificates(boolean trustAll) {
        this.trustAllCertificates = trustAll;
        return this;
    }

    public ChargePointConfig vendor(String vendor) {
        this.vendor = vendor;
        return this;
    }

    public ChargePointConfig model(String model) {
        this.model = model;
        return this;
    }

    public ChargePointConfig serialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
        return this;
    }

    public ChargePointConfig idTag(String idTag) {
        this.idTag = idTag;
        return this;
    }

    /** Real seconds between MeterValues messages (also settable by the server). */
    public ChargePointConfig meterIntervalSeconds(double seconds) {
        this.meterIntervalSeconds = seconds;
        return this;
    }

    /** Heartbeat interval used when the BootNotification response gives none. */
    public ChargePointConfig defaultHeartbeatSeconds(double seconds) {
        this.defaultHeartbeatSeconds = seconds;
        return this;
    }

    /** Wait before repeating a BootNotification answered Pending/Rejected without an interval. */
    public ChargePointConfig bootRetrySeconds(double seconds) {
        this.bootRetrySeconds = seconds;
        return this;
    }

    /** Accept a negative {@code limit} (1.6/2.0.1 legacy discharge request); otherwise such profiles are Rejected. */
    public ChargePointConfig negativeLimitDischarge(boolean on) {
        this.negativeLimitDischarge = on;
        return this;
    }

    /** Phases used to convert limits in A to W (A x voltage x phases). */
    public ChargePointConfig phases(int phases) {
        this.phases = phases;
        return this;
    }

    public ChargePointConfig voltage(double voltage) {
        this.voltage = voltage;
        return this;
    }

    /** The charger's own power rating; the car's limits and this both clamp any setpoint. */
    public ChargePointConfig chargerMaxPowerW(double watts) {
        this.chargerMaxPowerW = watts;
        return this;
    }

    /** Simulated seconds per real second for the battery; 0 = time only moves through {@code advance()}. */
    public ChargePointConfig speed(double speed) {
        this.speed = speed;
        return this;
    }

    public ChargePointConfig reconnectDelayMillis(long millis) {
        this.reconnectDelayMillis = millis;
        return this;
    }

    /** How long to wait for a CALLRESULT before giving up on a CALL and sending the next one. */
    public ChargePointConfig callTimeoutMillis(long millis) {
        this.callTimeoutMillis = millis;
        return this;
    }

    public ChargePointConfig connectTimeoutMillis(long millis) {
        this.connectTimeoutMillis = millis;
        return this;
    }

    /** Plug the car in and start a transaction right after the boot is accepted. */
    public ChargePointConfig autoStartTransaction(boolean on) {
        this.autoStartTransaction = on;
        return this;
    }

    /** When the driver leaves, counted from the start of the transaction (NotifyEVChargingNeeds). */
    public ChargePointConfig departureIn(Duration departureIn) {
        this.departureIn = departureIn;
        return this;
    }

    /** Real milliseconds between control ticks (battery step, fail-safe check, timers on the clock). */
    public ChargePointConfig tickMillis(double millis) {
        this.tickMillis = millis;
        return this;
    }

    /** The time the timers and the battery run on; tests pass a {@link ManualSimulatorClock}. */
    public ChargePointConfig clock(SimulatorClock clock) {
        this.clock = clock;
        return this;
    }

    public String url() {
        return url;
    }

    public String chargePointId() {
        return chargePointId;
    }

    public List<OcppVersion> versions() {
        return versions;
    }

    public @Nullable String password() {
        return password;
    }

    public boolean trustAllCertificates() {
        return trustAllCertificates;
    }

    public String vendor() {
        return vendor;
    }

    public String model() {
        return model;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String firmwareVersion() {
        return firmwareVersion;
    }

    public String idTag() {
        return idTag;
    }

    public double meterIntervalSeconds() {
        return meterIntervalSeconds;
    }

    public double defaultHeartbeatSeconds() {
        return defaultHeartbeatSeconds;
    }

    public double bootRetrySeconds() {
        return bootRetrySeconds;
    }

    public boolean negativeLimitDischarge() {
        return negativeLimitDischarge;
    }

    public int phases() {
        return phases;
    }

    public double voltage() {
        return voltage;
    }

    public double chargerMaxPowerW() {
        return chargerMaxPowerW;
    }

    public double speed() {
        return speed;
    }

    public long reconnectDelayMillis() {
        return reconnectDelayMillis;
    }

    public long callTimeoutMillis() {
        return callTimeoutMillis;
    }

    public long connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public boolean autoStartTransaction() {
        return autoStartTransaction;
    }

    public Duration departureIn() {
        return departureIn;
    }

    public double tickMillis() {
        return tickMillis;
    }

    public SimulatorClock clock() {
        return clock;
    }

    /** The full endpoint {@code <url>/<percent-encoded id>}. */
    public URI endpoint() {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            return new URI(base + "/" + encodeId(chargePointId));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid central system URL '" + url + "': " + e.getMessage(), e);
        }
    }

    /** Checks every setting and throws {@link IllegalArgumentException} naming the first bad one. */
    public void validate() {
        URI endpoint = endpoint();
        String scheme = endpoint.getScheme();
        if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
            throw new IllegalArgumentException("URL must start with ws:// or wss://, got '" + url + "'");
        }
        if (endpoint.getHost() == null) {
            throw new IllegalArgumentException("URL has no host: '" + url + "'");
        }
        if (chargePointId.isEmpty() || chargePointId.length() > 48 || chargePointId.contains(":")) {
            throw new IllegalArgumentException("charge point id must have 1..48 characters and no ':', got '"
                    + chargePointId + "'");
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("offer at least one OCPP version");
        }
        positive("meter interval", meterIntervalSeconds);
        positive("default heartbeat interval", defaultHeartbeatSeconds);
        positive("boot retry interval", bootRetrySeconds);
        positive("voltage", voltage);
        positive("charger max power", chargerMaxPowerW);
        positive("tick", tickMillis);
        if (phases < 1 || phases > 3) {
            throw new IllegalArgumentException("phases must be 1..3, got " + phases);
        }
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be >= 0, got " + speed);
        }
        if (reconnectDelayMillis < 0 || callTimeoutMillis <= 0 || connectTimeoutMillis <= 0) {
            throw new IllegalArgumentException("reconnect delay must be >= 0 and timeouts > 0 ms");
        }
        if (departureIn.isNegative()) {
            throw new IllegalArgumentException("departure must not be in the past: " + departureIn);
        }
    }

    private static void positive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0, got " + value);
        }
    }

    private static String encodeId(String id) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
