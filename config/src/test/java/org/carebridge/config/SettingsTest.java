package org.carebridge.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {

    private static Settings settings(String url, String demo) {
        Settings s = new Settings();
        s.databaseUrl = url;
        s.demoData = demo;
        s.adminPassword = Optional.of("  ");
        s.jwtSigningKey = Optional.empty();
        return s;
    }

    @ParameterizedTest(name = "{0} with demo-data={1} → demo {2}")
    @CsvSource({
            "jdbc:h2:file:./data/carebridge;MODE=LEGACY, auto, true",
            "jdbc:mysql://db:3306/carebridge, auto, false",
            "jdbc:mysql://db:3306/carebridge, true, true",
            "jdbc:mysql://db:3306/carebridge, TRUE, true",
            "jdbc:h2:file:./data/carebridge, false, false",
            "jdbc:h2:mem:x, off, false"})
    void demoDataOnlyOnTheEmbeddedDatabaseUnlessAskedFor(String url, String demo, boolean expected) {
        assertThat(settings(url, demo).demoMode()).isEqualTo(expected);
    }

    @Test
    void blankSecretsCountAsAbsent() {
        Settings s = settings("jdbc:mysql://x/y", "auto");
        assertThat(s.adminPassword()).isEmpty();
        assertThat(s.jwtSigningKey()).isEmpty();
        s.adminPassword = Optional.of("first-admin-password");
        assertThat(s.adminPassword()).hasValue("first-admin-password");
    }

    @Test
    void iatiOrganisationRefsComeFromThePatternUnlessATenantHasItsOwn() {
        Settings s = settings("jdbc:mysql://x/y", "auto");
        s.iatiOrgRef = "CN-CB-{code}";
        s.iatiOrgRefs = " ";
        assertThat(s.iatiOrgRef("f1")).isEqualTo("CN-CB-f1");
        s.iatiOrgRefs = "f2=XX-OTHER, f1 = CN-USCC-53110000MJ0000000X ,s1=";
        assertThat(s.iatiOrgRef("f1")).isEqualTo("CN-USCC-53110000MJ0000000X");
        assertThat(s.iatiOrgRef("s1")).isEqualTo("CN-CB-s1");
        assertThat(s.iatiOrgRef("d1")).isEqualTo("CN-CB-d1");
    }
}
