package io.kubetutor.cli;

import io.kubetutor.export.TraceText;
import io.kubetutor.sim.Cluster;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trace [--cluster C] -f FILE... --from WHO --to WHERE [--count N] [--keep-alive] [--ping]
 * [--seed S] [--json]}: applies the files to a fresh simulated cluster, lets it settle, sends the
 * request(s) and prints each one's journey hop by hop, or one JSON object per request with
 * {@code --json}. The exit status is 0 when the requests were routed (whatever their outcome), 1
 * when a file or an argument was wrong.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Send requests through a simulated cluster and print every hop.")
final class TraceCommand implements Callable<Integer> {
    @Option(names = "--cluster", paramLabel = "CLUSTER", description = "cluster file (nodes, ranges, ...)")
    String clusterFile;

    @Option(names = "-f", paramLabel = "FILE", description = "manifest file, applied in order; may repeat")
    List<String> files = new ArrayList<>();

    @Option(names = "--from", required = true, paramLabel = "WHO",
            description = "a client (laptop), a node (node1) or a pod (NAME or NAMESPACE/NAME)")
    String from;

    @Option(names = "--to", required = true, paramLabel = "WHERE",
            description = "a URL (http://web/cart), HOST:PORT, a DNS name, an address, or loadbalancer:SERVICE")
    String to;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "how many requests (default 1)")
    int count;

    @Option(names = "--keep-alive", description = "send them on one kept-alive connection, as a browser does")
    boolean keepAlive;

    @Option(names = "--ping", description = "send ICMP echo requests instead of HTTP")
    boolean ping;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the simulation's random choices (default 1)")
    long seed;

    @Option(names = "--json", description = "one JSON object per request")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1) {
            err.println("error: --count must be at least 1");
            return 1;
        }
        if (keepAlive && ping) {
            err.println("error: --keep-alive and --ping do not go together (ping has no connection)");
            return 1;
        }
        Optional<Inputs.Settled> settled = Inputs.settledCluster(clusterFile, files, seed,
                KubectlCommand.MAX_SETTLE_MILLIS, err);
        if (settled.isEmpty()) {
            return 1;
        }
        Cluster cluster = settled.get().cluster();
        RequestKind kind = ping ? RequestKind.PING : keepAlive ? RequestKind.KEEP_ALIVE : RequestKind.CURL;
        List<Trace> traces;
        try {
            traces = cluster.dataPlane().send(from, to, kind, count);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        for (int i = 0; i < traces.size(); i++) {
            if (json) {
                out.println(TraceJson.line(traces.get(i)));
            } else {
                out.print(TraceText.render(traces.get(i), i + 1, traces.size()));
            }
        }
        return settled.get().anyError() ? 1 : 0;
    }
}
