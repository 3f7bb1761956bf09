package io.vnfbench.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VerificationResult.VerdictEntry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlTest {

    private static VerdictEntry entry(String key, String verdict) {
        return new VerdictEntry(key + " tp", key, "tp", "udpgen", "throughput", "higher", verdict, "welch", 5L, 5L,
                "100", "90", "-0.1", "0.0001", "-2.00 % at 0.99", "because <&> \"quoted\"");
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldMapEveryVerdictToAJUnitOutcomeThatAParserReadsBack(@TempDir Path dir) throws Exception {
        VerificationResult result = new VerificationResult("failed", "last passing run r1", "2026-11-21T00:00:00Z",
                List.of(entry("a=1", "PASS"), entry("a=2", "REGRESSION"), entry("a=3", "IMPROVEMENT"),
                        entry("a=4", "INCONCLUSIVE"), entry("a=5", "NO_BASELINE"), entry("a=6", "SKIPPED"),
                        entry("a=7", "ERROR")), List.of());
        Path file = dir.resolve("gate.xml");

        JUnitXml.write(file, result, true, false);
        Document doc = parse(Files.readString(file));

        Element suites = doc.getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("7");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        assertThat(suites.getAttribute("errors")).isEqualTo("1");
        assertThat(suites.getAttribute("skipped")).isEqualTo("3");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(7);
        Element regression = (Element) cases.item(1);
        assertThat(regression.getAttribute("classname")).isEqualTo("vnfbench.tp");
        assertThat(regression.getAttribute("name")).isEqualTo("a=2 udpgen/throughput");
        Element failure = (Element) regression.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("REGRESSION: because <&> \"quoted\"");
        assertThat(failure.getTextContent()).contains("p-value (worse): 0.0001");
    }

    @Test
    void shouldFailInconclusiveWhenStrictAndSkipErrorsWhenTheyDoNotFail() throws Exception {
        VerificationResult result = new VerificationResult("failed", "b", null,
                List.of(entry("a=1", "INCONCLUSIVE"), entry("a=2", "ERROR")), List.of());

        Document doc = parse(JUnitXml.toXml(result, false, true));

        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("error").getLength()).isZero();
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }
}
