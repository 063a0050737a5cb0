package org.campaigntracker.api.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the served {@code openapi.json} from the editable contract in {@code src/main/openapi}: the root file
 * ({@code openapi.yaml}: info, servers, tags), {@code components.yaml} (what every resource shares) and one file per
 * resource group under {@code resources/}, each holding {@code paths} and the {@code components} it introduces.
 * References are written as they read in the assembled document ({@code #/components/schemas/Interaction}), so
 * merging is all there is to do; a path, schema or other component defined twice is an error rather than a silent
 * overwrite. Run by the build (process-classes); nothing reads YAML at run time.
 */
public final class ContractAssembler {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ContractAssembler() {
    }

    /** {@code ContractAssembler <contract folder> <openapi.json to write>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ContractAssembler <contract folder> <output openapi.json>");
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), assemble(Path.of(args[0])));
    }

    /** The whole contract as one document. */
    public static ObjectNode assemble(Path folder) throws IOException {
        ObjectNode root = (ObjectNode) YAML.readTree(folder.resolve("openapi.yaml").toFile());
        List<Path> parts = new ArrayList<>();
        parts.add(folder.resolve("components.yaml"));
        try (Stream<Path> files = Files.list(folder.resolve("resources"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().forEach(parts::add);
        }
        ObjectNode paths = root.withObject("/paths");
        ObjectNode components = root.withObject("/components");
        for (Path part : parts) {
            JsonNode doc = YAML.readTree(part.toFile());
            for (Iterator<String> keys = doc.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!key.equals("paths") && !key.equals("components")) {
                    throw new IllegalStateException(part + ": only paths and components belong here, not " + key);
                }
            }
            merge(paths, doc.path("paths"), part + ": path ");
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("components").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> section = it.next();
                merge(components.withObject("/" + section.getKey()), section.getValue(),
                        part + ": components/" + section.getKey() + "/");
            }
        }
        // paths and components after info, servers, security and tags, as readers expect them
        root.remove("paths");
        root.remove("components");
        root.set("paths", paths);
        root.set("components", components);
        return root;
    }

    private static void merge(ObjectNode into, JsonNode from, String where) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (into.has(e.getKey())) {
                throw new IllegalStateException(where + e.getKey() + " is defined twice");
            }
            into.set(e.getKey(), e.getValue());
        }
    }
}
