# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/Result.java
type public final class hudson.model.Result
implements java.io.Serializable
implements org.kohsuke.stapler.export.CustomExportedBean
all-supertypes java.io.Serializable org.kohsuke.stapler.export.CustomExportedBean
field private final java.lang.String name
field private static final hudson.model.Result[] all
field private static final long serialVersionUID
field public final boolean completeBuild
field public final hudson.model.BallColor color
field public final int ordinal
field public static final com.thoughtworks.xstream.converters.SingleValueConverter conv
field public static final hudson.model.Result ABORTED
field public static final hudson.model.Result FAILURE
field public static final hudson.model.Result NOT_BUILT
field public static final hudson.model.Result SUCCESS
field public static final hudson.model.Result UNSTABLE
method public boolean isBetterOrEqualTo(hudson.model.Result)
method public boolean isBetterThan(hudson.model.Result)
method public boolean isCompleteBuild()
method public boolean isWorseOrEqualTo(hudson.model.Result)
method public boolean isWorseThan(hudson.model.Result)
method public hudson.model.Result combine(hudson.model.Result)
method public java.lang.String toExportedObject()
method public java.lang.String toString()
method public static hudson.model.Result combine(hudson.model.Result,hudson.model.Result)
method public static hudson.model.Result fromString(java.lang.String)
method public static void init()
