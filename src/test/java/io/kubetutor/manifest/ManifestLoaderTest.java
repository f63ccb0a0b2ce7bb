package io.kubetutor.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.KubeObject;
import io.kubetutor.model.Service;
import io.kubetutor.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestLoaderTest {
    @Test
    void aListFromKubectlGetStandsForItsItemsEachLocatedInTheText() {
        String text = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata:
                    name: web
                  spec:
                    ports:
                    - port: 80
                - apiVersion: v1
                  kind: Namespace
                  metadata:
                    name: shop
                """;
        LoadedManifests loaded = ManifestLoader.load("get.yaml", text);
        assertEquals(List.of(), loaded.diagnostics());
        assertEquals(List.of("Service/web", "Namespace/shop"),
                loaded.objects().stream().map(o -> o.kind() + "/" + o.name()).toList());
        KubeObject web = loaded.objects().get(0);
        assertEquals(new SourcePos(10, 13), web.origin().locate("spec.ports[0].port"));
        assertEquals(80, ((Service) web).spec().ports().get(0).port());
    }
}
