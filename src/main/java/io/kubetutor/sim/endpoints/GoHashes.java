package io.kubetutor.sim.endpoints;

import io.kubetutor.model.EndpointSlice;
import io.kubetutor.model.Endpoints;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The orderings upstream derives from hashes, reproduced byte for byte: the controllers sort ports
 * and subsets by a hash of go-spew's {@code %#v} rendering of the Go struct (k8s.io/utils/dump
 * ForHash: types shown, strings raw, nil pointers as {@code <nil>}). Endpoints orders ports and
 * subsets by MD5 of that text (pkg/api/v1/endpoints SortSubsets); an EndpointSlice's ports are the
 * pod's ports sorted by FNV-128a of it (endpointslice util NewPortMapKey sorts in place, and the
 * sorted list becomes the slice's ports). The order is visible in {@code kubectl get endpoints}.
 */
final class GoHashes {
    private static final long FNV128_OFFSET_HIGH = 0x6c62272e07bb0142L;
    private static final long FNV128_OFFSET_LOW = 0x62b821756295c58dL;
    /** The 128-bit FNV prime is 2^88 + 0x13b: multiply by the low part, add the shifted high part. */
    private static final long FNV128_PRIME_LOW = 0x13bL;
    private static final int FNV128_PRIME_SHIFT = 24;
    private static final byte[] SPACE = {' '};

    private GoHashes() {
    }

    /** spew of a core/v1 EndpointPort as a slice element (no leading type). */
    static String corePortBody(Endpoints.Port p) {
        return "{Name:(string)" + p.name() + " Port:(int32)" + p.port() + " Protocol:(v1.Protocol)" + p.protocol()
                + " AppProtocol:(*string)" + pointer(p.appProtocol()) + "}";
    }

    /** MD5 of spew of a core/v1 EndpointPort value: the key portsByHash sorts on. */
    static byte[] corePortHash(Endpoints.Port p) {
        return md5("(v1.EndpointPort)" + corePortBody(p));
    }

    /**
     * spew of a core/v1 EndpointAddress as a slice element. The controller always sets NodeName
     * (a pointer to the pod's spec.nodeName) and a TargetRef with kind, namespace, name and uid.
     */
    static String coreAddressBody(Endpoints.Address a, String uid) {
        String namespace = a.targetRef() == null ? "" : a.targetRef().namespace();
        String name = a.targetRef() == null ? "" : a.targetRef().name();
        return "{IP:(string)" + a.ip() + " Hostname:(string)" + a.hostname() + " NodeName:(*string)"
                + pointer(a.nodeName()) + " TargetRef:(*v1.ObjectReference){Kind:(string)Pod Namespace:(string)"
                + namespace + " Name:(string)" + name + " UID:(types.UID)" + uid
                + " APIVersion:(string) ResourceVersion:(string) FieldPath:(string)}}";
    }

    /** Streams spew of a core/v1 EndpointSubset into an MD5 digest, piece by piece. */
    static final class SubsetDigest {
        private final MessageDigest md5 = newMd5();
        private boolean first;

        SubsetDigest() {
            put("(v1.EndpointSubset){Addresses:([]v1.EndpointAddress)");
        }

        /** Starts a list; RepackSubsets leaves an empty address list nil. */
        void beginList(boolean empty) {
            put(empty ? "<nil>" : "[");
            first = true;
        }

        void element(String body) {
            element(body.getBytes(StandardCharsets.UTF_8));
        }

        void element(byte[] body) {
            if (!first) {
                md5.update(SPACE);
            }
            first = false;
            md5.update(body);
        }

        void endList(boolean empty) {
            if (!empty) {
                put("]");
            }
        }

        void notReadyAddresses() {
            put(" NotReadyAddresses:([]v1.EndpointAddress)");
        }

        void ports() {
            put(" Ports:([]v1.EndpointPort)");
        }

        byte[] finish() {
            put("}");
            return md5.digest();
        }

        private void put(String s) {
            md5.update(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** FNV-128a hex of spew of a discovery/v1 EndpointPort: the key of NewPortMapKey's sort. */
    static String slicePortHashHex(EndpointSlice.Port p) {
        String text = "(v1.EndpointPort){Name:(*string)" + pointer(p.name()) + " Protocol:(*v1.Protocol)"
                + pointer(p.protocol()) + " Port:(*int32)" + pointer(p.port() == null ? null : p.port().toString())
                + " AppProtocol:(*string)" + pointer(p.appProtocol()) + "}";
        return fnv128aHex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Go's hash/fnv New128a over the bytes, as the lowercase hex of its 16-byte sum. */
    static String fnv128aHex(byte[] data) {
        long high = FNV128_OFFSET_HIGH;
        long low = FNV128_OFFSET_LOW;
        for (byte b : data) {
            low ^= b & 0xff;
            long productLow = FNV128_PRIME_LOW * low;
            long productHigh = Math.multiplyHigh(FNV128_PRIME_LOW, low) + ((low >> 63) & FNV128_PRIME_LOW);
            productHigh += (low << FNV128_PRIME_SHIFT) + FNV128_PRIME_LOW * high;
            high = productHigh;
            low = productLow;
        }
        return String.format("%016x%016x", high, low);
    }

    static byte[] md5(String s) {
        return newMd5().digest(s.getBytes(StandardCharsets.UTF_8));
    }

    /** How spew shows a pointer field under %#v once its type is printed: the value, or <nil>. */
    private static String pointer(String value) {
        return value == null ? "<nil>" : value;
    }

    private static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
