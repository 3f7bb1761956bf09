package io.vnfbench.jenkins.stubs;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WildcardTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The declared API of every type in one Java source file, as normalized text lines, from javac's parser alone (no class
 * path, no compilation): the same code reads the real Jenkins sources (to record them) and the stand-in's sources (to
 * compare them), so both sides are normalized alike. Names are resolved to canonical names through the file's imports,
 * its own nested types, its package (types that exist in {@code known}) and {@code java.lang}; implicit modifiers are
 * made explicit (interface members, nested interfaces/enums, default constructors). Private methods and constructors
 * are left out; all fields are kept, so the serialized form can be compared.
 */
final class JavaSignatures {

    private JavaSignatures() {
    }

    /** One type: header lines (kind, modifiers, type parameters, supertypes) and member lines. */
    record TypeSignature(String name, String header, List<String> supertypes, List<String> members) {
    }

    /** What the sources around a file declare: for names the file itself cannot resolve. */
    interface Universe {
        /** Whether a canonical type name (top-level or nested) exists in the sources read. */
        boolean exists(String canonicalName);

        /** The direct supertypes of a type, as raw canonical names; empty when unknown. */
        List<String> directSupertypes(String canonicalName);
    }

    static List<TypeSignature> read(String fileName, String source, Universe known) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(file));
        List<TypeSignature> out = new ArrayList<>();
        for (CompilationUnitTree cu : task.parse()) {
            Unit unit = new Unit(cu, source, Trees.instance(task).getSourcePositions(), known);
            for (Tree t : cu.getTypeDecls()) {
                if (t instanceof ClassTree c) {
                    unit.type(c, unit.pkg.isEmpty() ? "" : unit.pkg + ".", false, out);
                }
            }
        }
        return out;
    }

    /** Resolution and printing within one compilation unit. */
    private static final class Unit {
        final String pkg;
        final List<String> singleImports = new ArrayList<>();
        final List<String> onDemandImports = new ArrayList<>();
        final Set<String> declared = new LinkedHashSet<>();
        final String source;
        final SourcePositions positions;
        final CompilationUnitTree cu;
        final Universe known;
        final Deque<Set<String>> typeVariables = new ArrayDeque<>();
        final Deque<String> enclosing = new ArrayDeque<>();
        final Deque<List<String>> enclosingSupertypes = new ArrayDeque<>();

        Unit(CompilationUnitTree cu, String source, SourcePositions positions, Universe known) {
            this.cu = cu;
            this.source = source;
            this.positions = positions;
            this.known = known;
            this.pkg = cu.getPackageName() == null ? "" : cu.getPackageName().toString();
            for (ImportTree i : cu.getImports()) {
                if (i.isStatic()) {
                    continue;
                }
                String q = i.getQualifiedIdentifier().toString();
                if (q.endsWith(".*")) {
                    onDemandImports.add(q.substring(0, q.length() - 2));
                } else {
                    singleImports.add(q);
                }
            }
            for (Tree t : cu.getTypeDecls()) {
                if (t instanceof ClassTree c) {
                    collectDeclared(c, pkg.isEmpty() ? "" : pkg + ".");
                }
            }
        }

        private void collectDeclared(ClassTree c, String prefix) {
            String name = prefix + c.getSimpleName();
            declared.add(name);
            for (Tree m : c.getMembers()) {
                if (m instanceof ClassTree n) {
                    collectDeclared(n, name + ".");
                }
            }
        }

        void type(ClassTree c, String prefix, boolean inInterface, List<TypeSignature> out) {
            String name = prefix + c.getSimpleName();
            Tree.Kind kind = c.getKind();
            boolean isInterface = kind == Tree.Kind.INTERFACE || kind == Tree.Kind.ANNOTATION_TYPE;
            boolean nested = !prefix.isEmpty() && declared.contains(prefix.substring(0, prefix.length() - 1));
            Set<String> mods = flags(c.getModifiers());
            if (inInterface) {
                mods.add("public");
                mods.add("static");
            }
            if (nested && (isInterface || kind == Tree.Kind.ENUM || kind == Tree.Kind.RECORD)) {
                mods.add("static");
            }
            if (isInterface || kind == Tree.Kind.ENUM) {
                mods.remove("abstract");
                mods.remove("final");
            }
            enclosing.push(name);
            typeVariables.push(names(c.getTypeParameters()));
            StringBuilder header = new StringBuilder("type ").append(join(mods)).append(kindWord(kind)).append(' ').append(name)
                    .append(typeParameters(c.getTypeParameters()));
            if (kind == Tree.Kind.ANNOTATION_TYPE) {
                header.append(metaAnnotations(c.getModifiers()));
            }
            List<String> supers = new ArrayList<>();
            List<String> rawSupers = new ArrayList<>();
            enclosingSupertypes.push(rawSupers);
            if (c.getExtendsClause() != null) {
                supers.add((isInterface ? "implements " : "extends ") + type(c.getExtendsClause()));
            }
            for (Tree i : c.getImplementsClause()) {
                supers.add("implements " + type(i));
            }
            for (String sup : supers) {
                String t = sup.substring(sup.indexOf(' ') + 1);
                rawSupers.add(t.contains("<") ? t.substring(0, t.indexOf('<')) : t);
            }
            List<String> members = new ArrayList<>();
            boolean hasConstructor = false;
            for (Tree m : c.getMembers()) {
                if (m instanceof MethodTree method) {
                    boolean ctor = method.getName().contentEquals("<init>");
                    hasConstructor |= ctor;
                    if (ctor && kind == Tree.Kind.ENUM) {
                        continue;
                    }
                    String line = method(method, ctor, isInterface, kind == Tree.Kind.ANNOTATION_TYPE);
                    if (line != null) {
                        members.add(line);
                    }
                } else if (m instanceof VariableTree v) {
                    members.add(field(v, isInterface, kind == Tree.Kind.ENUM, c.getSimpleName().toString()));
                }
            }
            if (!hasConstructor && kind == Tree.Kind.CLASS) {
                Set<String> access = new LinkedHashSet<>(mods);
                access.retainAll(Set.of("public", "protected", "private"));
                if (!access.contains("private")) {
                    members.add("constructor " + join(access) + "()");
                }
            }
            members.sort(null);
            out.add(new TypeSignature(name, header.toString(), supers, members));
            for (Tree m : c.getMembers()) {
                if (m instanceof ClassTree n) {
                    type(n, name + ".", isInterface, out);
                }
            }
            typeVariables.pop();
            enclosing.pop();
            enclosingSupertypes.pop();
        }

        private String method(MethodTree m, boolean ctor, boolean inInterface, boolean annotation) {
            Set<String> mods = flags(m.getModifiers());
            if (inInterface) {
                if (mods.contains("private")) {
                    return null;
                }
                mods.add("public");
                if (!mods.contains("default") && !mods.contains("static")) {
                    mods.add("abstract");
                }
            }
            if (mods.contains("private")) {
                return null;
            }
            mods.removeAll(Set.of("synchronized", "native", "strictfp"));
            typeVariables.push(names(m.getTypeParameters()));
            try {
                StringBuilder sb = new StringBuilder(ctor ? "constructor " : annotation ? "element " : "method ").append(join(mods));
                String tp = typeParameters(m.getTypeParameters());
                if (!tp.isEmpty()) {
                    sb.append(tp).append(' ');
                }
                if (!ctor) {
                    sb.append(type(m.getReturnType())).append(' ').append(m.getName());
                }
                List<String> params = new ArrayList<>();
                for (VariableTree p : m.getParameters()) {
                    params.add(type(p.getType()) + (isVarargs(p) ? "..." : ""));
                }
                sb.append('(').append(String.join(",", params)).append(')');
                if (annotation && m.getDefaultValue() != null) {
                    sb.append(" default");
                }
                Set<String> thrown = new TreeSet<>();
                for (ExpressionTree t : m.getThrows()) {
                    thrown.add(type(t));
                }
                if (!thrown.isEmpty()) {
                    sb.append(" throws ").append(String.join(",", thrown));
                }
                return sb.toString();
            } finally {
                typeVariables.pop();
            }
        }

        private String field(VariableTree v, boolean inInterface, boolean inEnum, String enumName) {
            Set<String> mods = flags(v.getModifiers());
            if (inEnum && v.getInitializer() != null && v.getInitializer().getKind() == Tree.Kind.NEW_CLASS
                    && v.getType() instanceof IdentifierTree id && id.getName().contentEquals(enumName)) {
                return "constant " + v.getName();
            }
            if (inInterface) {
                mods.addAll(List.of("public", "static", "final"));
            }
            return "field " + join(mods) + type(v.getType()) + ' ' + v.getName();
        }

        private boolean isVarargs(VariableTree p) {
            long start = positions.getStartPosition(cu, p.getType());
            long end = positions.getStartPosition(cu, p) >= 0 ? positions.getEndPosition(cu, p) : -1;
            if (start < 0 || end < 0) {
                return false;
            }
            String text = source.substring((int) start, (int) end);
            int nameAt = text.lastIndexOf(p.getName().toString());
            return (nameAt > 0 ? text.substring(0, nameAt) : text).contains("...");
        }

        private String typeParameters(List<? extends TypeParameterTree> tps) {
            if (tps.isEmpty()) {
                return "";
            }
            List<String> out = new ArrayList<>();
            for (TypeParameterTree tp : tps) {
                List<String> bounds = new ArrayList<>();
                for (Tree b : tp.getBounds()) {
                    String s = type(b);
                    if (!s.equals("java.lang.Object")) {
                        bounds.add(s);
                    }
                }
                out.add(tp.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
            }
            return "<" + String.join(",", out) + ">";
        }

        private String metaAnnotations(ModifiersTree mods) {
            StringBuilder sb = new StringBuilder();
            for (AnnotationTree a : mods.getAnnotations()) {
                String n = type(a.getAnnotationType());
                if (n.equals("java.lang.annotation.Retention") || n.equals("java.lang.annotation.Target")) {
                    Set<String> values = new TreeSet<>();
                    for (ExpressionTree arg : a.getArguments()) {
                        ExpressionTree value = arg instanceof AssignmentTree as ? as.getExpression() : arg;
                        List<ExpressionTree> items = value instanceof NewArrayTree arr ? new ArrayList<>(arr.getInitializers()) : List.of(value);
                        for (ExpressionTree item : items) {
                            String s = item.toString();
                            values.add(s.substring(s.lastIndexOf('.') + 1));
                        }
                    }
                    sb.append(" @").append(n.substring(n.lastIndexOf('.') + 1)).append(values);
                } else if (n.equals("java.lang.annotation.Inherited")) {
                    sb.append(" @Inherited");
                }
            }
            return sb.toString();
        }

        String type(Tree t) {
            if (t == null) {
                return "void";
            }
            switch (t.getKind()) {
                case PRIMITIVE_TYPE:
                    return ((PrimitiveTypeTree) t).getPrimitiveTypeKind().toString().toLowerCase(java.util.Locale.ROOT);
                case ARRAY_TYPE:
                    return type(((ArrayTypeTree) t).getType()) + "[]";
                case PARAMETERIZED_TYPE: {
                    ParameterizedTypeTree p = (ParameterizedTypeTree) t;
                    List<String> args = new ArrayList<>();
                    for (Tree a : p.getTypeArguments()) {
                        args.add(type(a));
                    }
                    return type(p.getType()) + "<" + String.join(",", args) + ">";
                }
                case UNBOUNDED_WILDCARD:
                    return "?";
                case EXTENDS_WILDCARD: {
                    String b = type(((WildcardTree) t).getBound());
                    return b.equals("java.lang.Object") ? "?" : "? extends " + b;
                }
                case SUPER_WILDCARD:
                    return "? super " + type(((WildcardTree) t).getBound());
                case ANNOTATED_TYPE:
                    return type(((com.sun.source.tree.AnnotatedTypeTree) t).getUnderlyingType());
                case IDENTIFIER:
                    return resolve(((IdentifierTree) t).getName().toString());
                case MEMBER_SELECT: {
                    MemberSelectTree s = (MemberSelectTree) t;
                    String qualifier = s.getExpression().toString();
                    String head = qualifier.contains(".") ? qualifier.substring(0, qualifier.indexOf('.')) : qualifier;
                    if (Character.isUpperCase(head.charAt(0))) {
                        return type(s.getExpression()) + "." + s.getIdentifier();
                    }
                    return qualifier + "." + s.getIdentifier();
                }
                default:
                    return t.toString();
            }
        }

        private String resolve(String simple) {
            for (Set<String> vars : typeVariables) {
                if (vars.contains(simple)) {
                    return simple;
                }
            }
            for (String outer : enclosing) {
                if (declared.contains(outer + "." + simple)) {
                    return outer + "." + simple;
                }
            }
            for (String single : singleImports) {
                if (single.endsWith("." + simple)) {
                    return single;
                }
            }
            String samePackage = pkg.isEmpty() ? simple : pkg + "." + simple;
            if (declared.contains(samePackage) || known.exists(samePackage)) {
                return samePackage;
            }
            for (String p : onDemandImports) {
                if (known.exists(p + "." + simple) || isJdk(p + "." + simple)) {
                    return p + "." + simple;
                }
            }
            if (isJdk("java.lang." + simple)) {
                return "java.lang." + simple;
            }
            String inherited = inheritedMemberType(simple);
            return inherited != null ? inherited : "?" + simple;
        }

        /** A member type declared in a supertype of an enclosing type (e.g. ContextMenu from ModelObjectWithContextMenu). */
        private String inheritedMemberType(String simple) {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            for (List<String> supers : enclosingSupertypes) {
                todo.addAll(supers);
            }
            while (!todo.isEmpty()) {
                String t = todo.poll();
                if (!seen.add(t) || t.startsWith("?")) {
                    continue;
                }
                if (known.exists(t + "." + simple) || isJdk(t + "$" + simple.replace('.', '$'))) {
                    return t + "." + simple;
                }
                todo.addAll(known.directSupertypes(t));
            }
            return null;
        }
    }

    static boolean isJdk(String name) {
        try {
            Class.forName(name, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Set<String> flags(ModifiersTree m) {
        Set<String> out = new LinkedHashSet<>();
        for (Modifier f : m.getFlags()) {
            out.add(f.toString());
        }
        return out;
    }

    private static final List<String> ORDER = List.of("public", "protected", "private", "abstract", "default", "static", "final",
            "transient", "volatile", "sealed", "non-sealed");

    private static String join(Set<String> mods) {
        StringBuilder sb = new StringBuilder();
        for (String m : ORDER) {
            if (mods.contains(m)) {
                sb.append(m).append(' ');
            }
        }
        return sb.toString();
    }

    private static Set<String> names(List<? extends TypeParameterTree> tps) {
        Set<String> out = new LinkedHashSet<>();
        for (TypeParameterTree tp : tps) {
            out.add(tp.getName().toString());
        }
        return out;
    }

    private static String kindWord(Tree.Kind kind) {
        switch (kind) {
            case INTERFACE:
                return "interface";
            case ANNOTATION_TYPE:
                return "@interface";
            case ENUM:
                return "enum";
            case RECORD:
                return "record";
            default:
                return "class";
        }
    }
}
