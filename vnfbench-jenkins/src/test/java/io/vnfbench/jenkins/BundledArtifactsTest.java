package io.vnfbench.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the real {@code .hpi} bundles in WEB-INF/lib, computed here from the dependencies Maven resolved for this module,
 * and compared with {@code hpi.bundledArtifacts} in vnfbench-jenkins-hpi/pom.xml the way maven-hpi-plugin compares them
 * when {@code hpi.strictBundledArtifacts} is true (jenkinsci/maven-hpi-plugin AbstractHpiMojo.buildExplodedWebapp: the
 * artifactIds it bundles, {@code Collections.sort}ed, {@code List.equals} the property converted by Maven's collection
 * converter, i.e. split at every comma). The real build cannot run here (its parent POM and the plugins are not on Maven
 * Central), so this module declares the bundled dependencies exactly as the hpi module does, which the first test checks.
 */
class BundledArtifactsTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path HPI_POM = MODULE.resolve("../vnfbench-jenkins-hpi/pom.xml");
    private static final Path GLUE_POM = MODULE.resolve("pom.xml");
    /** Written by maven-dependency-plugin's tree goal (outputType json) at generate-test-resources; see this module's POM. */
    private static final Path TREE = MODULE.resolve("target/dependency-tree.json");

    private static Document hpi;
    private static Document glue;

    @BeforeAll
    static void readPoms() throws Exception {
        hpi = parse(HPI_POM);
        glue = parse(GLUE_POM);
    }

    @Test
    void shouldDeclareTheBundledDependenciesExactlyAsTheHpiModuleDoes() {
        // given
        Map<String, Declared> inHpi = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (Declared d : dependencies(hpi)) {
            if (d.scope().equals("test") || d.scope().equals("provided")) {
                continue;
            }
            if (isPluginGroup(d.groupId())) {
                continue; // a Jenkins plugin: a Plugin-Dependencies entry, never bundled (maven-hpi-plugin skips it and what it brings)
            }
            if (d.groupId().equals("io.vnfbench")) {
                inHpi.put(d.key(), d);
            } else {
                unknown.add(d.key());
            }
        }
        Map<String, Declared> inGlue = new TreeMap<>();
        for (Declared d : dependencies(glue)) {
            if (d.groupId().equals("io.vnfbench") && Set.of("compile", "runtime").contains(d.scope())) {
                inGlue.put(d.key(), d);
            }
        }

        // then
        assertThat(unknown).as("libraries the hpi module would bundle that this module does not mirror").isEmpty();
        assertThat(inGlue.keySet()).isEqualTo(inHpi.keySet());
        for (String key : inHpi.keySet()) {
            assertThat(inGlue.get(key).exclusions()).as("exclusions of " + key).isEqualTo(inHpi.get(key).exclusions());
            assertThat(inGlue.get(key).optional()).as("optional " + key).isEqualTo(inHpi.get(key).optional());
        }
    }

    @Test
    void shouldListExactlyWhatTheHpiBundlesInSortedOrder() throws IOException {
        // given
        assertThat(TREE).as("the resolved dependency tree (run the build through generate-test-resources)").isRegularFile();
        JsonNode root = JsonMapper.builder().build().readTree(TREE.toFile());

        // when
        List<String> actual = bundled(root);
        List<String> expected = bundledArtifactsProperty();

        // then
        assertThat(actual).as("bundled artifacts computed from the resolved dependencies").isNotEmpty()
                .contains("vnfbench-engine", "vnfbench-kubernetes")
                .noneMatch(a -> a.startsWith("jackson-") || a.startsWith("kubernetes-") || a.startsWith("jfreechart")
                        || a.equals("snakeyaml") || a.equals("jcommon"));
        assertThat(expected)
                .as("hpi.bundledArtifacts in vnfbench-jenkins-hpi/pom.xml must be <hpi.bundledArtifacts>%s</hpi.bundledArtifacts>",
                        String.join(",", actual))
                .isEqualTo(actual);
    }

    /** The artifactIds maven-hpi-plugin would copy into WEB-INF/lib, sorted as it sorts them. */
    static List<String> bundled(JsonNode root) {
        Set<String> excludedDirect = new HashSet<>();
        for (JsonNode direct : children(root)) {
            if (Set.of("test", "provided").contains(direct.path("scope").asText())) {
                excludedDirect.add(id(direct));
            }
        }
        List<String> out = new ArrayList<>();
        collect(root, new ArrayList<>(), excludedDirect, out);
        Collections.sort(out);
        return out;
    }

    private static void collect(JsonNode node, List<String> trail, Set<String> excludedDirect, List<String> out) {
        for (JsonNode child : children(node)) {
            List<String> childTrail = new ArrayList<>(trail);
            childTrail.add(id(child));
            String viaDirect = childTrail.get(0);
            String type = child.path("type").asText();
            boolean plugin = type.equals("hpi") || type.equals("jpi");
            boolean throughCore = childTrail.stream().anyMatch(t -> t.contains(":jenkins-core:") || t.contains(":hudson-core:"));
            boolean runtime = Set.of("compile", "runtime").contains(child.path("scope").asText());
            boolean optional = child.path("optional").asBoolean(false);
            if (!plugin && !excludedDirect.contains(viaDirect) && !throughCore && runtime && !optional) {
                out.add(child.path("artifactId").asText());
            }
            if (!plugin) {
                collect(child, childTrail, excludedDirect, out);
            }
        }
    }

    private static List<String> bundledArtifactsProperty() {
        NodeList props = hpi.getDocumentElement().getElementsByTagName("hpi.bundledArtifacts");
        assertThat(props.getLength()).as("hpi.bundledArtifacts properties").isEqualTo(1);
        // Maven trims a property's text; the collection converter then splits at every comma and trims nothing
        String value = props.item(0).getTextContent().trim();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(",", -1));
    }

    private static boolean isPluginGroup(String groupId) {
        return groupId.startsWith("org.jenkins-ci.plugins") || groupId.startsWith("io.jenkins.plugins");
    }

    private record Declared(String groupId, String artifactId, String scope, boolean optional, Set<String> exclusions) {
        String key() {
            return groupId + ":" + artifactId;
        }
    }

    private static List<Declared> dependencies(Document pom) {
        List<Declared> out = new ArrayList<>();
        Element project = pom.getDocumentElement();
        Element deps = child(project, "dependencies");
        if (deps == null) {
            return out;
        }
        for (Element d : elements(deps, "dependency")) {
            Set<String> exclusions = new TreeSet<>();
            Element ex = child(d, "exclusions");
            if (ex != null) {
                for (Element e : elements(ex, "exclusion")) {
                    exclusions.add(text(e, "groupId") + ":" + text(e, "artifactId"));
                }
            }
            String scope = text(d, "scope");
            out.add(new Declared(text(d, "groupId"), text(d, "artifactId"), scope.isEmpty() ? "compile" : scope,
                    text(d, "optional").equals("true"), exclusions));
        }
        return out;
    }

    private static Iterable<JsonNode> children(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        node.path("children").forEach(out::add);
        return out;
    }

    private static String id(JsonNode n) {
        return n.path("groupId").asText() + ":" + n.path("artifactId").asText() + ":" + n.path("type").asText() + ":"
                + n.path("version").asText();
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    private static Element child(Element parent, String name) {
        for (Element e : elements(parent, name)) {
            return e;
        }
        return null;
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
