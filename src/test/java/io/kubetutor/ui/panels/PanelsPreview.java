package io.kubetutor.ui.panels;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.Fixtures;
import io.kubetutor.session.HopRef;
import io.kubetutor.session.SessionState;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * A throwaway window for looking at the panels with real data (run under Xvfb and screenshot):
 * {@code PanelsPreview light|dark en|ko WIDTH HEIGHT TAB [selectHop]}.
 */
public class PanelsPreview {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window; a nested class so the launcher itself is not an Application (no module path needed). */
    public static class App extends Application {

    @Override
    public void start(Stage stage) {
        List<String> a = getParameters().getRaw();
        boolean dark = a.size() > 0 && a.get(0).equals("dark");
        Messages m = Messages.of(a.size() > 1 && a.get(1).equals("ko") ? Locale.KOREAN : Locale.ENGLISH);
        int w = a.size() > 2 ? Integer.parseInt(a.get(2)) : 380;
        int h = a.size() > 3 ? Integer.parseInt(a.get(3)) : 600;
        int tab = a.size() > 4 ? Integer.parseInt(a.get(4)) : 0;
        int hop = a.size() > 5 ? Integer.parseInt(a.get(5)) : 1;
        Fonts.load();
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());

        EndpointsPane endpoints = new EndpointsPane(m);
        EventLogPane log = new EventLogPane(m);
        PacketDetailsPane details = new PacketDetailsPane(m);
        WhyThisPodPane why = new WhyThisPodPane(m);
        BurstChart burst = new BurstChart(m);
        log.selectedHopProperty().addListener((o, x, ref) -> {
            if (ref != null) {
                details.show(ref);
                why.show(ref.trace());
            }
        });

        Fixtures f = Fixtures.with(Fixtures.SPLIT + "---\n" + Fixtures.WEB
                + "---\n" + Fixtures.ODD_SERVICES);
        f.kubectl("delete", "pod", f.pods("web-a").get(0).metadata().name());
        f.session.advanceBy(4_000);
        f.session.setAppAnswers("default", f.pods("web-b").get(0).metadata().name(), false);
        f.session.advanceBy(20_000);
        f.send("laptop", "http://192.168.1.3:30080/");
        f.send("laptop", "http://192.168.1.2:30091/");
        f.send("laptop", "http://192.168.1.2:30090/");
        f.send(f.pods("web-a").get(0).metadata().name(), "http://web/", RequestKind.CURL);
        f.session.burst("laptop", "http://192.168.1.2:30090/", RequestKind.CURL, 300, true);
        f.kubectl("delete", "pod", f.pods("web-").get(2).metadata().name());
        for (SessionState s : f.states) {
            endpoints.show(s);
            log.show(s);
            details.show(s);
            why.show(s);
            burst.show(s);
        }
        int which = a.size() > 6 ? Integer.parseInt(a.get(6)) : 0;
        Trace first = f.states.stream().flatMap(s -> s.newTraces().stream()).skip(which).findFirst().orElseThrow();
        log.select(new HopRef(first, Math.min(hop, first.hops().size() - 1)));
        details.show(new HopRef(first, Math.min(hop, first.hops().size() - 1)));
        why.show(first);

        TabPane tabs = new TabPane(new Tab("Endpoints", endpoints), new Tab("Log", log), new Tab("Packet", details),
                new Tab("Why", why), new Tab("Burst", burst));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(tab);
        stage.setScene(new Scene(tabs, w, h));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        if (a.contains("exit")) {
            Platform.exit();
        }
    }
    }
}
