package io.vnfbench.jenkins.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every type of the stand-in against the real type's signatures recorded from the real sources (src/test/resources/
 * real-signatures, written by {@link RecordRealSignatures}): the stand-in may leave members out, but every member it
 * declares (other than private ones) must exist in the real type with the same modifiers, type parameters, return type,
 * parameter types and thrown exceptions; where the plugin's classes or test doubles extend or implement the type, every
 * abstract member of the real type must be declared (so they have the same obligations here as there; types only
 * Jenkins implements, such as StaplerRequest2, are exempt); its own header (kind, modifiers, type parameters, annotation retention and
 * targets) must be the real one; each supertype it declares must be a real direct supertype (with the same type
 * arguments) or a real ancestor; and a Serializable type must serialize the same fields (name and type) as the real one.
 */
class StandInConformanceTest {

    private static final Path STAND_IN = Path.of(System.getProperty("basedir", "."), "src/main/java");

    /** The plugin's sources that are compiled against the real Jenkins API in the real build. */
    private static final List<Path> USERS = List.of(Path.of(System.getProperty("basedir", "."), "../vnfbench-jenkins/src/main/java"),
            Path.of(System.getProperty("basedir", "."), "../vnfbench-jenkins/src/test/java"),
            Path.of(System.getProperty("basedir", "."), "../vnfbench-jenkins-hpi/src/test/java"));

    private static final Map<String, JavaSignatures.TypeSignature> STAND_IN_TYPES = new TreeMap<>();
    /** Stand-in types that the plugin's classes or test doubles extend or implement, directly or through other stand-in types. */
    private static final Set<String> IMPLEMENTED = new TreeSet<>();

    @BeforeAll
    static void readStandIn() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(STAND_IN)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        }
        assertThat(files).as("stand-in sources in " + STAND_IN).isNotEmpty();
        Set<String> names = new TreeSet<>();
        for (Path f : files) {
            for (JavaSignatures.TypeSignature t : parse(f, RecordRealSignatures.NOTHING)) {
                names.add(t.name());
            }
        }
        Map<String, List<String>> supertypes = new HashMap<>();
        JavaSignatures.Universe namesOnly = universe(names, supertypes);
        for (Path f : files) {
            for (JavaSignatures.TypeSignature t : parse(f, namesOnly)) {
                List<String> raw = new ArrayList<>();
                for (String s : t.supertypes()) {
                    raw.add(RecordRealSignatures.raw(s.substring(s.indexOf(' ') + 1)));
                }
                supertypes.put(t.name(), raw);
            }
        }
        for (Path f : files) {
            for (JavaSignatures.TypeSignature t : parse(f, universe(names, supertypes))) {
                STAND_IN_TYPES.put(t.name(), t);
            }
        }
        implemented(names, supertypes);
    }

    /** Closes the set of stand-in types the plugin's own types extend or implement over the stand-in's supertypes. */
    private static void implemented(Set<String> names, Map<String, List<String>> supertypes) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : USERS) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
                }
            }
        }
        assertThat(files).as("the plugin's sources next to the stand-in").isNotEmpty();
        Set<String> all = new TreeSet<>(names);
        for (Path f : files) {
            for (JavaSignatures.TypeSignature t : parse(f, RecordRealSignatures.NOTHING)) {
                all.add(t.name());
            }
        }
        List<String> todo = new ArrayList<>();
        for (Path f : files) {
            for (JavaSignatures.TypeSignature t : parse(f, universe(all, supertypes))) {
                for (String s : t.supertypes()) {
                    todo.add(RecordRealSignatures.raw(s.substring(s.indexOf(' ') + 1)));
                }
            }
        }
        while (!todo.isEmpty()) {
            String t = todo.remove(todo.size() - 1);
            if (names.contains(t) && IMPLEMENTED.add(t)) {
                todo.addAll(supertypes.getOrDefault(t, List.of()));
            }
        }
    }

    @Test
    void shouldHaveARecordedRealSignatureForEveryStandInTypeAndNoOther() throws IOException {
        Set<String> recorded = new TreeSet<>();
        Path dir = Path.of(System.getProperty("basedir", "."), "src/test/resources/real-signatures");
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sig"))
                    .forEach(n -> recorded.add(n.substring(0, n.length() - 4)));
        }
        assertThat(recorded).isEqualTo(STAND_IN_TYPES.keySet());
    }

    @TestFactory
    Stream<DynamicTest> shouldDeclareOnlyWhatTheRealTypeDeclaresAndExactlyAsItDoes() {
        return STAND_IN_TYPES.values().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> {
            List<String> problems = compare(t, real(t.name()), IMPLEMENTED.contains(t.name()));
            assertThat(problems).as("%s differs from the real type", t.name()).isEmpty();
        }));
    }

    /** The differences between a stand-in type and its recorded real signature; empty when the stand-in conforms. */
    static List<String> compare(JavaSignatures.TypeSignature standIn, RealType real, boolean implementedByPlugin) {
        List<String> problems = new ArrayList<>();
        if (!standIn.header().equals(real.header())) {
            problems.add("header: real `" + real.header() + "`, stand-in `" + standIn.header() + "`");
        }
        for (String s : standIn.supertypes()) {
            String raw = RecordRealSignatures.raw(s.substring(s.indexOf(' ') + 1));
            if (!real.supertypes().contains(s) && !real.allSupertypes().contains(raw)) {
                problems.add("supertype `" + s + "` is not a supertype of the real type (real: " + real.supertypes() + ")");
            }
        }
        Map<String, String> realMembers = byKey(real.members());
        for (String m : standIn.members()) {
            if (isPrivate(m)) {
                continue;
            }
            String r = realMembers.get(key(m));
            if (r == null) {
                problems.add("no such member in the real type: `" + m + "`");
            } else if (!r.equals(m)) {
                problems.add("declared differently: real `" + r + "`, stand-in `" + m + "`");
            }
        }
        Map<String, String> standInMembers = byKey(standIn.members());
        for (String r : real.members()) {
            if (implementedByPlugin && r.contains(" abstract ") && !standInMembers.containsKey(key(r))) {
                problems.add("abstract in the real type but missing here (an implementation would compile here and not there): `"
                        + r + "`");
            }
        }
        if (real.allSupertypes().contains("java.io.Serializable")) {
            Set<String> realForm = serializedFields(real.members());
            Set<String> standInForm = serializedFields(standIn.members());
            if (!realForm.equals(standInForm)) {
                problems.add("serialized fields: real " + realForm + ", stand-in " + standInForm);
            }
        }
        return problems;
    }

    /** The recorded signature of a real type. */
    record RealType(String source, String header, List<String> supertypes, Set<String> allSupertypes, List<String> members) {
    }

    static RealType real(String name) throws IOException {
        try (InputStream in = StandInConformanceTest.class.getResourceAsStream("/real-signatures/" + name + ".sig")) {
            assertThat(in).as("recorded real signature of " + name + " (run RecordRealSignatures, see docs/jenkins.md)").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            String source = "";
            String header = "";
            List<String> supertypes = new ArrayList<>();
            Set<String> all = new TreeSet<>();
            List<String> members = new ArrayList<>();
            for (String l : lines) {
                if (l.startsWith("# ")) {
                    source = l.substring(2);
                } else if (l.startsWith("type ")) {
                    header = l;
                } else if (l.startsWith("extends ") || l.startsWith("implements ")) {
                    supertypes.add(l);
                } else if (l.startsWith("all-supertypes")) {
                    for (String s : l.substring("all-supertypes".length()).trim().split(" ")) {
                        if (!s.isEmpty()) {
                            all.add(s);
                        }
                    }
                } else if (!l.isBlank()) {
                    members.add(l);
                }
            }
            return new RealType(source, header, supertypes, all, members);
        }
    }

    /**
     * A member's identity: kind, name and erased parameter types ({@code method foo(java.util.List,int)}); the rest of the
     * line is what must then be equal.
     */
    static String key(String member) {
        String kind = member.substring(0, member.indexOf(' '));
        int paren = member.indexOf('(');
        if (paren < 0) {
            return kind + " " + member.substring(member.lastIndexOf(' ') + 1);
        }
        String before = member.substring(0, paren);
        String name = kind.equals("constructor") ? "" : before.substring(before.lastIndexOf(' ') + 1);
        String params = member.substring(paren + 1, member.indexOf(')', paren));
        List<String> erased = new ArrayList<>();
        for (String p : splitTopLevel(params)) {
            erased.add(RecordRealSignatures.raw(p) + (p.contains(">") ? p.substring(p.lastIndexOf('>') + 1) : ""));
        }
        return kind + " " + name + "(" + String.join(",", erased) + ")";
    }

    private static List<String> splitTopLevel(String params) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < params.length(); i++) {
            char c = params.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(params.substring(start, i));
                start = i + 1;
            }
        }
        if (!params.isEmpty()) {
            out.add(params.substring(start));
        }
        return out;
    }

    private static Map<String, String> byKey(List<String> members) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String m : members) {
            out.put(key(m), m);
        }
        return out;
    }

    private static boolean isPrivate(String member) {
        return member.contains(" private ");
    }

    /** {@code type name} of every non-static, non-transient field: what Java serialization writes for the class. */
    static Set<String> serializedFields(List<String> members) {
        Set<String> out = new TreeSet<>();
        for (String m : members) {
            if (m.startsWith("field ") && !m.contains(" static ") && !m.contains(" transient ")) {
                String[] words = m.split(" ");
                out.add(words[words.length - 2] + " " + words[words.length - 1]);
            }
        }
        return out;
    }

    private static List<JavaSignatures.TypeSignature> parse(Path f, JavaSignatures.Universe universe) throws IOException {
        return JavaSignatures.read(f.getFileName().toString(), Files.readString(f), universe);
    }

    private static JavaSignatures.Universe universe(Set<String> names, Map<String, List<String>> supertypes) {
        return new JavaSignatures.Universe() {
            @Override
            public boolean exists(String name) {
                return names.contains(name);
            }

            @Override
            public List<String> directSupertypes(String name) {
                return supertypes.getOrDefault(name, List.of());
            }
        };
    }
}
