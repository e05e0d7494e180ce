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

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.v2x.internal.handler.OcppServerHandler;
import org.openhab.binding.v2x.internal.ocpp.server.UnregisteredChargePoint;
import org.openhab.binding.v2x.internal.ocpp.server.UnregisteredChargePointListener;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers charge points that connect to an OCPP server without a charger thing as {@code ocpp-charger} things under
 * that server. Charge points announce themselves by connecting, so discovery runs in the background all the time;
 * a scan only offers again what was seen. An entry lives {@value #RESULT_TTL_SECONDS} s after the last attempt of
 * its charge point and is withdrawn as soon as a charger thing takes the id.
 *
 * @author openHAB V2X - Initial contribution
 */
@Component(scope = ServiceScope.PROTOTYPE, service = OcppChargePointDiscoveryService.class)
@NonNullByDefault
public class OcppChargePointDiscoveryService extends AbstractThingHandlerDiscoveryService<OcppServerHandler>
        implements UnregisteredChargePointListener {

    /** Chargers retry at least every few minutes (pending boots every minute); an entry outlives a few retries. */
    public static final long RESULT_TTL_SECONDS = 600;
    private static final int SCAN_TIMEOUT_SECONDS = 2;

    private final Logger logger = LoggerFactory.getLogger(OcppChargePointDiscoveryService.class);
    // the newest knowledge per charge point id
    private final Map<String, UnregisteredChargePoint> seen = new ConcurrentHashMap<>();

    public OcppChargePointDiscoveryService() {
        super(OcppServerHandler.class, Set.of(THING_TYPE_OCPP_CHARGER), SCAN_TIMEOUT_SECONDS, true);
    }

    @Override
    public void initialize() {
        thingHandler.setUnregisteredChargePointListener(this);
        super.initialize();
    }

    @Override
    public void dispose() {
        super.dispose();
        thingHandler.setUnregisteredChargePointListener(null);
        seen.clear();
    }

    @Override
    protected void startScan() {
        seen.values().forEach(this::offer);
    }

    @Override
    public void knocked(UnregisteredChargePoint chargePoint) {
        // an attempt that ends before the BootNotification must not erase what an earlier boot told
        UnregisteredChargePoint merged = seen.merge(chargePoint.chargePointId(), chargePoint,
                (known, now) -> new UnregisteredChargePoint(now.chargePointId(),
                        now.version() != null ? now.version() : known.version(),
                        now.device() != null ? now.device() : known.device()));
        offer(merged);
    }

    @Override
    public void registered(String chargePointId) {
        if (seen.remove(chargePointId) != null) {
            thingRemoved(ChargePointDiscoveryResults.thingUid(serverUid(), chargePointId));
        }
    }

    private void offer(UnregisteredChargePoint chargePoint) {
        logger.debug("Offering charge point {} in the inbox", chargePoint.chargePointId());
        thingDiscovered(ChargePointDiscoveryResults.result(serverUid(), chargePoint, RESULT_TTL_SECONDS));
    }

    private ThingUID serverUid() {
        return thingHandler.getThing().getUID();
    }
}
