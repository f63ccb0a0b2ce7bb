package io.kubetutor.ui.packets;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The busy-screen packet: a small anti-aliased dot, painted once into an image per colour. With
 * hundreds of packets the software renderer copies these images instead of rasterising a circle
 * per packet per frame. A failed packet's dot is larger and carries a white cross, so a drop reads
 * without its colour.
 */
final class DotImages {
    static final int SIZE = 16;
    static final Image REQUEST = dot(PacketNode.REQUEST, 5, Color.WHITE, false);
    static final Image REPLY = dot(PacketNode.REPLY, 5, Color.WHITE, false);
    static final Image DNS = dot(PacketNode.DNS, 5, Color.WHITE, false);
    static final Image FAILED = dot(PacketNode.FAILED, 7.5, Color.WHITE, true);
    /** On the extra hop: a thick orange rim, the busy screen's stand-in for the dashed line. */
    static final Image EXTRA_REQUEST = dot(PacketNode.REQUEST, 4.5, PacketLayer.EXTRA_HOP, false, 2.5);
    static final Image EXTRA_REPLY = dot(PacketNode.REPLY, 4.5, PacketLayer.EXTRA_HOP, false, 2.5);

    private DotImages() {
    }

    static Image dot(Color fill, double radius, Color rim, boolean cross) {
        return dot(fill, radius, rim, cross, 1);
    }

    /** A dot of {@code radius} with a rim {@code rimWidth} wide, centred in a SIZE×SIZE image. */
    static Image dot(Color fill, double radius, Color rim, boolean cross, double rimWidth) {
        WritableImage img = new WritableImage(SIZE, SIZE);
        PixelWriter w = img.getPixelWriter();
        double c = SIZE / 2.0;
        int sub = 4;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double inner = 0;
                double outer = 0;
                double mark = 0;
                for (int sy = 0; sy < sub; sy++) {
                    for (int sx = 0; sx < sub; sx++) {
                        double px = x + (sx + 0.5) / sub - c;
                        double py = y + (sy + 0.5) / sub - c;
                        double r = Math.hypot(px, py);
                        outer += r <= radius + rimWidth ? 1 : 0;
                        inner += r <= radius ? 1 : 0;
                        boolean onCross = Math.abs(Math.abs(px) - Math.abs(py)) < 1.1 && Math.abs(px) < radius * 0.5;
                        mark += cross && onCross && r <= radius ? 1 : 0;
                    }
                }
                double n = sub * sub;
                double a = outer / n;
                // The cross is cut out of the fill and shows in the rim's colour.
                double fillShare = a == 0 ? 0 : (inner - mark) / outer;
                Color px = a == 0 ? Color.TRANSPARENT : new Color(
                        fill.getRed() * fillShare + rim.getRed() * (1 - fillShare),
                        fill.getGreen() * fillShare + rim.getGreen() * (1 - fillShare),
                        fill.getBlue() * fillShare + rim.getBlue() * (1 - fillShare), a);
                w.setColor(x, y, px);
            }
        }
        return img;
    }
}
