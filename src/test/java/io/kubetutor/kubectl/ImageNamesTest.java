package io.kubetutor.kubectl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Image references as the runtime reports them, and the pull policy defaulting derives from the tag. */
class ImageNamesTest {
    @Test
    void anOfficialImageLivesInDockerHubsLibraryWithTheLatestTag() {
        assertEquals("docker.io/library/nginx:latest", ImageNames.parse("nginx").reported());
        assertEquals("docker.io/library/nginx:1.27", ImageNames.parse("nginx:1.27").reported());
        assertEquals("docker.io/nicolaka/netshoot:latest", ImageNames.parse("nicolaka/netshoot").reported());
    }

    @Test
    void aFirstComponentWithADotAColonOrLocalhostIsARegistry() {
        assertEquals("registry.k8s.io/coredns/coredns:v1.12.0",
                ImageNames.parse("registry.k8s.io/coredns/coredns:v1.12.0").reported());
        assertEquals("localhost:5000/app:latest", ImageNames.parse("localhost:5000/app").reported());
        assertEquals("localhost/app:2", ImageNames.parse("localhost/app:2").reported());
    }

    @Test
    void aPinnedDigestIsTheImageIdAndOtherwiseOneIsDerived() {
        String digest = "sha256:" + "ab".repeat(32);
        assertEquals("docker.io/library/nginx@" + digest, ImageNames.parse("nginx@" + digest).imageId());
        String derived = ImageNames.parse("nginx:1.27").imageId();
        assertTrue(derived.matches("docker\\.io/library/nginx@sha256:[0-9a-f]{64}"), derived);
        assertEquals(derived, ImageNames.parse("docker.io/library/nginx:1.27").imageId(), "one image, one id");
    }

    @Test
    void onlyTheLatestTagOrNoTagAtAllIsPulledAlways() {
        assertEquals("Always", PodTree.pullPolicy("nginx"));
        assertEquals("Always", PodTree.pullPolicy("nginx:latest"));
        assertEquals("IfNotPresent", PodTree.pullPolicy("nginx:1.27"));
        assertEquals("IfNotPresent", PodTree.pullPolicy("nginx@sha256:" + "ab".repeat(32)));
        assertEquals("Always", PodTree.pullPolicy("localhost:5000/app"));
    }

    @Test
    void theKubeletsBackOffDoublesFromTenSecondsToFiveMinutes() {
        assertEquals("10s", PodStatusTree.backOff(2));
        assertEquals("40s", PodStatusTree.backOff(4));
        assertEquals("1m20s", PodStatusTree.backOff(5));
        assertEquals("2m40s", PodStatusTree.backOff(6));
        assertEquals("5m0s", PodStatusTree.backOff(7));
        assertEquals("5m0s", PodStatusTree.backOff(30));
    }
}
