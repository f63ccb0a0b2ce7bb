package io.kubetutor.sim.net.app;

import io.kubetutor.model.Container;
import java.util.List;
import java.util.Locale;

/**
 * The tutor's rule for "this app binds localhost only" (docs/decisions/0014-simulated-apps.md):
 *
 * <ol>
 *   <li>A bind flag on the command line: {@code --host}, {@code --bind}, {@code -b},
 *       {@code --listen}, {@code --address}, {@code --addr}, {@code --bind-address},
 *       {@code --listen-address}, {@code --ip} (each also with one dash), as {@code --flag=VALUE}
 *       or {@code --flag VALUE}, also inside a {@code sh -c} script.</li>
 *   <li>Otherwise an environment variable {@code HOST}, {@code BIND}, {@code BIND_ADDR},
 *       {@code BIND_ADDRESS}, {@code LISTEN_ADDR}, {@code LISTEN_ADDRESS}, {@code SERVER_HOST},
 *       {@code SERVER_ADDR} or {@code SERVER_ADDRESS} with a literal value.</li>
 * </ol>
 *
 * A VALUE is an address with an optional port ({@code 127.0.0.1}, {@code localhost:8080},
 * {@code [::1]:5678}, {@code :8080}, {@code tcp://127.0.0.1:80}). A value with a port speaks for
 * that port only. The last flag that speaks for the port decides; the environment counts only
 * when no flag does. The app is loopback-only when that address is {@code localhost}, an address
 * in 127.0.0.0/8, or {@code ::1}; any other address counts as all interfaces (an app bound to one
 * other address is not modelled).
 */
final class LoopbackRule {
    static final List<String> FLAGS = List.of(
            "--host", "-host", "--bind", "-bind", "-b", "--listen", "-listen", "--address", "-address",
            "--addr", "-addr", "--bind-address", "-bind-address", "--listen-address", "-listen-address",
            "--ip", "-ip");
    static final List<String> ENV = List.of(
            "HOST", "BIND", "BIND_ADDR", "BIND_ADDRESS", "LISTEN_ADDR", "LISTEN_ADDRESS",
            "SERVER_HOST", "SERVER_ADDR", "SERVER_ADDRESS");

    private LoopbackRule() {
    }

    /** Whether the app in {@code c} binds {@code port} to the loopback address only. */
    static boolean loopbackOnly(Container c, int port) {
        Boolean decided = null;
        for (Args.Flag f : Args.of(c).all(FLAGS)) {
            Address a = Address.parse(f.value());
            if (a != null && (a.port() == null || a.port() == port)) {
                decided = a.loopback();
            }
        }
        if (decided != null) {
            return decided;
        }
        for (Container.EnvVar e : c.env()) {
            if (ENV.contains(e.name()) && !e.value().isEmpty()) {
                Address a = Address.parse(e.value());
                if (a != null && (a.port() == null || a.port() == port)) {
                    decided = a.loopback();
                }
            }
        }
        return decided != null && decided;
    }

    /** A bind address: host ({@code ""} for all interfaces) and an optional port. */
    record Address(String host, Integer port) {
        static Address parse(String value) {
            String v = value.trim();
            int scheme = v.indexOf("://");
            if (scheme >= 0) {
                v = v.substring(scheme + 3);
            }
            int slash = v.indexOf('/');
            if (slash >= 0) {
                v = v.substring(0, slash);
            }
            String host = v;
            String port = null;
            if (v.startsWith("[")) {
                int close = v.indexOf(']');
                if (close < 0) {
                    return null;
                }
                host = v.substring(1, close);
                if (v.length() > close + 1 && v.charAt(close + 1) == ':') {
                    port = v.substring(close + 2);
                }
            } else if (v.indexOf(':') >= 0 && v.indexOf(':') == v.lastIndexOf(':')) {
                host = v.substring(0, v.indexOf(':'));
                port = v.substring(v.indexOf(':') + 1);
            }
            Integer p = null;
            if (port != null) {
                try {
                    p = Integer.parseInt(port);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return new Address(host.toLowerCase(Locale.ROOT), p);
        }

        boolean loopback() {
            return host.equals("localhost") || host.equals("::1") || host.startsWith("127.")
                    && host.chars().filter(ch -> ch == '.').count() == 3;
        }
    }
}
