package hudson.model;

/** Stand-in. Source: jenkinsci/jenkins core/src/main/java/hudson/model/Describable.java @jenkins-2.541.3. */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("stand-in: descriptors are looked up by Jenkins at run time");
    }
}
