package io.kubetutor.manifest.yaml;

import io.kubetutor.manifest.yaml.YScalar.Tag;
import io.kubetutor.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Builds one document's {@link YNode} tree from SnakeYAML's parser events, as go-yaml v2 would
 * compose and decode it, without recursion (so depth is bounded only by {@link ReadLimits}):
 * <ul>
 *   <li>scalars typed by {@link ScalarResolver}; explicit {@code !!int}, {@code !!float},
 *       {@code !!bool}, {@code !!null}, {@code !!str} and {@code !!binary} tags applied as go-yaml
 *       does, with its {@code cannot decode !!str `x` as a !!int} error;</li>
 *   <li>an alias is the node its anchor names at that point (the latest definition), shared, not
 *       copied, and counted in full towards the node limit; an unknown anchor or one whose node is
 *       still open (it would contain itself) is refused with go-yaml's words;</li>
 *   <li>merge keys ({@code <<: *base}, {@code <<: [*a, *b]}) are replaced by the merged entries at
 *       their place, applied in go-yaml v2's order (an entry written after the merge wins; of
 *       several merged maps the earlier wins), and a merged entry that a later one overrides is
 *       dropped, so a later duplicate check sees only what the user wrote twice;</li>
 *   <li>only the first document of the stream is read: go-yaml ignores what follows.</li>
 * </ul>
 * go-yaml finds unknown anchors while parsing but the other semantic errors while decoding, after
 * the whole document parsed; so those wait until the document's end, and a syntax error further
 * on wins over them, as it does in kubectl.
 */
final class TreeBuilder {
    private static final String TAG_PREFIX = "tag:yaml.org,2002:";

    private final ReadLimits limits;
    private final Function<Mark, SourcePos> positions;
    private final List<Frame> stack = new ArrayList<>();
    private final Map<String, Object> anchors = new HashMap<>();
    private final Set<YNode> mergeKeys = Collections.newSetFromMap(new IdentityHashMap<>());
    private long nodes;
    private int aliases;
    private ReadFailure decodeError;
    private YNode root;

    private TreeBuilder(ReadLimits limits, Function<Mark, SourcePos> positions) {
        this.limits = limits;
        this.positions = positions;
    }

    /** The root of the first document (null when it is empty), reading events from {@code parser}. */
    static YNode build(Parser parser, ReadLimits limits, Function<Mark, SourcePos> positions) throws ReadFailure {
        return new TreeBuilder(limits, positions).run(parser);
    }

    /** What an anchor names: a finished node, or the frame of a collection still being read. */
    private record Anchored(YNode node, long size, int height) {
    }

    private static final class Frame {
        final boolean mapping;
        final SourcePos pos;
        final String anchor;
        final long nodesAtStart;
        final List<YNode> children = new ArrayList<>();
        /** Where each child was written: for an alias, the alias (its node carries the anchor's place). */
        final List<SourcePos> childPositions = new ArrayList<>();
        int childHeight;

        Frame(boolean mapping, SourcePos pos, String anchor, long nodesAtStart) {
            this.mapping = mapping;
            this.pos = pos;
            this.anchor = anchor;
            this.nodesAtStart = nodesAtStart;
        }
    }

    private YNode run(Parser parser) throws ReadFailure {
        while (true) {
            Event e = parser.getEvent();
            switch (e.getEventId()) {
                case StreamEnd, DocumentEnd -> {
                    if (decodeError != null) {
                        throw decodeError;
                    }
                    boolean implicitNull = root instanceof YScalar s && s.tag() == Tag.NULL && s.text().isEmpty();
                    return implicitNull ? null : root;
                }
                case Scalar -> scalar((ScalarEvent) e);
                case Alias -> alias((AliasEvent) e);
                case MappingStart, SequenceStart -> open((CollectionStartEvent) e);
                case MappingEnd, SequenceEnd -> close();
                default -> {
                    // stream and document starts, comments: nothing to build
                }
            }
        }
    }

    private void scalar(ScalarEvent e) throws ReadFailure {
        SourcePos pos = positions.apply(e.getStartMark());
        checkAnchorName(e.getAnchor(), e.getStartMark(), pos);
        count(pos);
        String value = e.getValue();
        String tag = e.getTag();
        Tag type;
        if (tag == null) {
            type = e.isPlain() ? ScalarResolver.resolvePlain(value) : Tag.STR;
        } else if (tag.startsWith(TAG_PREFIX)) {
            String shortTag = tag.substring(TAG_PREFIX.length());
            if (shortTag.equals("binary")) {
                value = binary(value, pos);
                type = Tag.STR;
            } else {
                type = tagged(shortTag, value, pos);
            }
        } else {
            type = Tag.STR; // a tag go-yaml cannot resolve leaves the text as a string
        }
        YScalar node = new YScalar(value, type, pos);
        if (value.equals("<<") && ((tag == null && e.isPlain()) || (TAG_PREFIX + "merge").equals(tag))) {
            mergeKeys.add(node);
        }
        anchor(e, new Anchored(node, 1, 0));
        add(node, 0, pos);
    }

    /** go-yaml v2 resolve() with an explicit tag: the text must resolve to the tag's type. */
    private Tag tagged(String shortTag, String value, SourcePos pos) {
        Tag resolved = value.isEmpty() ? Tag.NULL : ScalarResolver.resolvePlain(value);
        Tag wanted = switch (shortTag) {
            case "str", "timestamp", "merge" -> Tag.STR;
            case "int" -> Tag.INT;
            case "float" -> Tag.FLOAT;
            case "bool" -> Tag.BOOL;
            case "null" -> Tag.NULL;
            default -> null;
        };
        if (wanted == null || wanted == Tag.STR || wanted == resolved) {
            return wanted == null ? Tag.STR : wanted;
        }
        if (wanted == Tag.FLOAT && resolved == Tag.INT) {
            return Tag.FLOAT;
        }
        decodeError(GoYamlErrors.message("cannot decode !!" + resolved.name().toLowerCase(Locale.ROOT) + " `" + value
                + "` as a !!" + shortTag), pos);
        return Tag.STR;
    }

    /** go-yaml decodes !!binary from base64 into the string of its bytes. */
    private String binary(String value, SourcePos pos) {
        try {
            return new String(Base64.getMimeDecoder().decode(value.replaceAll("\\s", "")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decodeError(GoYamlErrors.message("!!binary value contains invalid base64 data"), pos);
            return value;
        }
    }

    private void alias(AliasEvent e) throws ReadFailure {
        SourcePos pos = positions.apply(e.getStartMark());
        String name = e.getAnchor();
        checkAnchorName(name, e.getStartMark(), pos);
        Object target = anchors.get(name);
        if (target == null) {
            throw new ReadFailure(GoYamlErrors.message("unknown anchor '" + name + "' referenced"), pos);
        }
        if (target instanceof Frame) {
            decodeError(GoYamlErrors.message("anchor '" + name + "' value contains itself"), pos);
            count(pos);
            add(new YScalar("", Tag.NULL, pos), 0, pos);
            return;
        }
        Anchored a = (Anchored) target;
        if (!(a.node() instanceof YScalar) && ++aliases > limits.maxAliases()) {
            throw new ReadFailure(String.format(Locale.ROOT, "document refused: it uses more than %,d aliases to "
                    + "mappings or sequences (the limit); manifests that use anchors need a handful, and the limit "
                    + "stops alias bombs from exhausting memory", limits.maxAliases()), pos);
        }
        checkDepth(stack.size() + a.height(), pos);
        nodes += a.size();
        checkNodes(pos);
        add(a.node(), a.height(), pos);
    }

    private void open(CollectionStartEvent e) throws ReadFailure {
        SourcePos pos = positions.apply(e.getStartMark());
        checkAnchorName(e.getAnchor(), e.getStartMark(), pos);
        checkDepth(stack.size() + 1, pos);
        count(pos);
        Frame f = new Frame(e instanceof MappingStartEvent, pos, e.getAnchor(), nodes - 1);
        if (f.anchor != null) {
            anchors.put(f.anchor, f);
        }
        stack.add(f);
    }

    private void close() {
        Frame f = stack.remove(stack.size() - 1);
        YNode node = f.mapping ? new YMap(merged(f), f.pos) : new YSeq(f.children, f.pos);
        int height = f.childHeight + 1;
        if (f.anchor != null && anchors.get(f.anchor) == f) {
            // a redefinition inside the collection wins, as in go-yaml, whose anchor map the inner one overwrote
            anchors.put(f.anchor, new Anchored(node, nodes - f.nodesAtStart, height));
        }
        add(node, height, f.pos);
    }

    /**
     * libyaml takes only ASCII letters, digits, '_' and '-' in anchor and alias names; SnakeYAML takes
     * more (any letter), so those are refused here with libyaml's scanner error.
     */
    private static void checkAnchorName(String name, Mark mark, SourcePos pos) throws ReadFailure {
        if (name == null) {
            return;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
            if (!ok) {
                throw new ReadFailure(GoYamlErrors.scannerMessage(mark.getLine(),
                        "did not find expected alphabetic or numeric character"), pos);
            }
        }
    }

    private void anchor(NodeEvent e, Anchored a) {
        if (e.getAnchor() != null) {
            anchors.put(e.getAnchor(), a);
        }
    }

    private void add(YNode node, int height, SourcePos writtenAt) {
        if (stack.isEmpty()) {
            root = node;
            return;
        }
        Frame parent = stack.get(stack.size() - 1);
        parent.children.add(node);
        parent.childPositions.add(writtenAt);
        parent.childHeight = Math.max(parent.childHeight, height);
    }

    /** The entries of a mapping with merge keys replaced by what they merge (see the class comment). */
    private List<YMap.Entry> merged(Frame f) {
        List<YNode> children = f.children;
        List<YMap.Entry> entries = new ArrayList<>(children.size() / 2);
        List<Boolean> fromMerge = new ArrayList<>(children.size() / 2);
        boolean anyMerge = false;
        for (int i = 0; i + 1 < children.size(); i += 2) {
            YNode key = children.get(i);
            YNode value = children.get(i + 1);
            if (!mergeKeys.contains(key)) {
                entries.add(new YMap.Entry(key, value));
                fromMerge.add(false);
                continue;
            }
            anyMerge = true;
            List<YMap> sources = mergeSources(value, f.childPositions.get(i + 1));
            for (YMap source : sources) {
                for (YMap.Entry entry : source.entries()) {
                    entries.add(entry);
                    fromMerge.add(true);
                }
            }
        }
        if (!anyMerge) {
            return entries;
        }
        List<YMap.Entry> kept = new ArrayList<>(entries.size());
        Set<String> laterKeys = new java.util.HashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            YMap.Entry entry = entries.get(i);
            String key = entry.key() instanceof YScalar s ? s.text() : null;
            if (!fromMerge.get(i) || key == null || !laterKeys.contains(key)) {
                kept.add(entry);
            }
            if (key != null) {
                laterKeys.add(key);
            }
        }
        Collections.reverse(kept);
        return kept;
    }

    /** The maps a merge value brings, in the order go-yaml applies them (the first listed last, so it wins). */
    private List<YMap> mergeSources(YNode value, SourcePos writtenAt) {
        List<YMap> sources = new ArrayList<>();
        if (value instanceof YMap m) {
            sources.add(m);
        } else if (value instanceof YSeq seq) {
            for (int i = seq.items().size() - 1; i >= 0; i--) {
                if (seq.items().get(i) instanceof YMap m) {
                    sources.add(m);
                } else {
                    return wantMap(writtenAt);
                }
            }
        } else {
            return wantMap(writtenAt);
        }
        return sources;
    }

    private List<YMap> wantMap(SourcePos writtenAt) {
        decodeError(GoYamlErrors.message("map merge requires map or sequence of maps as the value"), writtenAt);
        return List.of();
    }

    private void decodeError(String message, SourcePos pos) {
        if (decodeError == null) {
            decodeError = new ReadFailure(message, pos);
        }
    }

    private void count(SourcePos pos) throws ReadFailure {
        nodes++;
        checkNodes(pos);
    }

    private void checkNodes(SourcePos pos) throws ReadFailure {
        if (nodes > limits.maxNodes()) {
            throw new ReadFailure(String.format(Locale.ROOT, "document refused: it expands to more than %,d nodes "
                    + "(the limit, aliases counted in full); real manifests stay far below that, and the limit "
                    + "stops alias bombs (\"billion laughs\") from exhausting memory", limits.maxNodes()), pos);
        }
    }

    private void checkDepth(int depth, SourcePos pos) throws ReadFailure {
        if (depth > limits.maxDepth()) {
            throw new ReadFailure(String.format(Locale.ROOT, "document refused: mappings and sequences nest more "
                    + "than %d levels deep here (the limit); real manifests stay under about 20, and the limit "
                    + "keeps a hostile file from exhausting the reader", limits.maxDepth()), pos);
        }
    }
}
