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
package org.openhab.binding.v2x.internal.ocpp.server;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppSessionConfig;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;

/**
 * Settings of the OCPP server. A keystore path switches to TLS (security profile 2); Basic authentication (profiles
 * 1 and 2) is checked whenever the directory returns a password, and required for everyone with
 * {@link #requireAuthentication}.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class OcppServerConfig {
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 64 * 1024;

    /** Address to bind to; 0.0.0.0 for all interfaces. */
    public String host = "0.0.0.0";
    /** TCP port; 0 picks a free one (tests). */
    public int port = 8887;
    /** Charge points connect to {@code <path>/<chargePointId>}. */
    public String path = "/ocpp";
    public @Nullable String keystorePath;
    public String keystorePassword = "";
    /** PKCS12 or JKS. */
    public String keystoreType = "PKCS12";
    public boolean requireAuthentication = true;
    /**
     * Security profile 3: a truststore with the certificates (or their CAs) of the charge points. With it, every
     * charge point must present a client certificate whose common name is its charge point id, instead of Basic
     * credentials. Needs TLS ({@link #keystorePath}).
     */
    public @Nullable String truststorePath;
    public String truststorePassword = "";
    /** PKCS12 or JKS. */
    public String truststoreType = "PKCS12";
    /** Larger text messages close the connection with 1009. */
    public int maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
    /** Subprotocols offered, best first: 2.1, 2.0.1, 1.6. */
    public Set<OcppVersion> versions = EnumSet.allOf(OcppVersion.class);
    public OcppSessionConfig session = OcppSessionConfig.defaults();

    public boolean isClientCertificateAuthentication() {
        String truststore = truststorePath;
        return isTls() && truststore != null && !truststore.isBlank();
    }

    public boolean isTls() {
        String keystore = keystorePath;
        return keystore != null && !keystore.isBlank();
    }
}
