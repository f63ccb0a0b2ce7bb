package io.kubetutor.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG writer: what a standard decoder reads back is every pixel as given, alpha included. */
class PngTest {
    @Test
    void aStandardDecoderReadsBackEveryPixel() throws Exception {
        int w = 7;
        int h = 5;
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (i % 3 == 0 ? 0xff000000 : 0x80000000) | (i * 37 % 256) << 16 | (255 - i) << 8 | (i * 91 % 256);
        }
        byte[] png = Png.encode(w, h, argb, 2);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(Integer.toHexString(argb[y * w + x]), Integer.toHexString(img.getRGB(x, y)),
                        "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aFlatAreaCompressesToAlmostNothing() {
        int[] white = new int[1000 * 800];
        java.util.Arrays.fill(white, 0xffffffff);
        byte[] png = Png.encode(1000, 800, white, 2);
        assertEquals(true, png.length < 10_000, png.length + " bytes");
    }

    @Test
    void pixelsThatDoNotFillTheSizeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Png.encode(3, 3, new int[8], 1));
    }
}
