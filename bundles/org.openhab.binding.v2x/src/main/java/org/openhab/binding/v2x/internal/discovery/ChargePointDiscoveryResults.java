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
package org.openhab.binding.v2x.internal.discovery;

import static org.openhab.binding.v2x.internal.V2xBindingConstants.THING_TYPE_OCPP_CHARGER;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.DeviceInfo;
import org.openhab.binding.v2x.internal.ocpp.server.UnregisteredChargePoint;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;

/**
 * Turns a charge point that knocked on an OCPP server into the inbox entry for an {@code ocpp-charger} thing under
 * that server.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ChargePointDiscoveryResults {

    /** Configuration parameter and representation property: rediscovering the same id never adds a second entry. */
    public static final String CHARGE_POINT_ID = "chargePointId";
    public static final String PROPERTY_OCPP_VERSION = "ocppVersion";

    private ChargePointDiscoveryResults() {
    }

    /**
     * The thing UID for a charge point id. Ids may hold characters a UID segment cannot ({@code [A-Za-z0-9_-]});
     * those become {@code _}, and a checksum of the original id keeps two such ids apart.
     */
    public static ThingUID thingUid(ThingUID serverUid, String chargePointId) {
        String segment = chargePointId.replaceAll("[^A-Za-z0-9_-]", "_");
        if (!segment.equals(chargePointId) || segment.isEmpty()) {
            CRC32 crc = new CRC32();
            crc.update(chargePointId.getBytes(StandardCharsets.UTF_8));
            segment = segment + "_" + Long.toHexString(crc.getValue());
        }
        return new ThingUID(THING_TYPE_OCPP_CHARGER, serverUid, segment);
    }

    public static DiscoveryResult result(ThingUID serverUid, UnregisteredChargePoint chargePoint, long ttlSeconds) {
        String id = chargePoint.chargePointId();
        DiscoveryResultBuilder builder = DiscoveryResultBuilder.create(thingUid(serverUid, id))
                .withThingType(THING_TYPE_OCPP_CHARGER).withBridge(serverUid).withProperty(CHARGE_POINT_ID, id)
                .withRepresentationProperty(CHARGE_POINT_ID).withTTL(ttlSeconds);
        DeviceInfo device = chargePoint.device();
        if (device != null) {
            putIfPresent(builder, Thing.PROPERTY_VENDOR, device.vendor());
            putIfPresent(builder, Thing.PROPERTY_MODEL_ID, device.model());
            putIfPresent(builder, Thing.PROPERTY_SERIAL_NUMBER, device.serialNumber());
            putIfPresent(builder, Thing.PROPERTY_FIRMWARE_VERSION, device.firmwareVersion());
        }
        OcppVersion version = chargePoint.version();
        if (version != null) {
            builder.withProperty(PROPERTY_OCPP_VERSION, version.subprotocol());
        }
        return builder.withLabel(label(chargePoint)).build();
    }

    /** "<vendor> <model> (<id>)" when the charge point told them, else its id. */
    static String label(UnregisteredChargePoint chargePoint) {
        DeviceInfo device = chargePoint.device();
        String maker = device == null ? "" : (trimmed(device.vendor()) + " " + trimmed(device.model())).trim();
        return maker.isEmpty() ? chargePoint.chargePointId() : maker + " (" + chargePoint.chargePointId() + ")";
    }

    private static void putIfPresent(DiscoveryResultBuilder builder, String name, @Nullable String value) {
        String text = trimmed(value);
        if (!text.isEmpty()) {
            builder.withProperty(name, text);
        }
    }

    private static String trimmed(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
