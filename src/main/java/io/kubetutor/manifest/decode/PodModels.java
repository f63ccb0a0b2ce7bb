package io.kubetutor.manifest.decode;

import io.kubetutor.model.Container;
import io.kubetutor.model.Container.ContainerPort;
import io.kubetutor.model.Container.EnvVar;
import io.kubetutor.model.Deployment;
import io.kubetutor.model.LabelSelector;
import io.kubetutor.model.ObjectMeta;
import io.kubetutor.model.Origin;
import io.kubetutor.model.Pod;
import io.kubetutor.model.PodSpec;
import io.kubetutor.model.PodStatus;
import io.kubetutor.model.PodTemplateSpec;
import io.kubetutor.model.Probe;
import io.kubetutor.model.ReplicaSet;
import io.kubetutor.model.ReplicationController;
import io.kubetutor.model.StatefulSet;
import java.util.ArrayList;
import java.util.List;

/** Builds Pods and workloads from decoded structs, with Go's zero values and no defaulting. */
final class PodModels {
    private PodModels() {
    }

    static Pod pod(Decoded root, Origin origin) {
        return new Pod(meta(root.objOrEmpty("metadata")), podSpec(root.objOrEmpty("spec")),
                podStatus(root.obj("status")), origin);
    }

    static Deployment deployment(Decoded root, Origin origin) {
        Decoded spec = root.objOrEmpty("spec");
        Decoded strategy = spec.objOrEmpty("strategy");
        Decoded rolling = strategy.obj("rollingUpdate");
        Deployment.RollingUpdate rollingUpdate = rolling == null ? null
                : new Deployment.RollingUpdate(rolling.intOrString("maxUnavailable"), rolling.intOrString("maxSurge"));
        return new Deployment(meta(root.objOrEmpty("metadata")), new Deployment.Spec(spec.int32OrNull("replicas"),
                selector(spec.obj("selector")), template(spec.objOrEmpty("template")), strategy.str("type"),
                spec.int32("minReadySeconds"), rollingUpdate), origin);
    }

    static ReplicaSet replicaSet(Decoded root, Origin origin) {
        Decoded spec = root.objOrEmpty("spec");
        return new ReplicaSet(meta(root.objOrEmpty("metadata")), new ReplicaSet.Spec(spec.int32OrNull("replicas"),
                selector(spec.obj("selector")), template(spec.objOrEmpty("template")),
                spec.int32("minReadySeconds")), origin);
    }

    /** RC's template is a Go pointer: null when absent. */
    static ReplicationController replicationController(Decoded root, Origin origin) {
        Decoded spec = root.objOrEmpty("spec");
        Decoded template = spec.obj("template");
        return new ReplicationController(meta(root.objOrEmpty("metadata")),
                new ReplicationController.Spec(spec.int32OrNull("replicas"), spec.strMap("selector"),
                        template == null ? null : template(template), spec.int32("minReadySeconds")), origin);
    }

    static StatefulSet statefulSet(Decoded root, Origin origin) {
        Decoded spec = root.objOrEmpty("spec");
        return new StatefulSet(meta(root.objOrEmpty("metadata")), new StatefulSet.Spec(spec.int32OrNull("replicas"),
                selector(spec.obj("selector")), template(spec.objOrEmpty("template")), spec.str("serviceName"),
                spec.str("podManagementPolicy"), spec.int32("minReadySeconds")), origin);
    }

    static ObjectMeta meta(Decoded m) {
        return new ObjectMeta(m.str("name"), m.str("generateName"), m.str("namespace"), m.strMap("labels"),
                m.strMap("annotations"));
    }

    static LabelSelector selector(Decoded s) {
        if (s == null) {
            return null;
        }
        List<LabelSelector.Requirement> reqs = new ArrayList<>();
        for (Decoded r : s.objs("matchExpressions")) {
            reqs.add(new LabelSelector.Requirement(r.str("key"), r.str("operator"), r.strs("values")));
        }
        return new LabelSelector(s.strMap("matchLabels"), reqs);
    }

    static PodTemplateSpec template(Decoded t) {
        return new PodTemplateSpec(meta(t.objOrEmpty("metadata")), podSpec(t.objOrEmpty("spec")));
    }

    static PodSpec podSpec(Decoded s) {
        return new PodSpec(s.str("nodeName"), s.str("hostname"), s.str("subdomain"), containers(s, "initContainers"),
                containers(s, "containers"), s.str("restartPolicy"), s.str("dnsPolicy"),
                s.boolOrNull("enableServiceLinks"), s.bool("hostNetwork"), s.strMap("nodeSelector"));
    }

    private static List<Container> containers(Decoded spec, String field) {
        List<Container> out = new ArrayList<>();
        for (Decoded c : spec.objs(field)) {
            out.add(container(c));
        }
        return out;
    }

    private static Container container(Decoded c) {
        List<ContainerPort> ports = new ArrayList<>();
        for (Decoded p : c.objs("ports")) {
            ports.add(new ContainerPort(p.str("name"), p.int32("containerPort"), p.str("protocol"),
                    p.int32("hostPort"), p.str("hostIP")));
        }
        List<EnvVar> env = new ArrayList<>();
        for (Decoded e : c.objs("env")) {
            env.add(new EnvVar(e.str("name"), e.str("value")));
        }
        return new Container(c.str("name"), c.str("image"), c.strs("command"), c.strs("args"), ports, env,
                probe(c.obj("readinessProbe")), probe(c.obj("livenessProbe")), probe(c.obj("startupProbe")),
                c.strOrNull("restartPolicy"));
    }

    private static Probe probe(Decoded p) {
        if (p == null) {
            return null;
        }
        Decoded exec = p.obj("exec");
        Decoded http = p.obj("httpGet");
        Decoded tcp = p.obj("tcpSocket");
        Decoded grpc = p.obj("grpc");
        return new Probe(
                exec == null ? null : new Probe.Exec(exec.strs("command")),
                http == null ? null : new Probe.HttpGet(http.str("path"), http.intOrString("port"), http.str("host"),
                        http.str("scheme")),
                tcp == null ? null : new Probe.TcpSocket(tcp.intOrString("port"), tcp.str("host")),
                grpc == null ? null : new Probe.Grpc(grpc.int32("port"), grpc.strOrNull("service")),
                p.int32("initialDelaySeconds"), p.int32("timeoutSeconds"), p.int32("periodSeconds"),
                p.int32("successThreshold"), p.int32("failureThreshold"));
    }

    /** What a manifest pins of a pod's status; podIPs as plain addresses. */
    private static PodStatus podStatus(Decoded s) {
        if (s == null) {
            return PodStatus.EMPTY;
        }
        List<String> podIPs = new ArrayList<>();
        for (Decoded ip : s.objs("podIPs")) {
            podIPs.add(ip.str("ip"));
        }
        List<PodStatus.Condition> conditions = new ArrayList<>();
        for (Decoded c : s.objs("conditions")) {
            conditions.add(new PodStatus.Condition(c.str("type"), c.str("status")));
        }
        return new PodStatus(s.str("phase"), s.str("podIP"), podIPs, s.str("hostIP"), conditions);
    }
}
