package io.vnfbench.engine.model.codec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The format-neutral document tree both parsers produce: objects, arrays and scalars, each with its location. */
sealed interface Tree permits Tree.Obj, Tree.Arr, Tree.Scalar {

    Location location();

    String describe();

    /** An object member, with the location of its name. */
    record Member(String name, Location nameLocation, Tree value) {
    }

    record Obj(Location location, Map<String, Member> members) implements Tree {
        Obj(Location location) {
            this(location, new LinkedHashMap<>());
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    record Arr(Location location, List<Tree> items) implements Tree {
        @Override
        public String describe() {
            return "a list";
        }
    }

    enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    record Scalar(Location location, Kind kind, String text) implements Tree {
        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "the string \"" + abbreviate(text) + "\"";
                case NUMBER -> "the number " + abbreviate(text);
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "null";
            };
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }
    }
}
