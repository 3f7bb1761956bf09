package io.vnfbench.engine.model.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes model records deterministically: members in YANG order, lists as RFC 7951 arrays, absent leaves and empty
 * lists left out, uint32 as numbers and strings as strings.
 */
final class Writer {

    private Writer() {
    }

    static String json(Object record) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            gen.setPrettyPrinter(printer);
            write(gen, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    static String yaml(Object record) {
        StringWriter out = new StringWriter();
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        try (JsonGenerator gen = factory.createGenerator(out)) {
            write(gen, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator gen, Object record) throws IOException {
        Schema schema = Schema.of(record.getClass());
        gen.writeStartObject();
        for (Schema.Field field : schema.fields()) {
            Object value = schema.get(record, field);
            if (value == null || value instanceof List<?> l && l.isEmpty()) {
                continue;
            }
            gen.writeFieldName(field.name());
            switch (field.kind()) {
                case STRING -> gen.writeString((String) value);
                case UINT -> gen.writeNumber((Long) value);
                case BOOLEAN -> gen.writeBoolean((Boolean) value);
                case CONTAINER -> write(gen, value);
                case LEAF_LIST -> {
                    gen.writeStartArray();
                    for (Object v : (List<?>) value) {
                        gen.writeString((String) v);
                    }
                    gen.writeEndArray();
                }
                case LIST -> {
                    gen.writeStartArray();
                    for (Object v : (List<?>) value) {
                        write(gen, v);
                    }
                    gen.writeEndArray();
                }
            }
        }
        gen.writeEndObject();
    }
}
