package io.kubetutor.ui.packets;

import io.kubetutor.ui.playback.PacketSprite;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;

/**
 * The busy screen's packets (from {@link io.kubetutor.ui.playback.Playback#DETAIL_LIMIT} on) as
 * dot images stamped on one canvas: one node however many packets fly, so a frame costs the FX
 * thread a list of drawing commands instead of hundreds of node updates, and the renderer copies
 * small images instead of rasterising shapes. The canvas covers only the packets' bounding box.
 */
final class DotCanvas extends Canvas {
    /** Extra room when the canvas grows, so a burst spreading out does not resize it every frame. */
    private static final double SLACK = 128;
    private boolean drawn;

    DotCanvas() {
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
    }

    void draw(List<PacketSprite> sprites) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PacketSprite s : sprites) {
            minX = Math.min(minX, s.position().x());
            minY = Math.min(minY, s.position().y());
            maxX = Math.max(maxX, s.position().x());
            maxY = Math.max(maxY, s.position().y());
        }
        double half = DotImages.SIZE / 2.0;
        double left = Math.floor(minX - half);
        double top = Math.floor(minY - half);
        double w = Math.ceil(maxX + half) - left;
        double h = Math.ceil(maxY + half) - top;
        if (w > getWidth() || h > getHeight()) {
            setWidth(Math.max(getWidth(), w + SLACK));
            setHeight(Math.max(getHeight(), h + SLACK));
        }
        setLayoutX(left);
        setLayoutY(top);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        for (PacketSprite s : sprites) {
            g.drawImage(image(s), Math.round(s.position().x() - half - left), Math.round(s.position().y() - half - top));
        }
        setVisible(true);
        drawn = true;
    }

    void clear() {
        if (drawn) {
            getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
            setVisible(false);
            drawn = false;
        }
    }

    static Image image(PacketSprite s) {
        if (s.state() == PacketSprite.State.DROPPED || s.state() == PacketSprite.State.REJECTED) {
            return DotImages.FAILED;
        }
        return switch (s.kind()) {
            case REQUEST -> s.extraHop() ? DotImages.EXTRA_REQUEST : DotImages.REQUEST;
            case REPLY -> s.extraHop() ? DotImages.EXTRA_REPLY : DotImages.REPLY;
            case DNS -> DotImages.DNS;
        };
    }
}
