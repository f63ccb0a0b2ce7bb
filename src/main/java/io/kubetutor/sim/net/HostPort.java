package io.kubetutor.sim.net;

/** An address with a port as a packet carries it; port 0 for ICMP, printed then as the bare address. */
public record HostPort(String ip, int port) {
    @Override
    public String toString() {
        return port == 0 ? ip : ip + ":" + port;
    }
}
