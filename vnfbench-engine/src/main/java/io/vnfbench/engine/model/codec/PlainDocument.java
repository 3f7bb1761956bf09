package io.vnfbench.engine.model.codec;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON or YAML document that has no model record (tool results such as NFVbench's, run summaries) as plain
 * values, with the same parser and limits as model documents: {@code Map<String, Object>} in document order,
 * {@code List<Object>}, {@code String}, {@code BigDecimal}, {@code Boolean}, or {@code null}.
 */
public final class PlainDocument {
    private PlainDocument() {
    }

    public static Object read(Path file) throws DocumentException {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw DocumentException.of(source, Location.UNKNOWN, "", "is a directory, not a document");
            }
            long size = Files.size(file);
            if (size > Limits.DEFAULT.maxBytes()) {
                throw DocumentException.of(source, Location.UNKNOWN, "", "document is " + size
                        + " bytes, over the limit of " + Limits.DEFAULT.maxBytes()
                        + " bytes (raise it with -Dvnfbench.document.maxBytes=N)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DocumentException.of(source, Location.UNKNOWN, "", "no such file");
        } catch (IOException e) {
            throw DocumentException.of(source, Location.UNKNOWN, "", "cannot read: " + e);
        }
        return read(source, bytes);
    }

    /** @param sourceName names the content in messages and picks the format by its extension */
    public static Object read(String sourceName, byte[] content) throws DocumentException {
        Tree tree = new TreeReader(sourceName, Limits.DEFAULT).read(content, TreeReader.formatOf(sourceName));
        return plain(tree);
    }

    @CheckForNull
    private static Object plain(Tree tree) {
        if (tree instanceof Tree.Obj obj) {
            Map<String, Object> map = new LinkedHashMap<>();
            obj.members().forEach((name, member) -> map.put(name, plain(member.value())));
            return Collections.unmodifiableMap(map);
        }
        if (tree instanceof Tree.Arr arr) {
            List<Object> list = new ArrayList<>(arr.items().size());
            arr.items().forEach(item -> list.add(plain(item)));
            return Collections.unmodifiableList(list);
        }
        Tree.Scalar scalar = (Tree.Scalar) tree;
        return switch (scalar.kind()) {
            case STRING -> scalar.text();
            case NUMBER -> number(scalar.text());
            case BOOLEAN -> Boolean.valueOf(scalar.text());
            case NULL -> null;
        };
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            // NaN or Infinity in lenient YAML: keep the text rather than inventing a value.
            return text;
        }
    }
}
