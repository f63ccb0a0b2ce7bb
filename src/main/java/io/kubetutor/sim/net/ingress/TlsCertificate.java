package io.kubetutor.sim.net.ingress;

import io.kubetutor.sim.net.Reason;

/**
 * The certificate the controller presents for a server. Secrets are not simulated beyond their
 * existence: a named Secret that exists is taken as a valid certificate for the host; a missing one
 * makes ingress-nginx fall back to its default certificate (controller.go: "Error getting SSL
 * certificate ... Using default certificate"), which is the self-signed
 * "Kubernetes Ingress Controller Fake Certificate" unless --default-ssl-certificate names a Secret.
 *
 * @param secretNamespace the Secret's namespace ("" for the fake certificate)
 * @param secretName      the Secret's name ("" for the fake certificate)
 * @param wanted          the Secret the Ingress named but which does not exist, as ns/name; "" if none
 */
public record TlsCertificate(String secretNamespace, String secretName, String wanted) {
    public static final String FAKE_CERTIFICATE = "Kubernetes Ingress Controller Fake Certificate";
    public static final TlsCertificate FAKE = new TlsCertificate("", "", "");

    public boolean fake() {
        return secretName.isEmpty();
    }

    /** "the certificate of Secret default/shop-tls" or the fake one, with why. */
    public String describe() {
        return described().english();
    }

    /** {@link #describe()} as a reason the window words in its language. */
    public Reason described() {
        if (!fake()) {
            return Reason.of("tls.secret", secretNamespace + "/" + secretName);
        }
        return wanted.isEmpty() ? Reason.of("tls.fake", FAKE_CERTIFICATE)
                : Reason.of("tls.fakeSecretMissing", FAKE_CERTIFICATE, wanted);
    }

    TlsCertificate because(String missingSecret) {
        return new TlsCertificate(secretNamespace, secretName, missingSecret);
    }
}
