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
package org.openhab.binding.v2x.internal.handler;

import java.io.File;
import java.net.BindException;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppSessionConfig;
import org.openhab.binding.v2x.internal.ocpp.server.OcppServerConfig;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Turns the OCPP server thing's configuration into the server's configuration, and configuration or start
 * problems into the thing status the user sees.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class OcppServerConfigMapper {

    /** Why the server thing is offline: status detail and (i18n) description. */
    record Problem(ThingStatusDetail detail, String description) {
    }

    private OcppServerConfigMapper() {
    }

    /** What is wrong with the configuration (an i18n status description), or null if nothing is. */
    static @Nullable String check(OcppServerConfiguration config) {
        if (config.port < 1 || config.port > 65535) {
            return "@text/offline.conf-error-port";
        }
        if (config.securityProfile < 0 || config.securityProfile > 3) {
            return "@text/offline.conf-error-security-profile";
        }
        if (config.securityProfile == 3) {
            String path = config.truststorePath.trim();
            if (path.isEmpty()) {
                return "@text/offline.conf-error-truststore-missing";
            }
            if (!new File(path).canRead()) {
                return "@text/offline.conf-error-keystore [\"" + escape(path + " cannot be read") + "\"]";
            }
        }
        if (config.securityProfile >= 2) {
            String path = config.keystorePath.trim();
            if (path.isEmpty()) {
                return "@text/offline.conf-error-keystore-missing";
            }
            if (!new File(path).canRead()) {
                return "@text/offline.conf-error-keystore [\"" + escape(path + " cannot be read") + "\"]";
            }
        }
        return null;
    }

    static OcppServerConfig serverConfig(OcppServerConfiguration config) {
        OcppServerConfig serverConfig = new OcppServerConfig();
        serverConfig.host = config.bindAddress.isBlank() ? "0.0.0.0" : config.bindAddress.trim();
        serverConfig.port = config.port;
        serverConfig.path = config.path;
        serverConfig.requireAuthentication = config.securityProfile > 0;
        if (config.securityProfile >= 2) {
            serverConfig.keystorePath = config.keystorePath.trim();
            serverConfig.keystorePassword = config.keystorePassword;
            serverConfig.keystoreType = storeType(config.keystorePath);
        }
        if (config.securityProfile == 3) {
            serverConfig.truststorePath = config.truststorePath.trim();
            serverConfig.truststorePassword = config.truststorePassword;
            serverConfig.truststoreType = storeType(config.truststorePath);
        }
        serverConfig.maxMessageSize = config.maxMessageSize;
        Duration heartbeat = Duration.ofSeconds(Math.max(1, config.heartbeatInterval));
        // pongs and messages count as signs of life; a charger silent for three heartbeats is gone
        serverConfig.session = OcppSessionConfig.defaults()
                .withResponseTimeout(Duration.ofSeconds(Math.max(1, config.callTimeout)))
                .withSupervision(heartbeat, heartbeat.multipliedBy(3));
        return serverConfig;
    }

    private static String storeType(String path) {
        return path.trim().toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
    }

    /** Why the server did not start: a taken port or a bad keystore is the user's to fix, anything else is I/O. */
    static Problem startFailure(OcppServerConfiguration config, Exception e) {
        String message = String.valueOf(e.getMessage());
        if (portInUse(e)) {
            return new Problem(ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-port-in-use [\"" + config.port + "\"]");
        } else if (config.securityProfile >= 2) {
            return new Problem(ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-keystore [\"" + escape(message) + "\"]");
        }
        return new Problem(ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error-server-failed [\"" + escape(message) + "\"]");
    }

    static boolean portInUse(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String escape(String text) {
        // a double quote would end the status description's argument
        return text.replace("\"", "'");
    }
}
