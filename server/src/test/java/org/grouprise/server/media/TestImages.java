package org.grouprise.server.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in the test: encoded by ImageIO, or put together byte by byte where ImageIO would not. */
public final class TestImages {

    private TestImages() {
    }

    /** A picture whose left half is red and right half blue, so that a turn shows in the pixels. */
    public static BufferedImage halves(int width, int height, boolean transparentCorner) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        if (transparentCorner) {
            for (int x = 0; x < width / 4; x++) {
                for (int y = 0; y < height / 4; y++) {
                    image.setRGB(x, y, 0);
                }
            }
        }
        return image;
    }

    public static byte[] png(int width, int height) {
        return encode(halves(width, height, true), "png");
    }

    public static byte[] jpeg(int width, int height) {
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(halves(width, height, false), 0, 0, null);
        graphics.dispose();
        return encode(rgb, "jpeg");
    }

    public static byte[] gif(int width, int height) {
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D graphics = indexed.createGraphics();
        graphics.drawImage(halves(width, height, false), 0, 0, null);
        graphics.dispose();
        return encode(indexed, "gif");
    }

    /** A JPEG with an EXIF APP1 segment after its JFIF header that says "turn 90 degrees clockwise" (6). */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
        int insertAt = 4 + app0Length;
        byte[] exif = exifSegment(orientation);
        ByteBuffer result = ByteBuffer.allocate(jpeg.length + exif.length);
        result.put(jpeg, 0, insertAt).put(exif).put(jpeg, insertAt, jpeg.length - insertAt);
        return result.array();
    }

    private static byte[] exifSegment(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer segment = ByteBuffer.allocate(4 + header.length + tiff.capacity());
        segment.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + header.length + tiff.capacity()));
        segment.put(header).put(tiff.array());
        return segment.array();
    }

    /**
     * A PNG whose header claims the given size over a few bytes of data: a decompression bomb as far as
     * a reader that trusts the header is concerned.
     */
    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
