package org.openspacemakers.marketplace.catalog.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openspacemakers.marketplace.catalog.photo.AcceptedPhoto.Thumbnail;
import org.openspacemakers.marketplace.catalog.photo.PhotoRefused.Reason;

/**
 * Checks an uploaded board photo and makes its thumbnail, with the JDK's image I/O only (no
 * display needed: it runs on a headless server).
 *
 * <p>The checks run from the cheapest to the dearest, and nothing is decoded before the previous
 * checks pass: the size of the upload ({@value #MAX_BYTES} bytes at most); the format, from the
 * content's first bytes, never from a file name or a declared type (JPEG or PNG only); the
 * dimensions, from the image header ({@value #MAX_SIDE} pixels a side and {@value #MAX_PIXELS}
 * pixels at most, which stops decompression bombs); then the pixels themselves, and a JPEG the
 * decoder reports as damaged or truncated is refused.
 *
 * <p>The thumbnail fits in {@value #THUMBNAIL_BOX}×{@value #THUMBNAIL_BOX} pixels and keeps the
 * aspect ratio (a smaller photo keeps its size: it is never enlarged); transparency is painted on
 * white. It is a fresh JPEG encoding, so it carries none of the original's metadata (camera, GPS
 * position...). The original's bytes are not changed: they still carry their metadata. A photo
 * whose pixels would take more than {@value #DECODE_BUDGET_BYTES} bytes once decoded is decoded at
 * a reduced resolution (one pixel in 2 or 3 each way, still far above the thumbnail's), which
 * bounds the memory a check needs whatever the upload; a 12-megapixel photo is decoded whole.
 *
 * <p>EXIF orientation is not applied: a photo its camera stored sideways gives a sideways thumbnail.
 * Instances are stateless and thread-safe.
 */
public final class PhotoIntake {

    /** The largest upload accepted: 5 MiB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The widest and tallest image accepted, in pixels. */
    public static final int MAX_SIDE = 8000;
    /** The most pixels an image may have: 40 megapixels. */
    public static final long MAX_PIXELS = 40_000_000;
    /** The thumbnail fits in a square of this side, in pixels. */
    public static final int THUMBNAIL_BOX = 480;
    /** The large rendition, for wide screens and high pixel densities, fits in a square of this side. */
    public static final int LARGE_BOX = 1600;

    private static final float THUMBNAIL_QUALITY = 0.85f;
    /** Decoded pixels may take this many bytes at most; larger images are decoded subsampled. */
    private static final long DECODE_BUDGET_BYTES = 48L * 1024 * 1024;
    private static final String UNREADABLE = "invalid.photo.damaged";

    /** The formats accepted, recognised by the bytes they start with. */
    private enum Format {
        JPEG("image/jpeg", "jpeg", 0xFF, 0xD8, 0xFF),
        PNG("image/png", "png", 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');

        private final String contentType;
        private final String imageIoName;
        private final byte[] magic;

        Format(String contentType, String imageIoName, int... magic) {
            this.contentType = contentType;
            this.imageIoName = imageIoName;
            this.magic = new byte[magic.length];
            for (int i = 0; i < magic.length; i++) {
                this.magic[i] = (byte) magic[i];
            }
        }

        static Format of(byte[] content) {
            for (Format format : values()) {
                if (content.length >= format.magic.length
                        && Arrays.equals(content, 0, format.magic.length, format.magic, 0, format.magic.length)) {
                    return format;
                }
            }
            throw new PhotoRefused(Reason.NOT_JPEG_OR_PNG, "invalid.photo.type");
        }

        ImageReader newReader() {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(imageIoName);
            if (!readers.hasNext()) {
                throw new IllegalStateException("this Java runtime cannot read " + imageIoName);
            }
            return readers.next();
        }
    }

    /**
     * Checks an upload and makes its thumbnail.
     *
     * @param upload the uploaded bytes, as received
     * @return the original's format and size, and the thumbnail
     * @throws PhotoRefused if the upload is too large, not a JPEG or PNG, too many pixels, or damaged
     */
    public AcceptedPhoto accept(byte[] upload) {
        Objects.requireNonNull(upload, "upload");
        if (upload.length > MAX_BYTES) {
            throw new PhotoRefused(Reason.TOO_LARGE, "invalid.photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        Format format = Format.of(upload);
        ImageReader reader = format.newReader();
        List<String> damage = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> damage.add(warning));
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            Size size = header(reader);
            refuseTooManyPixels(size.width(), size.height());
            BufferedImage decoded = decode(reader, subsampling(reader, size));
            if (!damage.isEmpty()) {
                throw new PhotoRefused(Reason.UNREADABLE, UNREADABLE);
            }
            return new AcceptedPhoto(format.contentType, size.width(), size.height(),
                    renditionOf(decoded, size.width(), size.height(), THUMBNAIL_BOX),
                    renditionOf(decoded, size.width(), size.height(), LARGE_BOX));
        } catch (IOException e) {
            throw new UncheckedIOException("closing an in-memory image stream failed", e);
        } finally {
            reader.dispose();
        }
    }

    private record Size(int width, int height) {
    }

    /** Reads the image's size from its header, without decoding any pixel. */
    private static Size header(ImageReader reader) {
        try {
            return new Size(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw new PhotoRefused(Reason.UNREADABLE, UNREADABLE);
        }
    }

    private static void refuseTooManyPixels(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new PhotoRefused(Reason.TOO_MANY_PIXELS, "invalid.photo.dimensions", width, height, MAX_SIDE);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new PhotoRefused(Reason.TOO_MANY_PIXELS, "invalid.photo.megapixels", width, height,
                    MAX_PIXELS / 1_000_000);
        }
    }

    /** Keeps one pixel in {@code step} each way, so that the decoded image fits the decoding budget. */
    private static int subsampling(ImageReader reader, Size size) {
        double bytes = (double) size.width() * size.height() * bytesPerPixel(reader);
        return Math.max(1, (int) Math.ceil(Math.sqrt(bytes / DECODE_BUDGET_BYTES)));
    }

    private static int bytesPerPixel(ImageReader reader) {
        try {
            int bits = IntStream.of(reader.getImageTypes(0).next().getSampleModel().getSampleSize()).sum();
            return Math.max(1, (bits + 7) / 8);
        } catch (IOException | RuntimeException e) {
            throw new PhotoRefused(Reason.UNREADABLE, UNREADABLE);
        }
    }

    private static BufferedImage decode(ImageReader reader, int step) {
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        try {
            return reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw new PhotoRefused(Reason.UNREADABLE, UNREADABLE);
        }
    }

    /**
     * The image fitted in a square of {@code box} pixels (never enlarged), as a JPEG without metadata.
     * Should a subsampled decode be smaller than the box, its last step draws it at the size anyway.
     */
    private static Thumbnail renditionOf(BufferedImage decoded, int originalWidth, int originalHeight, int box) {
        int width = fitted(originalWidth, originalHeight, box);
        int height = fitted(originalHeight, originalWidth, box);

        // Halving steps, then the last one: one big bicubic step would skip most source pixels.
        BufferedImage current = decoded;
        do {
            current = redraw(current, Math.max(width, current.getWidth() / 2), Math.max(height, current.getHeight() / 2));
        } while (current.getWidth() != width || current.getHeight() != height);
        return new Thumbnail(jpeg(current), width, height);
    }

    /** One side of an image of {@code side} × {@code other} pixels fitted in a square of {@code box}, never enlarged. */
    public static int fitted(int side, int other, int box) {
        double scale = Math.min(1, box / (double) Math.max(side, other));
        return Math.max(1, (int) Math.round(side * scale));
    }

    /** Draws the image at the given size, opaque (on white) and in plain RGB whatever its original type. */
    private static BufferedImage redraw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(THUMBNAIL_QUALITY);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a thumbnail in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
