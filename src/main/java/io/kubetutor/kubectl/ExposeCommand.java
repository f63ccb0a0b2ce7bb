package io.kubetutor.kubectl;

import io.kubetutor.model.Container;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.FieldLocator;
import io.kubetutor.model.KubeObject;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.Service;
import io.kubetutor.model.ServicePort;
import io.kubetutor.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kubectl expose TYPE NAME [--port ...]}: reads selector, ports, protocols and labels from
 * the exposed object (polymorphichelpers), builds the Service (ServiceGenerator), then creates it
 * or, with {@code --dry-run=client}, prints it.
 */
final class ExposeCommand {
    /** Where a Service kubectl expose made comes from, for diagnostics. */
    static final Origin ORIGIN = new Origin("kubectl expose", -1, SourcePos.START, FieldLocator.NOWHERE);

    static final CommandDef DEF = new CommandDef("expose", CommandDef.concat(CommandDef.PRINT, List.of(
            FlagSpec.string("protocol"),
            FlagSpec.string("port"),
            FlagSpec.string("type"),
            FlagSpec.string("load-balancer-ip"),
            FlagSpec.string("selector"),
            FlagSpec.string("labels", 'l'),
            FlagSpec.string("target-port"),
            FlagSpec.string("external-ip"),
            FlagSpec.string("name"),
            FlagSpec.string("session-affinity"),
            FlagSpec.string("cluster-ip"),
            FlagSpec.string("field-manager"),
            FlagSpec.string("overrides"),
            FlagSpec.string("override-type"),
            FlagSpec.bool("save-config"),
            FlagSpec.bool("record"),
            FlagSpec.dryRun(),
            FlagSpec.string("filename", 'f'),
            FlagSpec.bool("recursive", 'R'),
            FlagSpec.string("kustomize", 'k'))),
            Set.of("overrides", "override-type", "save-config", "record", "filename", "recursive", "kustomize",
                    "template"),
            List.of(), ExposeCommand::run);

    private ExposeCommand() {
    }

    static void run(Invocation inv) throws KubectlError {
        Invocation.DryRun dryRun = inv.dryRun();
        OutputFormat format = OutputFormat.forObject(inv.flags.get("output"));
        if (dryRun == Invocation.DryRun.NONE && (format == OutputFormat.YAML || format == OutputFormat.JSON)) {
            throw KubectlError.plain("the tutor prints the created Service with -o " + inv.flags.get("output")
                    + " only together with --dry-run=client");
        }
        ResourceArgs.Request request = ResourceArgs.parse(inv.args(), false, false, false);
        Fetched fetched = Fetched.of(inv, request, SelectorFilter.parse(""), false);
        String selectorFlag = inv.flags.getOr("selector", "");
        for (Fetched.Item item : fetched.items()) {
            KubeObject o = item.object();
            if (!(o instanceof Pod || o instanceof Service || o instanceof ReplicationController
                    || o instanceof Deployment || o instanceof ReplicaSet)) {
                throw KubectlError.plain("cannot expose a " + item.type().groupKind());
            }
            String name = o.name().length() > 63 ? o.name().substring(0, 63) : o.name();
            String selector = selectorFlag;
            if (selector.isEmpty()) {
                selector = selectorOf(o);
            }
            String port = inv.flags.getOr("port", "");
            String ports = "";
            if (port.isEmpty()) {
                List<String> found = portsOf(o);
                if (found.isEmpty() && !"None".equals(inv.flags.get("cluster-ip"))) {
                    throw KubectlError.plain("couldn't find port via --port flag or introspection");
                }
                if (found.size() == 1) {
                    port = found.get(0);
                } else {
                    ports = String.join(",", found);
                }
            }
            String labels = inv.flags.getOr("labels", "");
            if (labels.isEmpty()) {
                labels = joinPairs(o.metadata().labels());
            }
            ServiceGenerator.Generated g = ServiceGenerator.generate(new ServiceGenerator.Params(
                    inv.flags.getOr("name", name), selector, labels, port, ports, inv.flags.getOr("protocol", ""),
                    protocolsOf(o), inv.flags.getOr("target-port", ""), inv.flags.getOr("external-ip", ""),
                    inv.flags.getOr("type", ""), inv.flags.getOr("load-balancer-ip", ""),
                    inv.flags.getOr("session-affinity", ""), inv.flags.getOr("cluster-ip", "")));
            ResourceType services = ResourceTypes.ALL.get(0);
            if (dryRun == Invocation.DryRun.CLIENT) {
                // kubectl sets the namespace on the printed object only when -n was given
                String ns = inv.flags.has("namespace") ? inv.namespace() : "";
                Service s = new Service(g.metadata().withNamespace(ns), g.spec(), null, ORIGIN);
                switch (format) {
                    case YAML -> inv.out.append(YamlWriter.write(ServiceTree.of(s, false)));
                    case JSON -> inv.out.append(JsonWriter.write(ServiceTree.of(s, false)));
                    default -> Writes.printName(inv, format, services, s.name(), "exposed", dryRun);
                }
                continue;
            }
            Service s = new Service(g.metadata().withNamespace(inv.namespace()), g.spec(), null, ORIGIN);
            KubeObject created = Writes.check(inv.cluster.create(s));
            Writes.printName(inv, format, services, created.name(), "exposed", dryRun);
        }
        if (!fetched.notFound().isEmpty()) {
            throw KubectlError.verbatim(fetched.errorText());
        }
    }

    /** MapBasedSelectorForObject, wrapped as RunExpose wraps its errors. */
    private static String selectorOf(KubeObject o) throws KubectlError {
        String prefix = "couldn't retrieve selectors via --selector flag or introspection: ";
        if (o instanceof Pod p) {
            if (p.metadata().labels().isEmpty()) {
                throw KubectlError.plain(prefix + "the pod has no labels and cannot be exposed");
            }
            return joinPairs(p.metadata().labels());
        }
        if (o instanceof Service s) {
            if (s.spec().selector() == null) {
                throw KubectlError.plain(prefix + "the service has no pod selector set");
            }
            return joinPairs(s.spec().selector());
        }
        if (o instanceof ReplicationController rc) {
            return joinPairs(rc.spec().selector());
        }
        LabelSelector sel = o instanceof Deployment d ? d.spec().selector() : ((ReplicaSet) o).spec().selector();
        if (sel == null) {
            return "";
        }
        if (!sel.matchExpressions().isEmpty()) {
            List<String> reqs = new ArrayList<>();
            for (LabelSelector.Requirement r : sel.matchExpressions()) {
                reqs.add("{Key:" + r.key() + " Operator:" + r.operator() + " Values:" + GoText.list(r.values()) + "}");
            }
            throw KubectlError.plain(prefix + "couldn't convert expressions - \"" + GoText.list(reqs)
                    + "\" to map-based selector format");
        }
        return joinPairs(sel.matchLabels());
    }

    /** PortsForObject: every container port of the pod template, or every port of a Service. */
    private static List<String> portsOf(KubeObject o) {
        List<String> out = new ArrayList<>();
        if (o instanceof Service s) {
            for (ServicePort p : s.spec().ports()) {
                out.add(Integer.toString(p.port()));
            }
            return out;
        }
        for (Container c : podSpec(o).containers()) {
            for (Container.ContainerPort p : c.ports()) {
                out.add(Integer.toString(p.containerPort()));
            }
        }
        return out;
    }

    /** MultiProtocolsForObject then makeProtocols: {@code 80/TCP,53/UDP}, protocols grouped by port. */
    private static String protocolsOf(KubeObject o) {
        Map<String, List<String>> byPort = new LinkedHashMap<>();
        if (o instanceof Service s) {
            for (ServicePort p : s.spec().ports()) {
                byPort.computeIfAbsent(Integer.toString(p.port()), k -> new ArrayList<>()).add(p.protocol());
            }
        } else {
            for (Container c : podSpec(o).containers()) {
                for (Container.ContainerPort p : c.ports()) {
                    byPort.computeIfAbsent(Integer.toString(p.containerPort()), k -> new ArrayList<>())
                            .add(p.protocol().isEmpty() ? "TCP" : p.protocol());
                }
            }
        }
        List<String> out = new ArrayList<>();
        byPort.forEach((port, protocols) -> protocols.forEach(proto -> out.add(port + "/" + proto)));
        return String.join(",", out);
    }

    private static PodSpec podSpec(KubeObject o) {
        if (o instanceof Pod p) {
            return p.spec();
        }
        PodTemplateSpec t = o instanceof Deployment d ? d.spec().template()
                : o instanceof ReplicaSet r ? r.spec().template() : ((ReplicationController) o).spec().template();
        return t == null || t.spec() == null ? new PodSpec(null, null, null, null, null, null, null, null, false)
                : t.spec();
    }

    /** MakeLabels: {@code k=v,k2=v2}. */
    private static String joinPairs(Map<String, String> m) {
        List<String> out = new ArrayList<>();
        if (m != null) {
            m.forEach((k, v) -> out.add(k + "=" + v));
        }
        return String.join(",", out);
    }
}
