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
package org.openhab.v2x.simulator.openadr;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The VTN's OAuth2 client-credentials store: one client id and secret, tokens that expire after a lifetime on the
 * simulator's clock, and optionally one fixed bearer token that never expires (a token provisioned out of band).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class TokenIssuer {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile String clientId;
    private volatile String clientSecret;
    private volatile Duration lifetime = Duration.ofHours(1);
    private volatile @Nullable String fixedToken;

    TokenIssuer(Clock clock, String clientId, String clientSecret) {
        this.clock = clock;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    void credentials(String id, String secret) {
        clientId = id;
        clientSecret = secret;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    void lifetime(Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive: " + value);
        }
        lifetime = value;
    }

    Duration lifetime() {
        return lifetime;
    }

    void fixedToken(@Nullable String token) {
        fixedToken = token;
    }

    boolean accepts(String id, String secret) {
        return clientId.equals(id) && clientSecret.equals(secret);
    }

    /** A new token valid for the lifetime from now. */
    String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        expiries.put(token, clock.instant().plus(lifetime));
        issued.incrementAndGet();
        return token;
    }

    int issuedCount() {
        return issued.get();
    }

    /** Whether {@code token} was issued here (or is the fixed token) and has not expired. */
    boolean valid(String token) {
        if (token.equals(fixedToken)) {
            return true;
        }
        Instant expiry = expiries.get(token);
        if (expiry == null) {
            return false;
        }
        if (!clock.instant().isBefore(expiry)) {
            expiries.remove(token);
            return false;
        }
        return true;
    }

    /** Every issued token becomes invalid (a revocation on the VTN side). */
    void revokeAll() {
        expiries.clear();
    }
}
