package io.vnfbench.engine.model.codec;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.vnfbench.engine.model.Key;
import io.vnfbench.engine.model.YangName;
import java.lang.reflect.Constructor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The YANG shape of a model record, derived once from its components: member names, leaf types, lists and their keys.
 * The codec, the writer and the planner's path resolver all work from it, so a new record component is read, written
 * and addressable by variables with no other change.
 */
public final class Schema {

    /** What a record component holds. */
    public enum Kind {
        STRING("string"), UINT("uint32"), BOOLEAN("boolean"), CONTAINER("container"), LIST("list"), LEAF_LIST("leaf-list");

        private final String yangName;

        Kind(String yangName) {
            this.yangName = yangName;
        }

        public String yangName() {
            return yangName;
        }

        public boolean isLeaf() {
            return this == STRING || this == UINT || this == BOOLEAN;
        }
    }

    /** One record component seen as a YANG node. */
    public record Field(String name, int index, Kind kind, Class<?> type, RecordComponent component, boolean key,
            MethodHandle getter) {
        /** The record type of a container or list entry. */
        public Schema schema() {
            return Schema.of(type);
        }
    }

    private static final Map<Class<?>, Schema> CACHE = new ConcurrentHashMap<>();

    private final Class<?> type;
    private final MethodHandle constructor;
    private final List<Field> fields;
    private final Map<String, Field> byName;
    private final Field key;

    private Schema(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        List<Field> list = new ArrayList<>();
        Map<String, Field> names = new LinkedHashMap<>();
        Field keyField = null;
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            YangName yang = rc.getAnnotation(YangName.class);
            String name = yang != null ? yang.value() : rc.getName();
            Field field = field(name, i, rc);
            list.add(field);
            names.put(name, field);
            if (field.key()) {
                keyField = field;
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            this.constructor = MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("no accessible canonical constructor on " + type, e);
        }
        this.fields = Collections.unmodifiableList(list);
        this.byName = Collections.unmodifiableMap(names);
        this.key = keyField;
    }

    private static Field field(String name, int index, RecordComponent rc) {
        MethodHandle getter;
        try {
            rc.getAccessor().setAccessible(true);
            getter = MethodHandles.lookup().unreflect(rc.getAccessor())
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot access " + rc, e);
        }
        return field(name, index, rc, getter);
    }

    private static Field field(String name, int index, RecordComponent rc, MethodHandle getter) {
        Class<?> raw = rc.getType();
        boolean isKey = rc.isAnnotationPresent(Key.class);
        if (raw == String.class) {
            return new Field(name, index, Kind.STRING, String.class, rc, isKey, getter);
        }
        if (raw == Long.class) {
            return new Field(name, index, Kind.UINT, Long.class, rc, isKey, getter);
        }
        if (raw == Boolean.class) {
            return new Field(name, index, Kind.BOOLEAN, Boolean.class, rc, isKey, getter);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
            Class<?> elementClass = (Class<?>) element;
            if (elementClass == String.class) {
                return new Field(name, index, Kind.LEAF_LIST, String.class, rc, false, getter);
            }
            if (elementClass.isRecord()) {
                return new Field(name, index, Kind.LIST, elementClass, rc, false, getter);
            }
        }
        if (raw.isRecord()) {
            return new Field(name, index, Kind.CONTAINER, raw, rc, false, getter);
        }
        throw new IllegalStateException("unsupported component type " + rc.getGenericType() + " of " + rc);
    }

    public static Schema of(Class<?> type) {
        return CACHE.computeIfAbsent(type, Schema::new);
    }

    public Class<?> type() {
        return type;
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The list key of entries of this type, if it is a list entry type. */
    public Optional<Field> key() {
        return Optional.ofNullable(key);
    }

    @CheckForNull
    public Object get(Object record, Field field) {
        try {
            return (Object) field.getter().invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + field.name() + " of " + type.getSimpleName(), e);
        }
    }

    /** Builds a record from component values in declaration order; constructor checks may throw IllegalArgumentException. */
    public Object construct(Object[] values) {
        try {
            return (Object) constructor.invokeExact(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** A copy of {@code record} with one component replaced. */
    public Object with(Object record, Field field, @CheckForNull Object value) {
        Object[] values = new Object[fields.size()];
        for (Field f : fields) {
            values[f.index()] = f == field ? value : get(record, f);
        }
        return construct(values);
    }

    /** Parses a uint32 written as an integral number ("2", "2.0"); null when it is not one. */
    @CheckForNull
    public static Long parseUint(String text) {
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(text.trim());
            if (d.signum() < 0 || d.compareTo(java.math.BigDecimal.valueOf(4_294_967_295L)) > 0
                    || d.stripTrailingZeros().scale() > 0) {
                return null;
            }
            return d.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The key value of a list entry as text (uint keys are written in decimal). */
    @CheckForNull
    public String keyText(Object entry) {
        Object value = get(entry, key);
        return value == null ? null : value.toString();
    }
}
