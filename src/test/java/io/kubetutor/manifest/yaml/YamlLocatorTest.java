package io.kubetutor.manifest.yaml;

import static io.kubetutor.manifest.yaml.Yaml.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.FieldLocator;
import org.junit.jupiter.api.Test;

class YamlLocatorTest {
    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              labels:
                app: web
              annotations:
                service.beta.kubernetes.io/aws-load-balancer-type: nlb
            spec:
              clusterIP: 10.96.0.50
              ports:
              - port: 80
                nodePort: 30080
              - name: https
                port: 443
            """;

    private static YamlLocator locator(String text) {
        YDocument doc = Yaml.read(text).documents().get(0);
        return YamlLocator.of(doc);
    }

    @Test
    void locatesNestedValuesThroughSequenceIndexes() {
        YamlLocator l = locator(SERVICE);
        assertEquals(pos(13, 15), l.locate("spec.ports[0].nodePort"));
        assertEquals(pos(12, 11), l.locate("spec.ports[0].port"));
        assertEquals(pos(14, 5), l.locate("spec.ports[1]"));
        assertEquals(pos(4, 9), l.locate("metadata.name"));
    }

    @Test
    void bracketedKeysMayHoldDotsAndSlashes() {
        YamlLocator l = locator(SERVICE);
        assertEquals(pos(6, 10), l.locate("metadata.labels[app]"));
        assertEquals(pos(8, 56), l.locate("metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-type]"));
    }

    @Test
    void absentFieldFallsBackToTheNearestWrittenAncestorsKey() {
        YamlLocator l = locator(SERVICE);
        assertEquals(pos(9, 1), l.locate("spec.type"));
        assertEquals(pos(9, 1), l.locate("spec.sessionAffinityConfig.clientIP.timeoutSeconds"));
        assertEquals(pos(14, 5), l.locate("spec.ports[1].nodePort")); // a sequence item has no key: the item
        assertEquals(pos(11, 3), l.locate("spec.ports[7].port"));
        assertEquals(pos(1, 1), l.locate("status.loadBalancer"));
    }

    @Test
    void clusterIPsFallBackToAWrittenClusterIP() {
        YamlLocator l = locator(SERVICE);
        assertEquals(pos(10, 14), l.locate("spec.clusterIPs"));
        assertEquals(pos(10, 14), l.locate("spec.clusterIPs[0]"));
        assertEquals(pos(10, 3), l.locateKey("spec.clusterIPs[0]"));
    }

    @Test
    void writtenClusterIPsAreLocatedThemselves() {
        YamlLocator l = locator("spec:\n  clusterIP: 10.96.0.50\n  clusterIPs:\n  - 10.96.0.50\n  - fd00::1\n");
        assertEquals(pos(5, 5), l.locate("spec.clusterIPs[1]"));
        assertEquals(pos(3, 3), l.locate("spec.clusterIPs[2]"));
    }

    @Test
    void keysAreLocatedForUnknownFieldWarnings() {
        YamlLocator l = locator(SERVICE);
        assertEquals(pos(13, 5), l.locateKey("spec.ports[0].nodePort"));
        assertEquals(pos(6, 5), l.locateKey("metadata.labels[app]"));
        assertEquals(pos(14, 5), l.locateKey("spec.ports[1]"));
        assertEquals(pos(9, 1), l.locateKey("spec.nope"));
    }

    @Test
    void keyWrittenTwiceIsLocatedWhereItTakesEffect() {
        YamlLocator l = locator("metadata:\n  name: a\n  name: b\n");
        assertEquals(pos(3, 9), l.locate("metadata.name"));
        assertEquals(pos(3, 3), l.locateKey("metadata.name"));
    }

    @Test
    void findAnswersOnlyWrittenNodes() {
        YamlLocator l = locator(SERVICE);
        assertEquals("30080", ((YScalar) l.find("spec.ports[0].nodePort").orElseThrow()).text());
        assertTrue(l.find("spec.ports[1].nodePort").isEmpty());
        assertTrue(l.find("spec.ports[x]").isEmpty());
    }

    @Test
    void emptyOrBrokenDocumentLocatesEverythingAtItsStart() {
        YamlText t = Yaml.read("a: 1\n---\n# empty\n---\nb: [\n");
        FieldLocator empty = YamlLocator.of(t.documents().get(1));
        FieldLocator broken = YamlLocator.of(t.documents().get(2));
        assertEquals(pos(3, 1), empty.locate("spec.ports[0]"));
        assertEquals(pos(5, 1), broken.locate("b"));
    }
}
