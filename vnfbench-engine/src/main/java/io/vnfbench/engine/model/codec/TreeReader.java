package io.vnfbench.engine.model.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns document bytes (JSON or YAML, strict UTF-8) into a {@link Tree}, enforcing {@link Limits}. */
final class TreeReader {

    enum Format { JSON, YAML }

    private final String source;
    private final Limits limits;

    TreeReader(String source, Limits limits) {
        this.source = source;
        this.limits = limits;
    }

    Tree read(byte[] bytes, @CheckForNull Format format) throws DocumentException {
        if (bytes.length > limits.maxBytes()) {
            throw fail(Location.UNKNOWN, "document is " + bytes.length + " bytes, over the limit of " + limits.maxBytes()
                    + " bytes (raise it with -Dvnfbench.document.maxBytes=N)");
        }
        String text = decode(bytes);
        Format actual = format != null ? format : sniff(text);
        Tree tree = actual == Format.JSON ? readJson(text) : readYaml(text);
        if (tree == null) {
            throw fail(new Location(1, 1), "document is empty");
        }
        return tree;
    }

    @CheckForNull
    static Format formatOf(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Format.YAML;
        }
        return null;
    }

    private static Format sniff(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[' ? Format.JSON : Format.YAML;
            }
        }
        return Format.YAML;
    }

    private String decode(byte[] bytes) throws DocumentException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw fail(locationOfByte(bytes, start, offset), String.format(
                    "not valid UTF-8: byte 0x%02X at offset %d (documents must be UTF-8 encoded)", bytes[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            int nul = text.indexOf('\0');
            throw fail(locationOfChar(text, nul), "contains a NUL character: this is not a text document");
        }
        return text;
    }

    private static Location locationOfByte(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(line, column);
    }

    private static Location locationOfChar(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(line, column);
    }

    // ---- JSON ----

    @CheckForNull
    private Tree readJson(String text) throws DocumentException {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Tree tree = readJsonValue(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw fail(location(parser.currentTokenLocation()), "unexpected content after the end of the document");
            }
            return tree;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.contains("nesting depth")) {
                message = "document nests deeper than " + limits.maxDepth()
                        + " levels (raise it with -Dvnfbench.document.maxDepth=N)";
            }
            throw fail(location(e.getLocation()), "malformed JSON: " + firstLine(message));
        } catch (IOException e) {
            throw fail(Location.UNKNOWN, "cannot read JSON: " + e.getMessage());
        }
    }

    private Tree readJsonValue(JsonParser p) throws IOException, DocumentException {
        Location at = location(p.currentTokenLocation());
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Tree.Obj obj = new Tree.Obj(at);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Location nameAt = location(p.currentTokenLocation());
                    p.nextToken();
                    Tree value = readJsonValue(p);
                    putMember(obj, new Tree.Member(name, nameAt, value));
                }
                return obj;
            }
            case START_ARRAY: {
                List<Tree> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readJsonValue(p));
                }
                return new Tree.Arr(at, items);
            }
            case VALUE_STRING:
                return new Tree.Scalar(at, Tree.Kind.STRING, p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Tree.Scalar(at, Tree.Kind.NUMBER, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Tree.Scalar(at, Tree.Kind.BOOLEAN, p.getText());
            case VALUE_NULL:
                return new Tree.Scalar(at, Tree.Kind.NULL, "null");
            default:
                throw fail(at, "unexpected JSON token " + token);
        }
    }

    private void putMember(Tree.Obj obj, Tree.Member member) throws DocumentException {
        Tree.Member previous = obj.members().putIfAbsent(member.name(), member);
        if (previous != null) {
            throw fail(member.nameLocation(), "duplicate key '" + member.name() + "' (first at line "
                    + previous.nameLocation().line() + ")");
        }
    }

    private static Location location(JsonLocation loc) {
        return loc == null ? Location.UNKNOWN : new Location(loc.getLineNr(), loc.getColumnNr());
    }

    // ---- YAML ----

    @CheckForNull
    private Tree readYaml(String text) throws DocumentException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        options.setAllowDuplicateKeys(true); // detected here, with both places named
        Yaml yaml = new Yaml(options);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = yaml.compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw fail(mark(mark), "malformed YAML: " + yamlMessage(e));
        } catch (YAMLException e) {
            throw fail(Location.UNKNOWN, "malformed YAML: " + yamlMessage(e));
        }
        if (root == null) {
            return null;
        }
        long expanded = expandedSize(root, new IdentityHashMap<>(), new IdentityHashMap<>());
        if (expanded > limits.maxNodes()) {
            throw fail(mark(root.getStartMark()), "document expands to " + (expanded == Long.MAX_VALUE ? "over 2^63" : expanded)
                    + " nodes, more than " + limits.maxNodes() + " (YAML aliases multiply content; an alias bomb?)");
        }
        return convert(root, new long[] {0}, new IdentityHashMap<>(), 0);
    }

    private String yamlMessage(YAMLException e) {
        String message = e instanceof MarkedYAMLException m && m.getProblem() != null ? m.getProblem() : e.getMessage();
        if (message != null && message.contains("Number of aliases")) {
            return "too many aliases (over " + limits.maxAliases() + "; a YAML alias bomb?)";
        }
        if (message != null && message.contains("Nesting Depth")) {
            return "document nests deeper than " + limits.maxDepth() + " levels";
        }
        return firstLine(message);
    }

    /**
     * The number of nodes the document has once every alias is expanded, computed on the composed graph with each
     * shared node counted once per use but visited once, so an alias bomb is measured without being expanded.
     */
    private long expandedSize(org.yaml.snakeyaml.nodes.Node node, Map<Object, Long> sizes, Map<Object, Boolean> onPath)
            throws DocumentException {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        if (onPath.put(node, Boolean.TRUE) != null) {
            throw fail(mark(node.getStartMark()), "recursive YAML alias");
        }
        long size = 1;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                size = saturatedAdd(size, expandedSize(tuple.getKeyNode(), sizes, onPath));
                size = saturatedAdd(size, expandedSize(tuple.getValueNode(), sizes, onPath));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
                size = saturatedAdd(size, expandedSize(item, sizes, onPath));
            }
        }
        onPath.remove(node);
        sizes.put(node, size);
        return size;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private Tree convert(org.yaml.snakeyaml.nodes.Node node, long[] count, Map<Object, Boolean> onPath, int depth)
            throws DocumentException {
        Location at = mark(node.getStartMark());
        if (++count[0] > limits.maxNodes()) {
            throw fail(at, "document expands to more than " + limits.maxNodes()
                    + " nodes (YAML aliases multiply content; an alias bomb?)");
        }
        if (depth > limits.maxDepth()) {
            throw fail(at, "document nests deeper than " + limits.maxDepth() + " levels");
        }
        if (onPath.put(node, Boolean.TRUE) != null) {
            throw fail(at, "recursive YAML alias");
        }
        try {
            if (node instanceof MappingNode mapping) {
                Tree.Obj obj = new Tree.Obj(at);
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        throw fail(mark(tuple.getKeyNode().getStartMark()), "mapping keys must be plain scalars");
                    }
                    if (key.getTag().equals(Tag.MERGE)) {
                        throw fail(mark(key.getStartMark()), "YAML merge keys (<<) are not supported; write the members out");
                    }
                    Tree value = convert(tuple.getValueNode(), count, onPath, depth + 1);
                    putMember(obj, new Tree.Member(key.getValue(), mark(key.getStartMark()), value));
                }
                return obj;
            }
            if (node instanceof SequenceNode sequence) {
                List<Tree> items = new ArrayList<>();
                for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
                    items.add(convert(item, count, onPath, depth + 1));
                }
                return new Tree.Arr(at, items);
            }
            ScalarNode scalar = (ScalarNode) node;
            Tag tag = scalar.getTag();
            Tree.Kind kind;
            if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                kind = Tree.Kind.NUMBER;
            } else if (tag.equals(Tag.BOOL)) {
                kind = Tree.Kind.BOOLEAN;
            } else if (tag.equals(Tag.NULL)) {
                kind = Tree.Kind.NULL;
            } else {
                kind = Tree.Kind.STRING;
            }
            String value = scalar.getValue();
            if (kind == Tree.Kind.BOOLEAN) {
                value = Boolean.toString(value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")
                        || value.equalsIgnoreCase("on") || value.equalsIgnoreCase("y"));
            }
            return new Tree.Scalar(at, kind, value);
        } finally {
            onPath.remove(node);
        }
    }

    private static Location mark(Mark mark) {
        return mark == null ? Location.UNKNOWN : new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String firstLine(@CheckForNull String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private DocumentException fail(Location at, String message) {
        return DocumentException.of(source, at, "", message);
    }
}
