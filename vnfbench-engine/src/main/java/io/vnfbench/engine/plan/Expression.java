package io.vnfbench.engine.plan;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A constraint expression over variable values: arithmetic ({@code + - * / %}), comparisons
 * ({@code == != < <= > >=}), boolean logic ({@code && || !}, or {@code and or not}), parentheses, numbers, quoted
 * strings, {@code true}/{@code false} and variable names. Deliberately tiny: it evaluates values and nothing else,
 * so a VNF-BR can never run code through it.
 */
public final class Expression {

    private sealed interface Node permits Literal, Ref, Unary, Binary {
    }

    private record Literal(Object value) implements Node {
    }

    private record Ref(String name) implements Node {
    }

    private record Unary(String op, Node operand) implements Node {
    }

    private record Binary(String op, Node left, Node right) implements Node {
    }

    private final String text;
    private final Node root;
    private final Set<String> names;

    private Expression(String text, Node root, Set<String> names) {
        this.text = text;
        this.root = root;
        this.names = names;
    }

    /** Parses {@code text}; throws IllegalArgumentException naming the character where it goes wrong. */
    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expression is empty");
        }
        Parser parser = new Parser(text);
        Node root = parser.or();
        Token rest = parser.peek();
        if (rest != null) {
            throw parser.error("unexpected '" + rest.text + "'");
        }
        return new Expression(text, root, parser.names);
    }

    /** The variable names the expression reads. */
    public Set<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Evaluates to a boolean with the given variable values (numeric text is a number). */
    public boolean test(Map<String, String> values) {
        Object v = eval(root, values);
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException("expression '" + text + "' gives " + v + ", not true or false");
        }
        return b;
    }

    private Object eval(Node node, Map<String, String> values) {
        if (node instanceof Literal l) {
            return l.value();
        }
        if (node instanceof Ref r) {
            String raw = values.get(r.name());
            if (raw == null) {
                throw new IllegalArgumentException("no variable '" + r.name() + "'");
            }
            try {
                return Double.parseDouble(raw.trim());
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        if (node instanceof Unary u) {
            Object v = eval(u.operand(), values);
            return switch (u.op()) {
                case "-" -> -number(v, u.op());
                default -> !bool(v, u.op());
            };
        }
        Binary b = (Binary) node;
        switch (b.op()) {
            case "&&":
                return bool(eval(b.left(), values), "&&") && bool(eval(b.right(), values), "&&");
            case "||":
                return bool(eval(b.left(), values), "||") || bool(eval(b.right(), values), "||");
            default:
                break;
        }
        Object l = eval(b.left(), values);
        Object r = eval(b.right(), values);
        return switch (b.op()) {
            case "==" -> equal(l, r);
            case "!=" -> !equal(l, r);
            case "<" -> number(l, "<") < number(r, "<");
            case "<=" -> number(l, "<=") <= number(r, "<=");
            case ">" -> number(l, ">") > number(r, ">");
            case ">=" -> number(l, ">=") >= number(r, ">=");
            case "+" -> number(l, "+") + number(r, "+");
            case "-" -> number(l, "-") - number(r, "-");
            case "*" -> number(l, "*") * number(r, "*");
            case "/" -> number(l, "/") / number(r, "/");
            case "%" -> number(l, "%") % number(r, "%");
            default -> throw new IllegalStateException(b.op());
        };
    }

    private static boolean equal(Object l, Object r) {
        if (l instanceof Double x && r instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        return text(l).equals(text(r));
    }

    private static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    private double number(Object v, String op) {
        if (v instanceof Double d) {
            return d;
        }
        throw new IllegalArgumentException("'" + op + "' needs numbers but got '" + v + "' in '" + text + "'");
    }

    private boolean bool(Object v, String op) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("'" + op + "' needs true or false but got '" + text(v) + "' in '" + text + "'");
    }

    private record Token(String kind, String text, int at) {
    }

    private static final class Parser {
        private final String src;
        private final List<Token> tokens = new ArrayList<>();
        private final Set<String> names = new TreeSet<>();
        private int pos;

        Parser(String src) {
            this.src = src;
            tokenize();
        }

        private void tokenize() {
            int i = 0;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isDigit(c) || (c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1)))) {
                    int s = i;
                    while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.')) {
                        i++;
                    }
                    tokens.add(new Token("num", src.substring(s, i), s));
                } else if (Character.isLetter(c) || c == '_') {
                    int s = i;
                    while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                        i++;
                    }
                    String word = src.substring(s, i);
                    switch (word) {
                        case "and" -> tokens.add(new Token("op", "&&", s));
                        case "or" -> tokens.add(new Token("op", "||", s));
                        case "not" -> tokens.add(new Token("op", "!", s));
                        default -> tokens.add(new Token("id", word, s));
                    }
                } else if (c == '\'' || c == '"') {
                    int end = src.indexOf(c, i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("unterminated string at character " + (i + 1));
                    }
                    tokens.add(new Token("str", src.substring(i + 1, end), i));
                    i = end + 1;
                } else {
                    String two = i + 1 < src.length() ? src.substring(i, i + 2) : "";
                    if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
                        tokens.add(new Token("op", two, i));
                        i += 2;
                    } else if ("+-*/%<>!()".indexOf(c) >= 0) {
                        tokens.add(new Token("op", String.valueOf(c), i));
                        i++;
                    } else {
                        throw new IllegalArgumentException("unexpected character '" + c + "' at character " + (i + 1));
                    }
                }
            }
        }

        @CheckForNull
        Token peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        boolean accept(String op) {
            Token t = peek();
            if (t != null && t.kind().equals("op") && t.text().equals(op)) {
                pos++;
                return true;
            }
            return false;
        }

        IllegalArgumentException error(String message) {
            Token t = peek();
            int at = t == null ? src.length() : t.at();
            return new IllegalArgumentException(message + " at character " + (at + 1));
        }

        Node or() {
            Node left = and();
            while (accept("||")) {
                left = new Binary("||", left, and());
            }
            return left;
        }

        Node and() {
            Node left = not();
            while (accept("&&")) {
                left = new Binary("&&", left, not());
            }
            return left;
        }

        Node not() {
            if (accept("!")) {
                return new Unary("!", not());
            }
            return comparison();
        }

        Node comparison() {
            Node left = additive();
            for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
                if (accept(op)) {
                    return new Binary(op, left, additive());
                }
            }
            return left;
        }

        Node additive() {
            Node left = multiplicative();
            while (true) {
                if (accept("+")) {
                    left = new Binary("+", left, multiplicative());
                } else if (accept("-")) {
                    left = new Binary("-", left, multiplicative());
                } else {
                    return left;
                }
            }
        }

        Node multiplicative() {
            Node left = unary();
            while (true) {
                if (accept("*")) {
                    left = new Binary("*", left, unary());
                } else if (accept("/")) {
                    left = new Binary("/", left, unary());
                } else if (accept("%")) {
                    left = new Binary("%", left, unary());
                } else {
                    return left;
                }
            }
        }

        Node unary() {
            if (accept("-")) {
                return new Unary("-", unary());
            }
            return primary();
        }

        Node primary() {
            Token t = peek();
            if (t == null) {
                throw error("expression ends too early");
            }
            if (accept("(")) {
                Node inner = or();
                if (!accept(")")) {
                    throw error("expected ')'");
                }
                return inner;
            }
            pos++;
            switch (t.kind()) {
                case "num":
                    try {
                        return new Literal(Double.parseDouble(t.text()));
                    } catch (NumberFormatException e) {
                        pos--;
                        throw error("bad number '" + t.text() + "'");
                    }
                case "str":
                    return new Literal(t.text());
                case "id":
                    if (t.text().equals("true") || t.text().equals("false")) {
                        return new Literal(Boolean.valueOf(t.text()));
                    }
                    names.add(t.text());
                    return new Ref(t.text());
                default:
                    pos--;
                    throw error("unexpected '" + t.text() + "'");
            }
        }
    }
}
