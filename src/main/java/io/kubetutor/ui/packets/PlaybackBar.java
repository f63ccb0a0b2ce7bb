package io.kubetutor.ui.packets;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.playback.PlaybackClock;
import io.kubetutor.ui.playback.Playback;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.shape.SVGPath;
import javafx.util.StringConverter;

/**
 * Play/pause, step back, step forward, replay, the speed and the virtual time, for the window's
 * one clock and the packet playback. Every control is a focusable button or choice box (Tab,
 * Space, arrows); the tooltips name the shortcuts the shell installs. The bar never runs a timer:
 * the shell calls {@link #refresh()} each frame and the readout follows.
 */
public final class PlaybackBar extends ToolBar {
    private final PlaybackClock clock;
    private final Playback playback;
    private final Button back = new Button();
    private final Button playPause = new Button();
    private final Button forward = new Button();
    private final Button replay = new Button();
    private final Label speedLabel = new Label();
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final Label time = new Label();
    private final SVGPath playIcon = icon(Glyphs.PLAY);
    private final SVGPath pauseIcon = icon(Glyphs.PAUSE);
    private Messages messages;
    private LongSupplier timeSource;
    private long shownTenths = Long.MIN_VALUE;
    private boolean updatingSpeed;

    public PlaybackBar(Messages messages, PlaybackClock clock, Playback playback) {
        this.messages = messages;
        this.clock = clock;
        this.playback = playback;
        this.timeSource = clock::now;
        getStyleClass().add("playback-bar");
        getStylesheets().add(PlaybackBar.class.getResource(PacketLayer.STYLESHEET).toExternalForm());
        back.setGraphic(icon(Glyphs.STEP_BACK));
        forward.setGraphic(icon(Glyphs.STEP_FORWARD));
        replay.setGraphic(icon(Glyphs.REPLAY));
        back.setId("playback-step-back");
        playPause.setId("playback-play-pause");
        forward.setId("playback-step-forward");
        replay.setId("playback-replay");
        speed.setId("playback-speed");
        time.setId("playback-time");
        time.getStyleClass().add("playback-time");
        for (Button b : new Button[] {back, playPause, forward, replay}) {
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        back.setOnAction(e -> playback.stepBack());
        forward.setOnAction(e -> playback.stepForward());
        replay.setOnAction(e -> playback.replay());
        playPause.setOnAction(e -> clock.toggle());
        speed.getItems().setAll(PlaybackClock.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : PlaybackBar.this.messages.format("playback.speed.value", speedText(s));
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.valueProperty().addListener((obs, was, now) -> {
            if (!updatingSpeed && now != null) {
                clock.setSpeed(now);
            }
        });
        speedLabel.setLabelFor(speed);
        // Words that must not be cut to "…" in a narrow centre: the bar overflows instead.
        speedLabel.setMinWidth(USE_PREF_SIZE);
        time.setMinWidth(USE_PREF_SIZE);
        getItems().addAll(back, playPause, forward, replay, new Separator(), speedLabel, speed, new Separator(), time);
        clock.addListener(this::showClock);
        relabel();
        showClock();
        refresh();
    }

    /**
     * Replaces what the step and replay buttons do (compare mode steps two playbacks in step);
     * by default they act on this bar's playback.
     */
    public void setStepActions(Runnable stepBack, Runnable stepForward, Runnable replayLast) {
        back.setOnAction(e -> stepBack.run());
        forward.setOnAction(e -> stepForward.run());
        replay.setOnAction(e -> replayLast.run());
    }

    private static SVGPath icon(String path) {
        return Glyphs.filled(path, "playback-icon");
    }

    /** "0.25", "0.5", "1", "2", "4". */
    static String speedText(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    /** Shows the clock's play state and speed (also after the shell's shortcuts changed them). */
    private void showClock() {
        boolean playing = clock.isPlaying();
        playPause.setGraphic(playing ? pauseIcon : playIcon);
        String key = playing ? "pause" : "play";
        playPause.setText(messages.text("playback." + key));
        playPause.setAccessibleText(messages.text("playback." + key));
        playPause.setTooltip(new Tooltip(messages.text("playback.tooltip." + key)));
        updatingSpeed = true;
        speed.setValue(clock.speed());
        updatingSpeed = false;
    }

    private void relabel() {
        label(back, "stepBack");
        label(forward, "stepForward");
        label(replay, "replay");
        speedLabel.setText(messages.text("playback.speed"));
        speed.setTooltip(new Tooltip(messages.text("playback.tooltip.speed")));
        speed.setAccessibleText(messages.text("playback.speed"));
        time.setTooltip(new Tooltip(messages.text("playback.time.tooltip")));
        setAccessibleText(messages.text("playback.bar"));
        // The choice box caches item texts; resetting the items redraws them in the new language.
        updatingSpeed = true;
        speed.getItems().setAll(PlaybackClock.SPEEDS);
        speed.setValue(clock.speed());
        updatingSpeed = false;
    }

    private void label(Button b, String key) {
        b.setText(messages.text("playback." + key));
        b.setAccessibleText(messages.text("playback." + key));
        b.setTooltip(new Tooltip(messages.text("playback.tooltip." + key)));
    }

    /**
     * The keys the tooltips promise: Space play/pause, ← → step, R replay, + and - speed (also the
     * keypad's and the unshifted = key). The shell installs them where they cannot steal a key
     * from the editor or the console, e.g. {@code scene.getAccelerators().putAll(bar.shortcuts())}
     * only while the topology has the focus.
     */
    public Map<KeyCombination, Runnable> shortcuts() {
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(new KeyCodeCombination(KeyCode.SPACE), clock::toggle);
        keys.put(new KeyCodeCombination(KeyCode.LEFT), playback::stepBack);
        keys.put(new KeyCodeCombination(KeyCode.RIGHT), playback::stepForward);
        keys.put(new KeyCodeCombination(KeyCode.R), playback::replay);
        for (KeyCode k : new KeyCode[] {KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS}) {
            keys.put(new KeyCodeCombination(k), clock::faster);
        }
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY), clock::faster);
        for (KeyCode k : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            keys.put(new KeyCodeCombination(k), clock::slower);
        }
        return keys;
    }

    /** Where the readout's time comes from; by default the playback clock's own virtual time. */
    public void setTimeSource(LongSupplier virtualMillis) {
        timeSource = virtualMillis == null ? clock::now : virtualMillis;
        refresh();
    }

    /** Updates the time readout; cheap when the shown tenth of a second has not changed. */
    public void refresh() {
        long tenths = Math.floorDiv(timeSource.getAsLong(), 100);
        if (tenths != shownTenths) {
            shownTenths = tenths;
            time.setText(messages.format("playback.time",
                    String.format(Locale.ROOT, "%d.%d", tenths / 10, Math.abs(tenths % 10))));
        }
    }

    public void setMessages(Messages m) {
        messages = m;
        relabel();
        showClock();
        shownTenths = Long.MIN_VALUE;
        refresh();
    }

    /** The time as the readout shows it. */
    public String timeText() {
        return time.getText();
    }
}
