package io.kubetutor.sim.workload;

import java.util.random.RandomGenerator;

/** Names the API server and the controllers give to pods they create. */
public final class PodNames {
    // SimpleNameGenerator: names are at most 63 characters, 5 of them random.
    private static final int MAX_NAME_LENGTH = 63;
    private static final int RANDOM_LENGTH = 5;
    private static final int MAX_GENERATED_BASE = MAX_NAME_LENGTH - RANDOM_LENGTH;
    private static final int DNS1123_SUBDOMAIN_MAX = 253;

    private PodNames() {
    }

    /**
     * The API server's name for an object created with {@code generateName}: the base cut to 58
     * characters, then 5 random characters from rand's alphabet ({@code web-5d4f8c7b9-x2k9p}).
     */
    public static String generated(String generateName, RandomGenerator random) {
        String base = generateName.length() > MAX_GENERATED_BASE
                ? generateName.substring(0, MAX_GENERATED_BASE) : generateName;
        StringBuilder name = new StringBuilder(base);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            name.append(PodTemplateHash.ALPHANUMS.charAt(random.nextInt(PodTemplateHash.ALPHANUMS.length())));
        }
        return name.toString();
    }

    /**
     * controller.getPodsPrefix: {@code <owner>-}, unless the dash would make the prefix an invalid
     * name (validation masks the trailing dash, so only the 253-character limit can fail).
     */
    public static String prefixFor(String controllerName) {
        String prefix = controllerName + "-";
        return prefix.length() > DNS1123_SUBDOMAIN_MAX ? controllerName : prefix;
    }
}
