# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/FilePath.java
type static class hudson.FilePath.UrlFactory
all-supertypes 
constructor ()
method public java.net.URL newURL(java.lang.String) throws java.net.MalformedURLException
