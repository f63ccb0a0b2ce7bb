package io.kubetutor.lesson;

import io.kubetutor.model.SourcePos;
import io.kubetutor.sim.net.Outcome;
import java.util.List;
import java.util.Map;

/**
 * A goal's condition (README.md, "Goals"): over the cluster's state, over the requests sent since
 * the step opened, or a combination. {@code pos} is where it is written, for messages.
 */
public sealed interface Condition {
    SourcePos pos();

    /** The YAML key that names the condition. */
    String key();

    /** A condition about traffic: what it reads and how many requests a probe sends for it. */
    sealed interface AboutTraffic extends Condition {
        Traffic traffic();

        /** How many of the latest matching requests decide (and a probe sends). */
        default int count() {
            return 1;
        }
    }

    record All(List<Condition> parts, SourcePos pos) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        public String key() {
            return "all";
        }
    }

    record Any(List<Condition> parts, SourcePos pos) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        public String key() {
            return "any";
        }
    }

    record Not(Condition part, SourcePos pos) implements Condition {
        public String key() {
            return "not";
        }
    }

    /** The latest matching request ended with {@code outcome}. */
    record Reach(Traffic traffic, Outcome outcome, SourcePos pos) implements AboutTraffic {
        public String key() {
            return "reach";
        }
    }

    /** The latest {@code count} matching requests were delivered to pods carrying {@code labels}. */
    record LandsOn(Traffic traffic, Map<String, String> labels, int count, SourcePos pos) implements AboutTraffic {
        public LandsOn {
            labels = Map.copyOf(labels);
        }

        public String key() {
            return "landsOn";
        }
    }

    /** The latest {@code count} matching requests were all delivered to one pod. */
    record OnePod(Traffic traffic, int count, SourcePos pos) implements AboutTraffic {
        public String key() {
            return "onePod";
        }
    }

    /** The latest matching request was delivered and the pod saw {@code seen}: "client", "node" or an address. */
    record SourceIp(Traffic traffic, String seen, SourcePos pos) implements AboutTraffic {
        public String key() {
            return "sourceIp";
        }
    }

    /** The latest matching request was delivered with (or without) the extra hop, or in {@code count} hops. */
    record Hops(Traffic traffic, Boolean extraHop, Integer hopCount, SourcePos pos) implements AboutTraffic {
        public String key() {
            return "hops";
        }
    }

    /** The latest nslookup of {@code traffic.to()} from {@code traffic.from()} got {@code answer}. */
    record Dns(Traffic traffic, DnsExpect answer, String service, String target, SourcePos pos)
            implements AboutTraffic {
        public String key() {
            return "dns";
        }
    }

    enum DnsExpect {
        NXDOMAIN("nxdomain"), FOUND("found"), CLUSTER_IP("clusterIP"), POD_IPS("podIPs"), CNAME("cname");

        private final String text;

        DnsExpect(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The Service's Endpoints hold {@code ready} addresses and {@code notReady} not-ready ones (null: any). */
    record EndpointCount(String namespace, String service, Integer ready, Integer notReady, SourcePos pos)
            implements Condition {
        public String key() {
            return "endpoints";
        }
    }

    /**
     * The field at {@code path} of the object has the value {@code equals} (as text), or, with
     * {@code equals} null, is absent or empty ({@code exists} false) or present ({@code exists} true).
     */
    record Field(String kind, String namespace, String name, PodRef pod, String path, String equals, boolean exists,
                 SourcePos pos) implements Condition {
        public String key() {
            return "field";
        }
    }
}
