package io.kubetutor.kubectl.exec;

import java.util.List;
import java.util.Map;

/**
 * The programs that read what the kubelet and the runtime give a container: {@code cat} of the
 * files they write (/etc/resolv.conf, /etc/hosts, /etc/hostname), {@code env}, {@code printenv}
 * and {@code hostname}. Other files belong to the image, which the tutor does not have.
 */
final class PodFiles {
    private PodFiles() {
    }

    static ExecResult cat(InPod where, List<String> args) throws Unsimulated {
        if (args.isEmpty()) {
            throw new Unsimulated("does not simulate cat reading its input; give it a file: cat /etc/resolv.conf");
        }
        StringBuilder out = new StringBuilder();
        for (String file : args) {
            if (file.startsWith("-")) {
                throw new Unsimulated("does not simulate cat's options (" + file + ")");
            }
            out.append(file(where, file));
        }
        return ExecResult.ran(out.toString(), "", 0);
    }

    private static String file(InPod where, String path) throws Unsimulated {
        switch (path) {
            case "/etc/resolv.conf":
                return where.resolvConf().text();
            case "/etc/hostname":
                return where.hostname() + "\n";
            case "/etc/hosts":
                if (where.pod().spec().hostNetwork()) {
                    throw new Unsimulated("does not know the node's own /etc/hosts, which a host-network pod sees");
                }
                return hosts(where);
            default:
                throw new Unsimulated("knows only the files the kubelet writes into a container (/etc/resolv.conf,"
                        + " /etc/hosts, /etc/hostname); " + path + " would come from the image");
        }
    }

    /**
     * The kubelet-managed hosts file (kubelet_pods.go managedHostsFileContent): the header, the
     * loopback and IPv6 lines, then one line per pod address with the hostname, its FQDN first when
     * the pod has a subdomain.
     */
    static String hosts(InPod where) {
        StringBuilder b = new StringBuilder("# Kubernetes-managed hosts file.\n")
                .append("127.0.0.1\tlocalhost\n")
                .append("::1\tlocalhost ip6-localhost ip6-loopback\n")
                .append("fe00::0\tip6-localnet\n")
                .append("fe00::0\tip6-mcastprefix\n")
                .append("fe00::1\tip6-allnodes\n")
                .append("fe00::2\tip6-allrouters\n");
        List<String> ips = where.pod().status().podIPs().isEmpty() && !where.pod().status().podIP().isEmpty()
                ? List.of(where.pod().status().podIP()) : where.pod().status().podIPs();
        String host = where.hostname();
        String domain = where.hostDomain();
        for (String ip : ips) {
            b.append(ip).append('\t');
            if (!domain.isEmpty()) {
                b.append(host).append('.').append(domain).append('\t');
            }
            b.append(host).append('\n');
        }
        return b.toString();
    }

    static ExecResult env(InPod where, List<String> args) throws Unsimulated {
        if (!args.isEmpty()) {
            throw new Unsimulated("runs env without arguments only (it prints the environment)");
        }
        return ExecResult.ran(ContainerEnvironment.lines(ContainerEnvironment.of(where)), "", 0);
    }

    /** printenv: everything, or the value of each name given; exit 1 when one of them is not set. */
    static ExecResult printenv(InPod where, List<String> args) throws Unsimulated {
        Map<String, String> env = ContainerEnvironment.of(where);
        if (args.isEmpty()) {
            return ExecResult.ran(ContainerEnvironment.lines(env), "", 0);
        }
        StringBuilder out = new StringBuilder();
        int exit = 0;
        for (String name : args) {
            if (name.startsWith("-")) {
                throw new Unsimulated("does not simulate printenv's options (" + name + ")");
            }
            String v = env.get(name);
            if (v == null) {
                exit = 1;
            } else {
                out.append(v).append('\n');
            }
        }
        return ExecResult.ran(out.toString(), "", exit);
    }

    static ExecResult hostname(InPod where, List<String> args) throws Unsimulated {
        if (!args.isEmpty()) {
            throw new Unsimulated("runs hostname without options only (it prints the container's hostname)");
        }
        return ExecResult.ran(where.hostname() + "\n", "", 0);
    }
}
