package io.kubetutor.sim.net;

/** How a request ended, as the client experiences it; {@link #text()} is the CLI's JSON name. */
public enum Outcome {
    /** An answer came back (any HTTP status, a DNS answer, an echo reply). */
    DELIVERED("delivered"),
    /** Connection refused: a REJECT rule or a TCP reset (nothing listening). */
    REFUSED("refused"),
    /** The packet was dropped on the way: the client waits until it times out. */
    DROPPED("dropped"),
    /** The client has no route to the address at all. */
    UNREACHABLE("unreachable"),
    /** The name does not resolve. */
    NXDOMAIN("nxdomain"),
    /** The packet arrived but nothing answered (ping to a ClusterIP, a hung app). */
    NO_REPLY("no-reply");

    private final String text;

    Outcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
