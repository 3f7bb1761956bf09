package hudson;

import java.util.Map;
import java.util.TreeMap;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/EnvVars.java @jenkins-2.541.3.
 * Only the constructors and {@code get(key, default)} the glue uses; overriding/expansion helpers are omitted. The platform
 * field is kept because it is part of the serialized form.
 */
public class EnvVars extends TreeMap<String, String> {

    private static final long serialVersionUID = 1L;

    private Platform platform;

    public EnvVars() {
        super(String.CASE_INSENSITIVE_ORDER);
    }

    public EnvVars(Map<String, String> m) {
        this();
        putAll(m);
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public String get(String key, String defaultValue) {
        String v = get(key);
        return v == null ? defaultValue : v;
    }
}
