package org.carebridge.web.it;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published schemas of OCDS 1.1 and the 360Giving Data Standard, stored unmodified under
 * {@code src/test/resources/open-data/} (see the README there), served to the validator under the URLs
 * they reference each other by: nothing is ever fetched from the network.
 */
final class OpenDataSchemas {

    static final String OCDS_PACKAGE = "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json";
    static final String OCDS_RELEASE = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
    /** The 360Giving package schema has no id of its own; this is where the test registry files it. */
    static final String GIVING_PACKAGE = "https://carebridge.test/open-data/360-giving-package-schema.json";
    static final String GIVING_GRANT =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/master/schema/360-giving-schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemaLoader(loader -> loader.fetchRemoteResources(false).resourceLoaders(r -> r.resources(Map.of(
                    OCDS_PACKAGE, text("ocds-1.1/release-package-schema.json"),
                    OCDS_RELEASE, text("ocds-1.1/release-schema.json"),
                    GIVING_PACKAGE, text("360giving/360-giving-package-schema.json"),
                    GIVING_GRANT, text("360giving/360-giving-schema.json"))))));

    private OpenDataSchemas() {
    }

    /** The validation errors of a JSON document against the schema at {@code url}; empty when valid. */
    static List<String> errors(String url, String json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(url));
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) {
            out.add(e.toString());
        }
        return out;
    }

    /** The codes (first column) of a codelist CSV stored beside the schemas. */
    static Set<String> codes(String resource) {
        Set<String> codes = new LinkedHashSet<>();
        String[] lines = text(resource).split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                codes.add(lines[i].substring(0, lines[i].indexOf(',')));
            }
        }
        return codes;
    }

    static String text(String resource) {
        try (InputStream in = OpenDataSchemas.class.getResourceAsStream("/open-data/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource open-data/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
