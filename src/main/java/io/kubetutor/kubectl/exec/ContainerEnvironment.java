package io.kubetutor.kubectl.exec;

import io.kubetutor.model.Container;
import io.kubetutor.sim.net.dns.ServiceEnvironment;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment a process started by exec sees, in the order {@code env} prints it. containerd
 * builds the process's list: the default PATH, then HOSTNAME, then the image's ENV lines (which the
 * tutor does not know, so there are none), then what the kubelet passes; for a terminal exec it adds
 * TERM=xterm; runc appends HOME last (the tutor's containers run as root). The kubelet passes the
 * container's own variables, their {@code $(VAR)} references expanded, then the Service variables
 * ({@link ServiceEnvironment}). The kubelet gathers both in Go maps, so a real container lists them
 * in an order that changes between starts; the tutor keeps the declared order, then the Services'.
 */
final class ContainerEnvironment {
    /** containerd's default PATH (oci.DefaultPathEnv), which almost every image keeps. */
    static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private ContainerEnvironment() {
    }

    /** Every variable, NAME to value, in print order. */
    static Map<String, String> of(InPod where) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", DEFAULT_PATH);
        env.put("HOSTNAME", where.hostname());
        Map<String, String> services = new HashMap<>();
        for (Container.EnvVar v : ServiceEnvironment.forPod(where.pod(), where.state())) {
            services.put(v.name(), v.value());
        }
        Map<String, String> declared = new LinkedHashMap<>();
        for (Container.EnvVar v : where.container().env()) {
            declared.put(v.name(), expand(v.value(), declared, services));
        }
        env.putAll(declared);
        for (Container.EnvVar v : ServiceEnvironment.forContainer(where.pod(), where.container(), where.state())) {
            env.putIfAbsent(v.name(), v.value());
        }
        if (where.tty()) {
            env.put("TERM", "xterm");
        }
        env.putIfAbsent("HOME", "/root");
        return env;
    }

    /** The {@code NAME=value} lines env prints. */
    static String lines(Map<String, String> env) {
        StringBuilder b = new StringBuilder();
        env.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    /**
     * The kubelet's expansion of {@code $(NAME)} in a value (third_party/forked/golang/expansion):
     * a reference to a variable declared earlier in the container, or to a Service variable, is
     * replaced; an unknown one stays as written; {@code $$} is a literal {@code $}; a {@code $}
     * followed by anything else stays.
     */
    static String expand(String input, Map<String, String> declared, Map<String, String> services) {
        StringBuilder b = new StringBuilder();
        int checkpoint = 0;
        for (int cursor = 0; cursor < input.length(); cursor++) {
            if (input.charAt(cursor) != '$' || cursor + 1 >= input.length()) {
                continue;
            }
            b.append(input, checkpoint, cursor);
            char next = input.charAt(cursor + 1);
            int advance = 1;
            if (next == '$') {
                b.append('$');
            } else if (next == '(') {
                int close = input.indexOf(')', cursor + 2);
                if (close < 0) {
                    b.append("$(");
                } else {
                    String name = input.substring(cursor + 2, close);
                    String value = declared.containsKey(name) ? declared.get(name) : services.get(name);
                    b.append(value != null ? value : "$(" + name + ")");
                    advance = close - cursor;
                }
            } else {
                b.append('$').append(next);
            }
            cursor += advance;
            checkpoint = cursor + 1;
        }
        return b.append(input.substring(Math.min(checkpoint, input.length()))).toString();
    }
}
