package io.kubetutor.sim.net;

/** What happens to a packet at one hop; {@link #text()} is the name the CLI's JSON uses. */
public enum Action {
    DNS_QUERY("dns-query"), DNS_ANSWER("dns-answer"), ROUTE("route"), DNAT("dnat"), SNAT("snat"),
    FORWARD("forward"), DELIVER("deliver"), REPLY("reply"), UN_DNAT("un-dnat"), UN_SNAT("un-snat"),
    DROP("drop"), REJECT("reject");

    private final String text;

    Action(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
