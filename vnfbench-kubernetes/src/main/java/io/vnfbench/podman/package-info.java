/** Parameters, return values and fields are non-null unless marked {@code @CheckForNull}. */
@DefaultAnnotation(NonNull.class)
package io.vnfbench.podman;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
