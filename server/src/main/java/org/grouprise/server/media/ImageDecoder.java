package org.grouprise.server.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an uploaded file into upright pixels: recognises the format by its bytes, refuses images
 * with more pixels than {@code maxPixels} before decoding them, decodes the first frame (at a
 * reduced resolution when the largest rendition needs far fewer pixels) and applies the EXIF
 * orientation, which the re-encoded renditions no longer carry.
 */
final class ImageDecoder {
    private static final Logger LOGGER = LoggerFactory.getLogger(ImageDecoder.class);

    private final long maxPixels;

    ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** Decodes the image, subsampled so that each side keeps at least twice {@code neededSide} pixels. */
    BufferedImage decode(Path file, int neededSide) {
        ImageFormat format = ImageFormat.recognise(head(file))
            .orElseThrow(() -> new ImageRejected(ImageRejected.Reason.NOT_AN_IMAGE, "unknown file signature"));
        BufferedImage pixels = readPixels(file, format, neededSide);
        return orient(pixels, orientation(file));
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ImageFormat.SIGNATURE_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload " + file, e);
        }
    }

    private BufferedImage readPixels(Path file, ImageFormat format, int neededSide) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new ImageRejected(ImageRejected.Reason.UNSUPPORTED_FORMAT, "no decoder for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkPixels(width, height);

            ImageReadParam parameters = reader.getDefaultReadParam();
            int step = Math.max(1, Math.min(width, height) / (2 * neededSide));
            parameters.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, parameters);
        } catch (ImageRejected e) {
            throw e;
        } catch (IIOException e) {
            throw unreadable(format, e);
        } catch (IOException | RuntimeException e) {
            // Broken files make some decoders throw runtime exceptions; they are as unreadable as the rest.
            throw new ImageRejected(ImageRejected.Reason.NOT_AN_IMAGE, "cannot decode the " + format + " image", e);
        } finally {
            reader.dispose();
        }
    }

    private void checkPixels(int width, int height) {
        if ((long) width * height > maxPixels) {
            throw new ImageRejected(ImageRejected.Reason.TOO_MANY_PIXELS, width + "x" + height + " pixels");
        }
    }

    /** ImageIO's JPEG decoder cannot read CMYK images, which are real images: say so rather than "no image". */
    private static ImageRejected unreadable(ImageFormat format, IIOException error) {
        String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        ImageRejected.Reason reason = message.contains("unsupported image type")
            ? ImageRejected.Reason.UNSUPPORTED_FORMAT : ImageRejected.Reason.NOT_AN_IMAGE;
        return new ImageRejected(reason, "cannot decode the " + format + " image", error);
    }

    /** The EXIF orientation (1 to 8); 1, upright, when the file has none or it cannot be read. */
    private static int orientation(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return value >= 1 && value <= 8 ? value : 1;
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
            LOGGER.debug("No readable EXIF orientation in an upload; taking it as upright", e);
            return 1;
        }
    }

    /** Turns and mirrors the pixels as the EXIF orientation says, so that the image stands upright. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return toArgb(image);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage upright = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = upright.createGraphics();
        try {
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return upright;
    }

    private static BufferedImage toArgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = copy.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return copy;
    }
}
