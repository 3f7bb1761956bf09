# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/Platform.java
type public enum hudson.Platform
all-supertypes 
constant UNIX
constant WINDOWS
field public final char pathSeparator
method public static boolean isDarwin()
method public static boolean isSnowLeopardOrLater()
method public static hudson.Platform current()
