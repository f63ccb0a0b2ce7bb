package io.kubetutor.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Starts the app and a bare JavaFX window alternately, each in a fresh JVM with the same class path
 * and flags, and prints each one's median time to its first frame and their ratio. Needs a display
 * (Xvfb is fine). {@code java -cp target/kube-service-tutor.jar io.kubetutor.app.StartupComparison [RUNS]}
 */
public final class StartupComparison {
    private StartupComparison() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Long> app = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long[] b = run(Main.class.getName(), "--probe-bare");
            long[] a = run(Main.class.getName(), "--probe-startup");
            if (i > 0) { // the first pair warms the OS file cache
                bare.add(b[0]);
                app.add(a[0]);
                ready.add(a[1]);
            }
        }
        long mb = median(bare);
        long ma = median(app);
        System.out.printf("bare JavaFX window: median %d ms to first frame %s%n", mb, bare);
        System.out.printf("Kube Service Tutor: median %d ms to first frame %s%n", ma, app);
        System.out.printf("ratio app/bare: %.2f (goal <= 1.30)%n", (double) ma / mb);
        System.out.printf("Kube Service Tutor: median %d ms until the whole window (editor, cluster, views) is drawn %s%n",
                median(ready), ready);
    }

    /** {first frame, whole window drawn (or -1)} in ms since the JVM started. */
    private static long[] run(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dprism.order=" + System.getProperty("prism.order", "sw"),
                "-Dkubetutor.dataDir=" + System.getProperty("java.io.tmpdir") + "/kube-service-tutor-probe",
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long result = -1;
        long whole = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (line.startsWith("first-frame-ms ")) {
                    result = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                } else if (line.startsWith("window-ready-ms ")) {
                    whole = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        p.waitFor();
        if (result < 0) {
            throw new IllegalStateException(mainClass + " printed no first-frame figure (is there a display?)");
        }
        return new long[] {result, whole};
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
