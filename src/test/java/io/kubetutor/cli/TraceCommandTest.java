package io.kubetutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code trace} subcommand end to end on the shop scenario with a cloud load balancer: text
 * and {@code --json} output, the contract's keys in order, repeatable runs, and argument errors.
 */
class TraceCommandTest {
    private static final String DIR = "src/test/resources/scenarios/";
    /** One hop object with exactly the contract's keys, in order. */
    private static final Pattern HOP = Pattern.compile("\\{\"at\": \"[^\"]+\", \"action\": \"([a-z-]+)\", "
            + "\"src\": \"[0-9.:]+\", \"dst\": \"[0-9.:]+\", \"reason\": \"(?:[^\"\\\\]|\\\\.)*\"}");

    record Run(int code, String out, String err) {
    }

    static Run trace(String... traceArgs) {
        List<String> args = new ArrayList<>(List.of("trace", "--cluster", DIR + "cloud.yaml", "-f", DIR + "shop.yaml"));
        args.addAll(List.of(traceArgs));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TutorCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonLineHasExactlyTheContractsKeysInOrder() {
        Run r = trace("--from", "laptop", "--to", "loadbalancer:shop", "--json");
        assertEquals(0, r.code(), r.err());
        String line = r.out().strip();
        Matcher head = Pattern.compile("^\\{\"outcome\": \"delivered\", \"pod\": \"(web-[a-z0-9]+-[a-z0-9]{5})\", "
                + "\"node\": \"(node[123])\", \"podAddress\": \"(10\\.244\\.[0-9]+\\.[0-9]+):8080\", "
                + "\"sourceIpSeenByPod\": \"192\\.168\\.1\\.10\", \"hops\": \\[(.*)]}$").matcher(line);
        assertTrue(head.matches(), line);
        Matcher hops = HOP.matcher(head.group(4));
        List<String> actions = new ArrayList<>();
        int end = 0;
        while (hops.find()) {
            assertTrue(hops.start() == end || head.group(4).startsWith(", ", end), "hops are joined by \", \"");
            actions.add(hops.group(1));
            end = hops.end();
        }
        assertEquals(head.group(4).length(), end, "nothing but hop objects in the list");
        // externalTrafficPolicy Local: the LB picks a node with a local pod, no SNAT, no extra hop.
        assertEquals(List.of("route", "dnat", "dnat", "deliver", "reply", "un-dnat", "un-dnat", "deliver"), actions);
    }

    @Test
    void jsonGivesOneLinePerRequest() {
        Run r = trace("--from", "laptop", "--to", "192.168.1.2:30080", "--count", "4", "--json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length);
        for (String l : lines) {
            assertTrue(l.startsWith("{\"outcome\": \"delivered\", \"pod\": \"web-"), l);
        }
    }

    @Test
    void sameSeedGivesTheSameTraceAndAnotherSeedMayNot() {
        Run a = trace("--from", "laptop", "--to", "192.168.1.2:30080", "--count", "5", "--json");
        Run b = trace("--from", "laptop", "--to", "192.168.1.2:30080", "--count", "5", "--json");
        assertEquals(a, b);
        Run c = trace("--from", "laptop", "--to", "192.168.1.2:30080", "--count", "5", "--json", "--seed", "7");
        assertTrue(!a.out().equals(c.out()), "a different seed draws different ports and endpoints");
    }

    @Test
    void textShowsNumberedHopsTheWayBackAndTheEnding() {
        Run r = trace("--from", "laptop", "--to", "http://10.96.0.1/");
        assertEquals(new Run(0, "curl http://10.96.0.1/ from laptop\n"
                + "  1  laptop  drop    192.168.1.10:50331  10.96.0.1:80  10.96.0.1 is in the Service range "
                + "10.96.0.0/12: a ClusterIP is virtual, it exists only in kube-proxy's rules on the nodes, and laptop "
                + "has no route to it\n"
                + "unreachable: no route from laptop to 10.96.0.1 (it exists only inside the cluster)\n",
                ""), r);
        Run ok = trace("--from", "laptop", "--to", "192.168.1.2:30080");
        assertTrue(ok.out().contains("<- deliver"), ok.out());
        assertTrue(ok.out().lines().reduce((x, y) -> y).orElseThrow().startsWith("delivered: web-"), ok.out());
    }

    @Test
    void pingOfAPodGetsItsKernelsReplyWithBareAddresses() {
        Run r = trace("--from", "node1", "--to", "10.244.0.2", "--ping", "--json");
        assertTrue(r.out().startsWith("{\"outcome\": \"delivered\", \"pod\": \"coredns-"), r.out());
        assertTrue(r.out().contains("\"src\": \"192.168.1.2\", \"dst\": \"10.244.0.2\""), r.out());
    }

    @Test
    void unknownSenderAndBadArgumentsExitOneWithAMessage() {
        Run r = trace("--from", "nobody", "--to", "web");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: no client, node or pod named \"nobody\""), r.err());
        assertEquals(1, trace("--from", "laptop", "--to", "web", "--count", "0").code());
        assertEquals(1, trace("--from", "laptop", "--to", "web", "--ping", "--keep-alive").code());
        Run bad = trace("--from", "laptop", "--to", "http://web:99999/");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("outside 1-65535"), bad.err());
    }
}
