package io.kubetutor.ui.editor;

import io.kubetutor.ui.editor.StyleRuns.Run;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.Subscription;

/**
 * Colours the editor's text off the FX thread. A short pause after typing (or a change of
 * problems or of the find query) snapshots the text and queues a job on the editor's own daemon
 * thread; the job tokenizes, places the underlines and find matches, and merges them into style
 * runs. Back on the FX thread the result is used only if the text has not changed meanwhile
 * (a newer job is then on its way), and only the runs that differ are set.
 */
final class BackgroundStyler {
    /** What the styles were computed from and what they came to. */
    record Result(long version, String query, boolean matchCase, List<Run> runs, List<Mark> marks, List<TextSearch.Match> matches) {
    }

    private record Job(long version, String text, List<Problem> problems, String query, boolean matchCase) {
    }

    private static final Duration PAUSE = Duration.ofMillis(60);
    /** Characters restyled per pulse (a few tens of milliseconds of work). */
    private static final int SLICE = 256 * 1024;

    private final CodeArea area;
    private final ExecutorService worker;
    private final AtomicReference<Job> pending = new AtomicReference<>();
    private final Subscription subscriptions;
    private final DirtyRange dirty = new DirtyRange();
    private final Consumer<Result> onStyled;
    private long version;
    private List<Problem> problems = List.of();
    private String query = "";
    private boolean matchCase;
    private List<Run> appliedRuns = List.of();
    private Result last;

    BackgroundStyler(CodeArea area, Consumer<Result> onStyled) {
        this.area = area;
        this.onStyled = onStyled;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "yaml-editor-styles");
            t.setDaemon(true);
            return t;
        });
        Subscription edits = area.plainTextChanges().subscribe(ch -> {
            version++;
            dirty.edit(ch.getPosition(), ch.getRemoved().length(), ch.getInserted().length());
        });
        Subscription pauses = area.multiPlainChanges().successionEnds(PAUSE).subscribe(changes -> request());
        subscriptions = edits.and(pauses);
    }

    void setProblems(List<Problem> problems) {
        this.problems = List.copyOf(problems);
        request();
    }

    void setQuery(String query, boolean matchCase) {
        String q = query == null ? "" : query;
        if (!q.equals(this.query) || matchCase != this.matchCase) {
            this.query = q;
            this.matchCase = matchCase;
            request();
        }
    }

    /** The latest result, or null before the first; it may lag the text by one pause. */
    Result last() {
        return last;
    }

    /** True when the latest result describes the text as it is now. */
    boolean current() {
        return last != null && last.version() == version;
    }

    /** Queues a job for the text as it is now; jobs queued before it are dropped. */
    void request() {
        Job job = new Job(version, area.getText(), problems, query, matchCase);
        if (pending.getAndSet(job) == null && !worker.isShutdown()) {
            worker.execute(this::work);
        }
    }

    private void work() {
        Job job = pending.getAndSet(null);
        if (job == null) {
            return;
        }
        Result result;
        try {
            result = compute(job);
        } catch (RuntimeException | StackOverflowError e) {
            return; // no colours is better than a broken editor; the next edit tries again
        }
        Platform.runLater(() -> apply(result));
    }

    static Result compute(long version, String text, List<Problem> problems, String query, boolean matchCase) {
        List<YamlSpan> spans = YamlTokenizer.tokenize(text);
        List<Mark> marks = ProblemMarks.of(text, new LineIndex(text), spans, problems);
        List<TextSearch.Match> matches = TextSearch.find(text, query, matchCase);
        List<Overlay> overlays = new ArrayList<>(marks.size() + matches.size());
        for (Mark m : marks) {
            overlays.add(new Overlay(m.start(), m.end(), m.problem().styleClass()));
        }
        for (TextSearch.Match m : matches) {
            overlays.add(new Overlay(m.start(), m.end(), "find-match"));
        }
        return new Result(version, query, matchCase, StyleRuns.of(text.length(), spans, overlays), marks, matches);
    }

    private static Result compute(Job job) {
        return compute(job.version(), job.text(), job.problems(), job.query(), job.matchCase());
    }

    private void apply(Result result) {
        if (result.version() != version || worker.isShutdown()) {
            return; // the text changed after the snapshot: the pause after that change brings a newer job
        }
        StyleWindow window = StyleWindow.between(appliedRuns, result.runs(), dirty);
        dirty.clear();
        if (window == null || window.runs().isEmpty()) {
            finish(result);
            return;
        }
        // Styles not yet known to be in the area: if a later slice is abandoned, the next result
        // compares against nothing and restyles everything (in slices again).
        appliedRuns = List.of();
        applySlices(result, window.from(), window.runs(), 0);
    }

    /**
     * Sets the window's styles a slice at a time, one slice per pulse, so a 100,000-line text
     * does not hold the FX thread for its whole restyling at once.
     */
    private void applySlices(Result result, int from, List<Run> runs, int firstRun) {
        if (result.version() != version || worker.isShutdown()) {
            return; // edited meanwhile: a newer result restyles from scratch
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int length = 0;
        int next = firstRun;
        while (next < runs.size() && (length < SLICE || next == firstRun)) {
            Run r = runs.get(next++);
            spans.add(r.classes(), r.length());
            length += r.length();
        }
        area.setStyleSpans(from, spans.create());
        if (next < runs.size()) {
            int nextFrom = from + length;
            int nextRun = next;
            Platform.runLater(() -> applySlices(result, nextFrom, runs, nextRun));
        } else {
            finish(result);
        }
    }

    private void finish(Result result) {
        appliedRuns = result.runs();
        last = result;
        onStyled.accept(result);
    }

    void dispose() {
        subscriptions.unsubscribe();
        worker.shutdownNow();
    }
}
