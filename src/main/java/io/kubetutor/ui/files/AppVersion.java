package io.kubetutor.ui.files;

import io.kubetutor.sim.NodeState;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The versions the About box shows: the app's (the pom's version, which Maven writes into the
 * jar's {@code META-INF/maven/.../pom.properties}; a build run from the class folders says
 * "development build"), Java's, JavaFX's and the Kubernetes release the simulator follows
 * (decision 0001: every message is v1.33's; the nodes report that kubelet version).
 */
public final class AppVersion {
    static final String POM_PROPERTIES = "/META-INF/maven/io.kubetutor/kube-service-tutor/pom.properties";
    /** What the About box says when no packaged version can be found. */
    public static final String DEVELOPMENT = "development build";

    private AppVersion() {
    }

    public static String app() {
        String fromManifest = AppVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        return fromPom(AppVersion.class.getResourceAsStream(POM_PROPERTIES));
    }

    /** The {@code version} of a pom.properties stream (closed here), or {@link #DEVELOPMENT}. */
    static String fromPom(InputStream in) {
        if (in == null) {
            return DEVELOPMENT;
        }
        try (in) {
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() ? DEVELOPMENT : v;
        } catch (IOException | IllegalArgumentException e) {
            return DEVELOPMENT;
        }
    }

    /** "17.0.12+7 (Eclipse Adoptium)": the runtime's version and vendor. */
    public static String java() {
        String vendor = System.getProperty("java.vendor", "");
        return System.getProperty("java.runtime.version", System.getProperty("java.version", "?"))
                + (vendor.isBlank() ? "" : " (" + vendor + ")");
    }

    /** The JavaFX runtime's version (the toolkit sets the property when it starts). */
    public static String javafx() {
        return System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?"));
    }

    /** The Kubernetes release whose API server, kube-proxy and kubectl the simulator answers as. */
    public static String kubernetes() {
        return NodeState.KUBELET_VERSION;
    }
}
