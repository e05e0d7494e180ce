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

import java.security.cert.X509Certificate;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Security profile 3: who a charge point is, by its TLS client certificate. The TLS handshake has already checked the
 * chain against the server's truststore; here the certificate must name the charge point that connects: its subject's
 * common name (CN) is the charge point id of the connection path (as OCPP asks of charging station certificates).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class ClientCertificates {

    private ClientCertificates() {
    }

    /** Null when the first (own) certificate names the charge point, else why not. */
    static @Nullable OcppRejectReason check(String chargePointId, X509Certificate @Nullable [] chain) {
        if (chain == null || chain.length == 0 || chain[0] == null) {
            return OcppRejectReason.WRONG_CERTIFICATE;
        }
        String commonName = commonName(chain[0]);
        return chargePointId.equals(commonName) ? null : OcppRejectReason.WRONG_CERTIFICATE;
    }

    static @Nullable String commonName(X509Certificate certificate) {
        try {
            LdapName name = new LdapName(certificate.getSubjectX500Principal().getName());
            for (Rdn rdn : name.getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }
}
