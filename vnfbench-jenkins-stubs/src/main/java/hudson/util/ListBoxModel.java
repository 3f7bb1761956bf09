package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;

/**
 * Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/util/ListBoxModel.java @jenkins-2.541.3.
 * The real class also implements org.kohsuke.stapler.HttpResponse (writes itself as JSON); omitted.
 */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {

    private static final long serialVersionUID = 1L;

    public ListBoxModel() {
    }

    public void add(@NonNull String displayName, @NonNull String value) {
        add(new Option(displayName, value));
    }

    public static final class Option {
        public @NonNull String name;
        public @NonNull String value;
        public boolean selected;

        public Option(@NonNull String name, @NonNull String value) {
            this.name = name;
            this.value = value;
        }

        @Override
        public String toString() {
            return name + "=" + value + (selected ? "[selected]" : "");
        }
    }
}
