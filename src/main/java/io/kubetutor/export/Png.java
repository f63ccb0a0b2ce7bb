package io.kubetutor.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A PNG encoder for the topology export: 8-bit RGBA, each row filtered with "Sub" (the left pixel
 * subtracted: a diagram's flat areas then compress to almost nothing), and a pHYs chunk saying the
 * pixels per metre, so a slide program places a 2× image at its intended size. Written here
 * because JavaFX's own image writer lives in javafx.swing, which the app does not ship.
 */
public final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** 96 dots per inch, the screen density a scale of 1 stands for. */
    private static final double SCREEN_DPI = 96;

    private Png() {
    }

    /**
     * The PNG of {@code argb} ({@code width × height} pixels, rows top to bottom, each int
     * 0xAARRGGBB as JavaFX's PixelReader gives it) drawn at {@code scale} times screen size.
     */
    public static byte[] encode(int width, int height, int[] argb, double scale) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " image needs " + (long) width * height
                    + " pixels, not " + argb.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        chunk(out, "IHDR", header);
        byte[] phys = new byte[9];
        int perMetre = (int) Math.round(SCREEN_DPI * scale / 0.0254);
        putInt(phys, 0, perMetre);
        putInt(phys, 4, perMetre);
        phys[8] = 1; // the unit is the metre
        chunk(out, "pHYs", phys);
        chunk(out, "IDAT", pixels(width, height, argb));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] pixels(int width, int height, int[] argb) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, deflater)) {
            byte[] row = new byte[1 + width * 4];
            row[0] = 1; // filter: Sub
            for (int y = 0; y < height; y++) {
                int left = 0;
                for (int x = 0; x < width; x++) {
                    int p = argb[y * width + x];
                    int i = 1 + x * 4;
                    row[i] = (byte) ((p >> 16) - (left >> 16));
                    row[i + 1] = (byte) ((p >> 8) - (left >> 8));
                    row[i + 2] = (byte) (p - left);
                    row[i + 3] = (byte) ((p >>> 24) - (left >>> 24));
                    left = p;
                }
                z.write(row);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        } finally {
            deflater.end();
        }
        return raw.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
