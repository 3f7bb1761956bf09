package io.vnfbench.kubernetes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Label, annotation and object names: the one place that makes arbitrary text fit Kubernetes' rules. */
public final class Names {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "vnfbench";
    public static final String APP_NAME = "app.kubernetes.io/name";
    public static final String APP_INSTANCE = "app.kubernetes.io/instance";
    public static final String APP_COMPONENT = "app.kubernetes.io/component";
    public static final String APP_PART_OF = "app.kubernetes.io/part-of";
    public static final String PREFIX = "vnfbench.io/";
    public static final String RUN = PREFIX + "run";
    public static final String TEST_KEY = PREFIX + "test-key";
    public static final String CONTROLLER = PREFIX + "controller";
    public static final String DEPLOYMENT = PREFIX + "deployment";
    public static final String ROLE = PREFIX + "role";
    public static final String NODE = PREFIX + "node";
    public static final String CHAIN = PREFIX + "chain";
    public static final String TRIAL = PREFIX + "trial";
    public static final String LEASE_UNTIL = PREFIX + "lease-until";
    public static final String TEST_KEY_FULL = PREFIX + "test-key-full";
    public static final String ANCHOR = PREFIX + "anchor";

    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private Names() {
    }

    /**
     * A label value for any text: invalid characters become '-', '=' becomes '-', ',' becomes '.', and text that
     * does not fit 63 characters (or had to be changed lossily) ends in a hash of the original, so two different
     * test keys never share a label value. The exact text goes into an annotation beside it.
     */
    public static String labelValue(String text) {
        String readable = text.replace('=', '-').replace(',', '.').replaceAll("[^-A-Za-z0-9_.]", "-");
        readable = trimEnds(readable);
        boolean lossy = !readable.equals(text.replace('=', '-').replace(',', '.'));
        if (!lossy && readable.length() <= 63 && LABEL_VALUE.matcher(readable).matches()) {
            return readable;
        }
        String hash = hash(text, 8);
        String head = trimEnds(readable.substring(0, Math.min(readable.length(), 63 - 9)));
        return head.isEmpty() ? hash : head + "-" + hash;
    }

    /** A DNS-1123 label (object names, pod host names) made from any text, at most {@code max} characters. */
    public static String dnsLabel(String text, int max) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("-+", "-");
        s = s.replaceAll("^-+", "").replaceAll("-+$", "");
        boolean changed = !s.equals(text);
        if (!changed && s.length() <= max && !s.isEmpty()) {
            return s;
        }
        String hash = hash(text, 6);
        String head = s.substring(0, Math.min(s.length(), max - 7)).replaceAll("-+$", "");
        return head.isEmpty() ? "x" + hash : head + "-" + hash;
    }

    static void requireDnsLabel(String what, String value) {
        if (value.length() > 63 || !DNS_LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException(what + ": '" + value
                    + "' is not a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters)");
        }
    }

    static String hash(String text, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String trimEnds(String s) {
        return s.replaceAll("^[^A-Za-z0-9]+", "").replaceAll("[^A-Za-z0-9]+$", "");
    }
}
