package io.kubetutor.sim.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import io.kubetutor.model.ObjectReference;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The Go renderings and hashes behind the upstream orderings (expected values computed outside Java). */
class GoHashesTest {
    private static final Endpoints.Port HTTP = new Endpoints.Port("http", 8080, "TCP", null);

    @Test
    void fnv128aMatchesGosTestVectors() {
        assertEquals("6c62272e07bb014262b821756295c58d", GoHashes.fnv128aHex(new byte[0]));
        assertEquals("d228cb696f1a8caf78912b704e4a8964", GoHashes.fnv128aHex("a".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCorePortRendersAsSpewShowsItWithTypes() {
        assertEquals("{Name:(string)http Port:(int32)8080 Protocol:(v1.Protocol)TCP AppProtocol:(*string)<nil>}",
                GoHashes.corePortBody(HTTP));
        assertEquals("{Name:(string) Port:(int32)53 Protocol:(v1.Protocol)UDP AppProtocol:(*string)dns}",
                GoHashes.corePortBody(new Endpoints.Port("", 53, "UDP", "dns")));
        assertEquals("fc51ca7087ce52e70c38709727f8f0b6", HexFormat.of().formatHex(GoHashes.corePortHash(HTTP)));
    }

    @Test
    void aSlicePortHashesWithItsPointersShownAsValues() {
        assertEquals("0e874d5677090ee5c32afa85f637c347",
                GoHashes.slicePortHashHex(new EndpointSlice.Port("http", 8080, "TCP", null)));
        assertEquals("62ad2bc4235086c2ecfca782a1622eb8",
                GoHashes.slicePortHashHex(new EndpointSlice.Port("metrics", 9100, "TCP", null)));
    }

    @Test
    void aSubsetDigestIsMd5OfTheWholeSubsetRendering() {
        Endpoints.Address a = new Endpoints.Address("10.244.1.5", "", "node-1",
                new ObjectReference("Pod", "default", "web-a"));
        assertEquals("{IP:(string)10.244.1.5 Hostname:(string) NodeName:(*string)node-1 "
                + "TargetRef:(*v1.ObjectReference){Kind:(string)Pod Namespace:(string)default Name:(string)web-a "
                + "UID:(types.UID)uid-web-a APIVersion:(string) ResourceVersion:(string) FieldPath:(string)}}",
                GoHashes.coreAddressBody(a, "uid-web-a"));
        GoHashes.SubsetDigest d = new GoHashes.SubsetDigest();
        d.beginList(false);
        d.element(GoHashes.coreAddressBody(a, "uid-web-a"));
        d.endList(false);
        d.notReadyAddresses();
        d.beginList(true);
        d.endList(true);
        d.ports();
        d.beginList(false);
        d.element(GoHashes.corePortBody(HTTP));
        d.endList(false);
        assertEquals("6355212e3b38d00394dcac1643b83f7e", HexFormat.of().formatHex(d.finish()));
    }
}
