# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/ExtensionList.java
type public class hudson.ExtensionList<T>
extends java.util.AbstractList<T>
implements jenkins.util.io.OnMaster
all-supertypes java.lang.Iterable java.util.AbstractCollection java.util.AbstractList java.util.Collection java.util.List jenkins.util.io.OnMaster
constructor protected (hudson.model.Hudson,java.lang.Class<T>)
constructor protected (hudson.model.Hudson,java.lang.Class<T>,java.util.concurrent.CopyOnWriteArrayList<hudson.ExtensionComponent<T>>)
constructor protected (jenkins.model.Jenkins,java.lang.Class<T>)
constructor protected (jenkins.model.Jenkins,java.lang.Class<T>,java.util.concurrent.CopyOnWriteArrayList<hudson.ExtensionComponent<T>>)
field private final java.util.List<hudson.ExtensionListListener> listeners
field private final java.util.concurrent.CopyOnWriteArrayList<hudson.ExtensionComponent<T>> legacyInstances
field private static final java.util.logging.Logger LOGGER
field private volatile java.util.List<hudson.ExtensionComponent<T>> extensions
field public final hudson.model.Hudson hudson
field public final java.lang.Class<T> extensionType
field public final jenkins.model.Jenkins jenkins
method protected java.lang.Object getLoadLock()
method protected java.util.Collection<hudson.ExtensionComponent<T>> load(jenkins.ExtensionComponentSet)
method protected java.util.List<hudson.ExtensionComponent<T>> load()
method protected java.util.List<hudson.ExtensionComponent<T>> sort(java.util.List<hudson.ExtensionComponent<T>>)
method public <U extends T> U get(java.lang.Class<U>)
method public <U extends T> U getInstance(java.lang.Class<U>) throws java.lang.IllegalStateException
method public T get(int)
method public T getDynamic(java.lang.String)
method public boolean add(T)
method public boolean refresh(jenkins.ExtensionComponentSet)
method public boolean remove(java.lang.Object)
method public boolean removeAll(java.util.Collection<?>)
method public final T remove(int)
method public int size()
method public java.util.Iterator<T> iterator()
method public java.util.List<T> reverseView()
method public java.util.List<hudson.ExtensionComponent<T>> getComponents()
method public static <T> hudson.ExtensionList<T> create(hudson.model.Hudson,java.lang.Class<T>)
method public static <T> hudson.ExtensionList<T> create(jenkins.model.Jenkins,java.lang.Class<T>)
method public static <T> hudson.ExtensionList<T> lookup(java.lang.Class<T>)
method public static <U> U lookupFirst(java.lang.Class<U>)
method public static <U> U lookupSingleton(java.lang.Class<U>)
method public static void clearLegacyInstances()
method public void add(int,T)
method public void addListener(hudson.ExtensionListListener)
method public void fireOnChangeListeners()
