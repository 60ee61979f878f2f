package org.grouprise.server.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Scales upright pixels to a rendition and encodes them afresh: nothing of the uploaded file but
 * its pixels reaches the disk, so no EXIF (location, camera) or other metadata survives.
 */
final class ImageRenderer {
    private static final float JPEG_QUALITY = 0.85f;

    private ImageRenderer() {
    }

    static void render(BufferedImage upright, Rendition rendition, Path target) throws IOException {
        BufferedImage scaled = fit(upright, rendition);
        if (rendition.encoding() == Rendition.Encoding.JPEG) {
            writeJpeg(flatten(scaled), target);
        } else if (!ImageIO.write(scaled, "png", target.toFile())) {
            throw new IOException("This Java runtime has no PNG encoder");
        }
    }

    /** Covers the box and cuts off the centred rest, or scales to the width (never up) keeping the proportions. */
    private static BufferedImage fit(BufferedImage image, Rendition rendition) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (!rendition.crop()) {
            int targetWidth = Math.min(rendition.width(), width);
            int targetHeight = Math.max(1, (int) Math.round((double) height * targetWidth / width));
            return scale(image, targetWidth, targetHeight);
        }
        double factor = Math.max((double) rendition.width() / width, (double) rendition.height() / height);
        int cropWidth = Math.max(1, Math.min(width, (int) Math.round(rendition.width() / factor)));
        int cropHeight = Math.max(1, Math.min(height, (int) Math.round(rendition.height() / factor)));
        BufferedImage centre = image.getSubimage((width - cropWidth) / 2, (height - cropHeight) / 2, cropWidth,
            cropHeight);
        return scale(centre, rendition.width(), rendition.height());
    }

    /** Halves the image step by step before the last step: one bicubic step over a large factor would alias. */
    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        int currentWidth = image.getWidth();
        int currentHeight = image.getHeight();
        do {
            currentWidth = currentWidth > width ? Math.max(currentWidth / 2, width) : width;
            currentHeight = currentHeight > height ? Math.max(currentHeight / 2, height) : height;
            current = draw(current, currentWidth, currentHeight);
        } while (currentWidth != width || currentHeight != height);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** JPEG has no transparency: transparent parts become white, as on the page behind them. */
    private static BufferedImage flatten(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static void writeJpeg(BufferedImage image, Path target) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("This Java runtime has no JPEG encoder");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(target.toFile())) {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
    }
}
