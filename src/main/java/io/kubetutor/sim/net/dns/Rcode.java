package io.kubetutor.sim.net.dns;

/** The response codes the simulated servers give (RFC 1035 §4.1.1). */
public enum Rcode {
    NOERROR(0), NXDOMAIN(3);

    private final int code;

    Rcode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
