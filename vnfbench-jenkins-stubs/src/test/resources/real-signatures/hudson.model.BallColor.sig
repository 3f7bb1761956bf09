# jenkinsci/jenkins@jenkins-2.541.3 4d8ef2fcf426ba73554572e4a60d4ac937ac5f43 core/src/main/java/hudson/model/BallColor.java
type public enum hudson.model.BallColor
implements hudson.model.StatusIcon
all-supertypes hudson.model.StatusIcon
constant ABORTED
constant ABORTED_ANIME
constant BLUE
constant BLUE_ANIME
constant DISABLED
constant DISABLED_ANIME
constant GREY
constant GREY_ANIME
constant NOTBUILT
constant NOTBUILT_ANIME
constant RED
constant RED_ANIME
constant YELLOW
constant YELLOW_ANIME
field private final java.awt.Color baseColor
field private final java.lang.String iconClassName
field private final java.lang.String iconName
field private final java.lang.String image
field private final org.jvnet.localizer.Localizable description
method public boolean isAnimated()
method public hudson.model.BallColor anime()
method public hudson.model.BallColor noAnime()
method public java.awt.Color getBaseColor()
method public java.lang.String getDescription()
method public java.lang.String getHtmlBaseColor()
method public java.lang.String getIconClassName()
method public java.lang.String getIconName()
method public java.lang.String getImage()
method public java.lang.String getImageOf(java.lang.String)
method public java.lang.String toString()
