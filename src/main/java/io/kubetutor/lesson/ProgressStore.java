package io.kubetutor.lesson;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lesson progress kept in {@code progress.properties} in a folder (the app's data folder), so it
 * survives restarts. Every change is written at once, atomically (a temporary file moved over the
 * old one), so a crash leaves the old file or the new one, never half of one. A file that cannot be
 * read is set aside as {@code progress.properties.corrupt-N} and the store starts empty: a damaged
 * file never stops the app from starting.
 *
 * <pre>
 * format=1
 * lesson.why-services.current=3
 * lesson.why-services.completed=0,1,2
 * lesson.why-services.predictions=2:right,4:wrong
 * lesson.why-services.updated=2025-03-04T09:15:30Z
 * </pre>
 *
 * {@code updated} is when the lesson's progress last changed (a teacher's progress export shows it);
 * files written before it existed have none.
 */
public final class ProgressStore {
    public static final String FILE = "progress.properties";
    private static final Pattern KEY = Pattern.compile("lesson\\.([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\.(current|completed|predictions|updated)");
    private static final Pattern STEPS = Pattern.compile("|[0-9]{1,4}(,[0-9]{1,4})*");
    private static final Pattern PREDICTIONS = Pattern.compile("|[0-9]{1,4}:(right|wrong)(,[0-9]{1,4}:(right|wrong))*");

    private final Path folder;
    private final Map<String, LessonProgress> lessons = new TreeMap<>();
    private final Map<String, Instant> updated = new HashMap<>();
    private final Path setAside;
    private final Clock clock;

    private ProgressStore(Path folder, Path setAside, Clock clock) {
        this.folder = folder;
        this.setAside = setAside;
        this.clock = clock;
    }

    /** Opens the progress kept in {@code folder}; never fails for what the file holds. */
    public static ProgressStore open(Path folder) {
        return open(folder, Clock.systemUTC());
    }

    /** The same, with {@code clock} giving the time a lesson's progress changed. */
    public static ProgressStore open(Path folder, Clock clock) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return new ProgressStore(folder, null, clock);
        }
        Map<String, LessonProgress> read;
        Map<String, Instant> times = new HashMap<>();
        try {
            read = parse(readUtf8(file), times);
        } catch (IOException e) {
            read = null;
        }
        if (read != null) {
            ProgressStore s = new ProgressStore(folder, null, clock);
            s.lessons.putAll(read);
            s.updated.putAll(times);
            return s;
        }
        return new ProgressStore(folder, putAside(file), clock);
    }

    /** When the lesson's progress last changed, if known. */
    public synchronized Optional<Instant> updated(String lessonId) {
        return Optional.ofNullable(updated.get(lessonId));
    }

    /** Where an unreadable file was moved when the store opened, if it was. */
    public Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    public synchronized LessonProgress get(String lessonId) {
        return lessons.getOrDefault(lessonId, LessonProgress.NONE);
    }

    /** Marks a step done and saves. */
    public synchronized void completeStep(String lessonId, int step) throws IOException {
        LessonProgress p = get(lessonId);
        Set<Integer> done = new HashSet<>(p.completedSteps());
        done.add(step);
        put(lessonId, new LessonProgress(done, p.currentStep(), p.predictions()));
    }

    /** Remembers the step the learner is on and saves. */
    public synchronized void setCurrentStep(String lessonId, int step) throws IOException {
        LessonProgress p = get(lessonId);
        put(lessonId, new LessonProgress(p.completedSteps(), step, p.predictions()));
    }

    /**
     * Scores a step's prediction; only the first answer of a step counts (trying again after seeing
     * the packet is learning, not predicting). Returns whether this answer was counted.
     */
    public synchronized boolean recordPrediction(String lessonId, int step, boolean right) throws IOException {
        LessonProgress p = get(lessonId);
        if (p.predictions().containsKey(step)) {
            return false;
        }
        Map<Integer, Boolean> scored = new HashMap<>(p.predictions());
        scored.put(step, right);
        put(lessonId, new LessonProgress(p.completedSteps(), p.currentStep(), scored));
        return true;
    }

    /** Forgets a lesson's progress (start it over) and saves. */
    public synchronized void reset(String lessonId) throws IOException {
        lessons.remove(lessonId);
        updated.remove(lessonId);
        save();
    }

    private void put(String lessonId, LessonProgress p) throws IOException {
        lessons.put(lessonId, p);
        updated.put(lessonId, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        save();
    }

    private void save() throws IOException {
        StringBuilder b = new StringBuilder("# Kube Service Tutor: lesson progress (steps counted from 0)\nformat=1\n");
        for (Map.Entry<String, LessonProgress> e : lessons.entrySet()) {
            LessonProgress p = e.getValue();
            String key = "lesson." + e.getKey() + ".";
            b.append(key).append("current=").append(p.currentStep()).append('\n');
            b.append(key).append("completed=").append(String.join(",", p.completedSteps().stream()
                    .map(String::valueOf).toList())).append('\n');
            b.append(key).append("predictions=").append(String.join(",", p.predictions().entrySet().stream()
                    .map(x -> x.getKey() + ":" + (x.getValue() ? "right" : "wrong")).toList())).append('\n');
            if (updated.containsKey(e.getKey())) {
                b.append(key).append("updated=").append(updated.get(e.getKey())).append('\n');
            }
        }
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, FILE + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String readUtf8(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    /** The lessons a file holds, or null when it is not a progress file this version can read. */
    static Map<String, LessonProgress> parse(String text) {
        return parse(text, new HashMap<>());
    }

    /**
     * The same, putting each lesson's {@code updated} time into {@code times}; an unreadable time is
     * left out rather than costing the learner their progress.
     */
    static Map<String, LessonProgress> parse(String text, Map<String, Instant> times) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (!"1".equals(props.getProperty("format"))) {
            return null;
        }
        Map<String, Map<String, String>> byLesson = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.equals("format")) {
                continue;
            }
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                return null;
            }
            byLesson.computeIfAbsent(m.group(1), k -> new HashMap<>()).put(m.group(3), props.getProperty(key).strip());
        }
        Map<String, LessonProgress> out = new TreeMap<>();
        for (Map.Entry<String, Map<String, String>> e : byLesson.entrySet()) {
            String current = e.getValue().getOrDefault("current", "0");
            String completed = e.getValue().getOrDefault("completed", "");
            String predictions = e.getValue().getOrDefault("predictions", "");
            try {
                String time = e.getValue().get("updated");
                if (time != null && !time.isEmpty()) {
                    times.put(e.getKey(), Instant.parse(time));
                }
            } catch (DateTimeParseException bad) {
                // progress without its time is still progress
            }
            if (!current.matches("[0-9]{1,4}") || !STEPS.matcher(completed).matches()
                    || !PREDICTIONS.matcher(predictions).matches()) {
                return null;
            }
            Set<Integer> done = new HashSet<>();
            for (String s : completed.isEmpty() ? new String[0] : completed.split(",")) {
                done.add(Integer.parseInt(s));
            }
            Map<Integer, Boolean> scored = new HashMap<>();
            for (String s : predictions.isEmpty() ? new String[0] : predictions.split(",")) {
                String[] kv = s.split(":");
                scored.put(Integer.parseInt(kv[0]), kv[1].equals("right"));
            }
            out.put(e.getKey(), new LessonProgress(done, Integer.parseInt(current), scored));
        }
        return out;
    }

    /** Moves an unreadable file out of the way (keeping it for a look), returning where it went. */
    private static Path putAside(Path file) {
        for (int n = 1; n < 1000; n++) {
            Path target = file.resolveSibling(FILE + ".corrupt-" + n);
            if (!Files.exists(target)) {
                try {
                    Files.move(file, target);
                    return target;
                } catch (IOException e) {
                    break;
                }
            }
        }
        try {
            // Cannot keep it: delete it rather than fail to start, or read it again next time.
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The next save replaces it atomically anyway.
        }
        return null;
    }
}
