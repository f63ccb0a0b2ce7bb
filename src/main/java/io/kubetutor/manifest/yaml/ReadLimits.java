package io.kubetutor.manifest.yaml;

/**
 * Limits that keep hostile or accidental input (a pasted binary, an alias bomb, a 10,000-level
 * nesting) from freezing the editor or exhausting memory. Each one is far above what a real
 * manifest needs, and each refusal is a located diagnostic that names the limit.
 *
 * @param maxBytes   the largest text read at all, in UTF-8 bytes: 3 MiB (3,145,728), the
 *                   kube-apiserver's own limit on a request body ({@code Request entity too large:
 *                   limit is 3145728}), so nothing larger could ever be applied to a real cluster.
 *                   Checked before anything is parsed.
 * @param maxDepth   how deeply mappings and sequences may nest, counted from the document root and
 *                   including what aliases bring in: 100. Real manifests stay under about 20 levels
 *                   (a Deployment's container port sits 8 levels deep); the limit exists so a
 *                   {@code [[[[...]]]]} or {@code - - - - ...} of 10,000 levels is refused at once
 *                   instead of overflowing a stack in the reader or in whatever walks the tree later.
 * @param maxNodes   how many nodes one document may expand to, counting every scalar, mapping and
 *                   sequence and every copy an alias makes: 250,000. No Kubernetes object can be
 *                   larger than etcd's 1.5 MiB request limit, which at the 15 or more bytes of JSON a
 *                   typical node takes is about 100,000 nodes; the margin leaves room for dense lists.
 *                   A "billion laughs" alias bomb would expand to 10^9 nodes and is refused as soon as
 *                   the count passes the limit, without building anything (aliases share the nodes
 *                   they point at rather than copying them).
 * @param maxAliases how many aliases to mappings or sequences one document may use: 1,000 (the role
 *                   of SnakeYAML's {@code LoaderOptions.setMaxAliasesForCollections}). Manifests that
 *                   use anchors at all use a handful; an alias bomb needs many.
 * @param maxDocuments how many documents one text may hold: 20,000. A whole Helm chart rendered
 *                   into one file holds a few hundred, and a generated cluster of 1,000 Services and
 *                   10,000 Pods 11,000; each document is parsed on its own, so a text of hundreds of
 *                   thousands of tiny documents would keep the reader busy for seconds (300,000 took 1.5 s).
 *                   Checked after splitting, before any document is parsed.
 * @param maxLineLength how long one line may be, in characters: 1 MiB (1,048,576). A ConfigMap holds
 *                   at most 1 MiB in all and a Service's annotations 256 KiB, so no real value needs more;
 *                   the YAML scanner slows down sharply on one enormous token (about 0.9 s for a 3 MiB
 *                   plain scalar, 0.2 s at 1 MiB), so a longer line is refused before parsing.
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxNodes, int maxAliases, int maxDocuments,
                         int maxLineLength) {

    public static final ReadLimits DEFAULT = new ReadLimits(3L * 1024 * 1024, 100, 250_000, 1_000, 20_000,
            1024 * 1024);

    public ReadLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxNodes < 1 || maxAliases < 0 || maxDocuments < 1 || maxLineLength < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxDepth + ", "
                    + maxNodes + ", " + maxAliases + ", " + maxDocuments + ", " + maxLineLength);
        }
    }
}
