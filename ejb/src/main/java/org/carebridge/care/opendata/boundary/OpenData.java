package org.carebridge.care.opendata.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.carebridge.care.opendata.control.GivingPackage;
import org.carebridge.care.opendata.control.OcdsPackage;
import org.carebridge.care.opendata.control.OpenDataReads;
import org.carebridge.config.Settings;
import org.carebridge.core.value.LocalDates;

import java.time.Instant;

/**
 * The public open-data publications, open to anyone without a login: what was bought and paid for
 * (OCDS 1.1) and what charity gave (360Giving). Organisations only; children appear solely in
 * aggregates of at least {@link org.carebridge.care.opendata.control.SmallCountSuppression#MIN_COUNT}.
 */
@Stateless
@PermitAll
public class OpenData {

    @Inject
    OpenDataReads reads;

    @Inject
    Settings settings;

    /** The OCDS release package; {@code uri} is where it is served. */
    public JsonObject contracting(String uri) {
        Instant now = Instant.now();
        OcdsPackage.Data data = new OcdsPackage.Data(reads.organisations(), reads.publishedTenders(),
                reads.openedBids(now), reads.projects(), reads.coFunders(), reads.milestones(),
                reads.organisationPayments());
        return OcdsPackage.build(data, new OcdsPackage.Publisher(settings.ocidPrefix(), settings.openDataPublisher(),
                settings.openDataLicense(), settings.publicationPolicy().orElse(null)), uri, LocalDates.today(), now);
    }

    /** The 360Giving grants package. */
    public JsonObject grants() {
        GivingPackage.Data data = new GivingPackage.Data(reads.organisations(), reads.projects(), reads.coFunders(),
                reads.organisationPayments(), reads.allowanceAggregates());
        return GivingPackage.build(data, new GivingPackage.Publisher(settings.grantPrefix(), settings.ocidPrefix(),
                settings.openDataPublisher(), settings.openDataLicense()), Instant.now());
    }
}
