package io.vnfbench.engine.render;

import io.vnfbench.engine.model.VerificationResult;
import io.vnfbench.engine.model.VerificationResult.VerdictEntry;
import io.vnfbench.engine.model.codec.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a gate's verdicts as JUnit XML, one testcase per Test key × gated metric, so Jenkins' junit step, GitLab and
 * GitHub show the gate: REGRESSION (relative or absolute) is a failure, ERROR an error (a skip when errors do not fail
 * the gate), INCONCLUSIVE, NO_BASELINE and SKIPPED are skipped (INCONCLUSIVE is a failure when strict), PASS and
 * IMPROVEMENT pass.
 */
public final class JUnitXml {
    private JUnitXml() {
    }

    /** The XML document as text. */
    public static String toXml(VerificationResult result, boolean errorsFail, boolean strict) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            for (VerdictEntry v : result.verdicts()) {
                switch (outcome(v, errorsFail, strict)) {
                    case FAILURE -> failures++;
                    case ERROR -> errors++;
                    case SKIPPED -> skipped++;
                    default -> {
                    }
                }
            }
            String count = Integer.toString(result.verdicts().size());
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "vnfbench verify");
            w.writeAttribute("tests", count);
            w.writeAttribute("failures", Integer.toString(failures));
            w.writeAttribute("errors", Integer.toString(errors));
            w.writeAttribute("skipped", Integer.toString(skipped));
            w.writeCharacters("\n  ");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", "vnfbench gate");
            w.writeAttribute("tests", count);
            w.writeAttribute("failures", Integer.toString(failures));
            w.writeAttribute("errors", Integer.toString(errors));
            w.writeAttribute("skipped", Integer.toString(skipped));
            if (result.timestamp() != null) {
                w.writeAttribute("timestamp", result.timestamp());
            }
            w.writeCharacters("\n    ");
            w.writeStartElement("properties");
            property(w, "gate", result.gate());
            property(w, "baseline", result.baseline());
            w.writeCharacters("\n    ");
            w.writeEndElement();
            for (VerdictEntry v : result.verdicts()) {
                testcase(w, v, outcome(v, errorsFail, strict));
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing JUnit XML failed", e);
        }
        return out.toString();
    }

    /** Writes the XML atomically (temporary file, then rename), with the user's permissions. */
    public static void write(Path file, VerificationResult result, boolean errorsFail, boolean strict) throws IOException {
        AtomicFiles.write(file, toXml(result, errorsFail, strict).getBytes(StandardCharsets.UTF_8), false);
    }

    private enum Outcome { PASS, FAILURE, ERROR, SKIPPED }

    private static Outcome outcome(VerdictEntry v, boolean errorsFail, boolean strict) {
        return switch (v.verdict()) {
            case "REGRESSION" -> Outcome.FAILURE;
            case "ERROR" -> errorsFail ? Outcome.ERROR : Outcome.SKIPPED;
            case "INCONCLUSIVE" -> strict ? Outcome.FAILURE : Outcome.SKIPPED;
            case "NO_BASELINE", "SKIPPED" -> Outcome.SKIPPED;
            default -> Outcome.PASS;
        };
    }

    private static void testcase(XMLStreamWriter w, VerdictEntry v, Outcome outcome) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement("testcase");
        w.writeAttribute("classname", "vnfbench." + v.gate());
        w.writeAttribute("name", v.testKey() + " " + v.source() + "/" + v.metric());
        w.writeAttribute("time", "0");
        String message = v.verdict() + ": " + (v.reason() == null ? "" : v.reason());
        String details = details(v);
        switch (outcome) {
            case FAILURE -> element(w, "failure", message, v.verdict(), details);
            case ERROR -> element(w, "error", message, v.verdict(), details);
            case SKIPPED -> {
                w.writeCharacters("\n      ");
                w.writeEmptyElement("skipped");
                w.writeAttribute("message", message);
            }
            default -> {
                w.writeCharacters("\n      ");
                w.writeStartElement("system-out");
                w.writeCharacters(message + "\n" + details);
                w.writeEndElement();
            }
        }
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String message, String type, String details)
            throws XMLStreamException {
        w.writeCharacters("\n      ");
        w.writeStartElement(name);
        w.writeAttribute("message", message);
        w.writeAttribute("type", type);
        w.writeCharacters(details);
        w.writeEndElement();
    }

    private static String details(VerdictEntry v) {
        return "direction: " + v.direction() + " is better\n"
                + "method: " + v.method() + "\n"
                + "samples (baseline/candidate): " + v.baselineSamples() + "/" + v.candidateSamples() + "\n"
                + "median (baseline/candidate): " + dash(v.baselineMedian()) + " / " + dash(v.candidateMedian()) + "\n"
                + "change: " + dash(v.change()) + "\n"
                + "p-value (worse): " + dash(v.pValue()) + "\n"
                + "limit: " + dash(v.limit()) + "\n";
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeCharacters("\n      ");
        w.writeEmptyElement("property");
        w.writeAttribute("name", name);
        w.writeAttribute("value", value == null ? "" : value);
    }
}
