package io.vnfbench.jenkins.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The comparison rules themselves, on small real/stand-in pairs: each kind of difference is reported. */
class StandInConformanceRulesTest {

    private static final String REAL = """
            package p;
            import java.io.IOException;
            import java.io.Serializable;
            import java.util.List;
            public abstract class Thing<T extends Number> extends Base implements Serializable {
                private String state;
                protected transient String name;
                public Thing(String name) { }
                public final String getName() { return name; }
                public abstract <X> List<X> all(Class<X> type) throws IOException;
                public void run(String... args) throws IOException, InterruptedException { }
            }
            """;

    @Test
    void shouldAcceptAFaithfulSubset() throws IOException {
        List<String> problems = compare("""
                package p;
                import java.io.IOException;
                import java.util.List;
                public abstract class Thing<T extends Number> implements java.io.Serializable {
                    private String state;
                    public Thing(String name) { }
                    public abstract <X> List<X> all(Class<X> type) throws IOException;
                    private void helper() { }
                }
                """, true);
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldReportAnImplicitConstructorTheRealTypeLacks() throws IOException {
        assertThat(compare(standIn("").replace("public Thing(String name) { }", ""), false)).singleElement().asString()
                .isEqualTo("no such member in the real type: `constructor public ()`");
    }

    @Test
    void shouldReportAMemberTheRealTypeLacks() throws IOException {
        List<String> problems = compare(standIn("public int size() { return 0; }"), false);
        assertThat(problems).singleElement().asString().startsWith("no such member in the real type: `method public int size()`");
    }

    @Test
    void shouldReportModifiersReturnTypesParametersAndThrowsThatDiffer() throws IOException {
        assertThat(compare(standIn("public String getName() { return null; }"), false)).singleElement().asString()
                .contains("real `method public final java.lang.String getName()`");
        assertThat(compare(standIn("protected volatile String name;"), false))
                .contains("declared differently: real `field protected transient java.lang.String name`, stand-in "
                        + "`field protected volatile java.lang.String name`",
                        "serialized fields: real [java.lang.String state], stand-in [java.lang.String name, java.lang.String state]");
        assertThat(compare(standIn("public void run(String... args) throws IOException { }"), false)).singleElement().asString()
                .contains("throws java.io.IOException,java.lang.InterruptedException");
        assertThat(compare(standIn("public void run(String[] args) throws IOException, InterruptedException { }"), false))
                .singleElement().asString().contains("run(java.lang.String[])");
        assertThat(compare(standIn("public abstract <X> List<X> all(Class<?> type) throws IOException;"), false))
                .singleElement().asString().startsWith("declared differently");
    }

    @Test
    void shouldReportAHeaderOrSupertypeThatDiffers() throws IOException {
        assertThat(compare(REAL.replace("public abstract class Thing<T extends Number>", "public class Thing<T extends Number>")
                .replace("public abstract <X>", "public <X>").replace(" throws IOException;", " throws IOException { return null; }"),
                false)).anyMatch(p -> p.startsWith("header:"));
        assertThat(compare(REAL.replace("implements Serializable", "implements Serializable, Comparable<String>"), false))
                .anyMatch(p -> p.startsWith("supertype `implements java.lang.Comparable<java.lang.String>`"));
    }

    @Test
    void shouldReportAnAbstractMemberMissingWhereThePluginImplementsTheType() throws IOException {
        String withoutAll = REAL.replace("    public abstract <X> List<X> all(Class<X> type) throws IOException;\n", "");
        assertThat(compare(withoutAll, false)).isEmpty();
        assertThat(compare(withoutAll, true)).singleElement().asString().startsWith("abstract in the real type but missing here");
    }

    @Test
    void shouldReportADifferentSerializedForm() throws IOException {
        assertThat(compare(REAL.replace("private String state;", "private transient String state;"), false)).singleElement()
                .asString().isEqualTo("serialized fields: real [java.lang.String state], stand-in []");
    }

    private static String standIn(String member) {
        return """
                package p;
                import java.io.IOException;
                import java.util.List;
                public abstract class Thing<T extends Number> implements java.io.Serializable {
                    private String state;
                    public Thing(String name) { }
                    %s
                }
                """.formatted(member);
    }

    private static List<String> compare(String standInSource, boolean implementedByPlugin) throws IOException {
        JavaSignatures.Universe universe = new JavaSignatures.Universe() {
            @Override
            public boolean exists(String name) {
                return Set.of("p.Thing", "p.Base").contains(name);
            }

            @Override
            public List<String> directSupertypes(String name) {
                return List.of();
            }
        };
        JavaSignatures.TypeSignature real = JavaSignatures.read("Thing.java", REAL, universe).get(0);
        JavaSignatures.TypeSignature standIn = JavaSignatures.read("Thing.java", standInSource, universe).get(0);
        StandInConformanceTest.RealType recorded = new StandInConformanceTest.RealType("test", real.header(), real.supertypes(),
                Set.of("p.Base", "java.io.Serializable"), real.members());
        return StandInConformanceTest.compare(standIn, recorded, implementedByPlugin);
    }
}
