package org.openspacemakers.marketplace.catalog.photo;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.catalog.photo.PhotoRefused.Reason;

class PhotoIntakeTest {

    private final PhotoIntake intake = new PhotoIntake();

    @Test
    void acceptsASmallJpegAndNeverEnlargesIt() {
        AcceptedPhoto photo = intake.accept(jpeg(200, 100));

        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.width()).isEqualTo(200);
        assertThat(photo.height()).isEqualTo(100);
        assertThat(photo.thumbnail().width()).isEqualTo(200);
        assertThat(photo.thumbnail().height()).isEqualTo(100);
        assertDecodesAsJpegOf(photo.thumbnail(), 200, 100);
        assertThat(photo.large()).isEqualTo(photo.thumbnail());
    }

    @Test
    void scalesALargeLandscapeJpegToFitTheBoxKeepingItsAspect() {
        AcceptedPhoto photo = intake.accept(jpeg(4000, 3000));

        assertThat(photo.width()).isEqualTo(4000);
        assertThat(photo.height()).isEqualTo(3000);
        assertDecodesAsJpegOf(photo.thumbnail(), 480, 360);
        assertDecodesAsJpegOf(photo.large(), 1600, 1200);
    }

    @Test
    void scalesAVeryLargeJpegThatMustBeDecodedSubsampled() {
        AcceptedPhoto photo = intake.accept(jpeg(7000, 5000));

        assertThat(photo.width()).isEqualTo(7000);
        assertThat(photo.height()).isEqualTo(5000);
        assertDecodesAsJpegOf(photo.thumbnail(), 480, 343);
        assertDecodesAsJpegOf(photo.large(), 1600, 1143);
        BufferedImage thumbnail = decode(photo.thumbnail().jpeg());
        Color topRight = new Color(thumbnail.getRGB(475, 4));
        Color bottomLeft = new Color(thumbnail.getRGB(4, 338));
        assertThat(topRight.getRed()).isGreaterThan(230);
        assertThat(topRight.getGreen()).isLessThan(25);
        assertThat(bottomLeft.getRed()).isLessThan(25);
        assertThat(bottomLeft.getGreen()).isGreaterThan(230);
    }

    @Test
    void scalesATallPngToFitTheBoxAsAJpeg() {
        AcceptedPhoto photo = intake.accept(png(1000, 3000, Color.BLUE));

        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.width()).isEqualTo(1000);
        assertThat(photo.height()).isEqualTo(3000);
        assertDecodesAsJpegOf(photo.thumbnail(), 160, 480);
        assertDecodesAsJpegOf(photo.large(), 533, 1600);
    }

    @Test
    void keepsTheThumbnailOfAThinImageAtLeastOnePixelWide() {
        assertDecodesAsJpegOf(intake.accept(png(4000, 2, Color.BLUE)).thumbnail(), 480, 1);
    }

    @Test
    void paintsTransparencyOnWhite() {
        BufferedImage image = new BufferedImage(960, 960, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(320, 320, 320, 320);
        graphics.dispose();

        BufferedImage thumbnail = decode(intake.accept(encode(image, "png")).thumbnail().jpeg());

        assertThat(thumbnail.getWidth()).isEqualTo(480);
        assertNear(new Color(thumbnail.getRGB(10, 10)), Color.WHITE);
        assertNear(new Color(thumbnail.getRGB(240, 240)), Color.RED);
    }

    @Test
    void dropsTheMetadataOfTheOriginal() {
        byte[] original = withSegment(jpeg(800, 600), 0xE1, "Exif\0\0GPS 48.8566 N 2.3522 E Canon");

        AcceptedPhoto photo = intake.accept(original);

        assertThat(new String(original, US_ASCII)).contains("GPS 48.8566");
        byte[] thumbnail = photo.thumbnail().jpeg();
        assertThat(new String(thumbnail, US_ASCII)).doesNotContain("GPS", "Exif", "Canon");
        assertThat(segmentsOf(thumbnail)).doesNotContain(0xE1);
    }

    @Test
    void refusesTextWhateverItIsCalled() {
        byte[] textRenamedPng = "Hello, I am board.png, honest.\n".getBytes(UTF_8);

        assertRefused(textRenamedPng, Reason.NOT_JPEG_OR_PNG, "invalid.photo.type");
        assertRefused(new byte[0], Reason.NOT_JPEG_OR_PNG, "invalid.photo.type");
    }

    @Test
    void refusesBinaryJunk() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = 0x42;

        assertRefused(junk, Reason.NOT_JPEG_OR_PNG, "invalid.photo.type");
    }

    @Test
    void refusesRealImagesOfOtherFormats() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);

        assertRefused(encode(image, "gif"), Reason.NOT_JPEG_OR_PNG, "invalid.photo.type");
        assertRefused(encode(image, "bmp"), Reason.NOT_JPEG_OR_PNG, "invalid.photo.type");
    }

    @Test
    void refusesATruncatedJpeg() {
        byte[] whole = jpeg(800, 600);

        assertRefused(Arrays.copyOf(whole, whole.length / 2), Reason.UNREADABLE, "invalid.photo.damaged");
        assertRefused(Arrays.copyOf(whole, 200), Reason.UNREADABLE, "invalid.photo.damaged");
        assertRefused(Arrays.copyOf(whole, 3), Reason.UNREADABLE, "invalid.photo.damaged");
    }

    @Test
    void refusesATruncatedPng() {
        byte[] whole = png(800, 600, Color.GREEN);

        assertRefused(Arrays.copyOf(whole, whole.length / 2), Reason.UNREADABLE, "invalid.photo.damaged");
        assertRefused(Arrays.copyOf(whole, 8), Reason.UNREADABLE, "invalid.photo.damaged");
    }

    @Test
    void refusesJunkBehindAnImageSignature() {
        byte[] junk = new byte[4096];
        new Random(11).nextBytes(junk);

        assertRefused(startingWith(junk, 0xFF, 0xD8, 0xFF), Reason.UNREADABLE, "invalid.photo.damaged");
        assertRefused(startingWith(junk, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'), Reason.UNREADABLE,
                "invalid.photo.damaged");
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeLookingAtIt() {
        byte[] oversize = startingWith(new byte[PhotoIntake.MAX_BYTES + 1], 0xFF, 0xD8, 0xFF);
        byte[] atTheLimit = startingWith(new byte[PhotoIntake.MAX_BYTES], 0xFF, 0xD8, 0xFF);

        assertRefused(oversize, Reason.TOO_LARGE, "invalid.photo.tooLarge", 5);
        assertRefused(atTheLimit, Reason.UNREADABLE, "invalid.photo.damaged");
    }

    @Test
    void refusesAPngWhoseHeaderClaimsHugeDimensions() {
        assertRefused(pngClaiming(9000, 9000), Reason.TOO_MANY_PIXELS, "invalid.photo.dimensions", 9000, 9000, 8000);
        assertRefused(pngClaiming(100, 8001), Reason.TOO_MANY_PIXELS, "invalid.photo.dimensions", 100, 8001, 8000);
        assertRefused(pngClaiming(7000, 7000), Reason.TOO_MANY_PIXELS, "invalid.photo.megapixels", 7000, 7000, 40L);
        assertRefused(pngClaiming(Integer.MAX_VALUE, Integer.MAX_VALUE), Reason.TOO_MANY_PIXELS,
                "invalid.photo.dimensions", 2147483647, 2147483647, 8000);
    }

    @Test
    void letsDimensionsAtTheLimitThroughToDecoding() {
        assertRefused(pngClaiming(8000, 5000), Reason.UNREADABLE, "invalid.photo.damaged");
    }

    @Test
    void refusesAJpegWhoseHeaderClaimsHugeDimensions() {
        byte[] bomb = jpeg(64, 48);
        int frame = indexOfSegment(bomb, 0xC0);
        ByteBuffer.wrap(bomb, frame + 5, 4).putShort((short) 60000).putShort((short) 60000);

        assertRefused(bomb, Reason.TOO_MANY_PIXELS, "invalid.photo.dimensions", 60000, 60000, 8000);
    }

    private void assertRefused(byte[] upload, Reason reason, String key, Object... arguments) {
        assertThatThrownBy(() -> intake.accept(upload))
                .isInstanceOfSatisfying(PhotoRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(reason);
                    assertThat(refused.problems()).containsExactly(InvalidInput.Problem.of("file", key, arguments));
                });
    }

    private static void assertDecodesAsJpegOf(AcceptedPhoto.Thumbnail thumbnail, int width, int height) {
        byte[] jpeg = thumbnail.jpeg();
        assertThat(Arrays.copyOf(jpeg, 3)).containsExactly(0xFF, 0xD8, 0xFF);
        BufferedImage decoded = decode(jpeg);
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
        assertThat(thumbnail.width()).isEqualTo(width);
        assertThat(thumbnail.height()).isEqualTo(height);
    }

    private static void assertNear(Color actual, Color expected) {
        assertThat(Math.abs(actual.getRed() - expected.getRed())).as("red of %s", actual).isLessThan(12);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("green of %s", actual).isLessThan(12);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("blue of %s", actual).isLessThan(12);
    }

    /** A photo-like JPEG: gradients and noise, so that it compresses like a real one. */
    private static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int red = x * 255 / width;
                int green = y * 255 / height;
                int blue = noise.nextInt(64);
                image.setRGB(x, y, red << 16 | green << 8 | blue);
            }
        }
        return encode(image, "jpeg");
    }

    private static byte[] png(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillOval(0, 0, width, height);
        graphics.dispose();
        return encode(image, "png");
    }

    /** A PNG made of a signature, an IHDR chunk claiming the given size, a few junk pixels, and IEND. */
    private static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        png.writeBytes(chunk("IHDR", header.array()));
        png.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0x00, 0x00}));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(US_ASCII)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** Inserts an application segment right after the JPEG's start-of-image marker. */
    private static byte[] withSegment(byte[] jpeg, int marker, String content) {
        byte[] payload = content.getBytes(US_ASCII);
        ByteBuffer result = ByteBuffer.allocate(jpeg.length + 4 + payload.length);
        result.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        result.put(jpeg, 2, jpeg.length - 2);
        return result.array();
    }

    /** The markers of the JPEG's segments before the image data, e.g. 0xE0 for APP0. */
    private static int[] segmentsOf(byte[] jpeg) {
        ByteBuffer buffer = ByteBuffer.wrap(jpeg, 2, jpeg.length - 2);
        List<Integer> markers = new ArrayList<>();
        while (buffer.remaining() >= 4 && (buffer.get() & 0xFF) == 0xFF) {
            int marker = buffer.get() & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            buffer.position(buffer.position() + (buffer.getShort() & 0xFFFF) - 2);
        }
        return markers.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int indexOfSegment(byte[] jpeg, int marker) {
        int offset = 2;
        while ((jpeg[offset] & 0xFF) == 0xFF && (jpeg[offset + 1] & 0xFF) != marker) {
            offset += 2 + ((jpeg[offset + 2] & 0xFF) << 8 | jpeg[offset + 3] & 0xFF);
        }
        assertThat(jpeg[offset + 1] & 0xFF).isEqualTo(marker);
        return offset;
    }

    private static byte[] startingWith(byte[] content, int... magic) {
        byte[] result = content.clone();
        for (int i = 0; i < magic.length; i++) {
            result[i] = (byte) magic[i];
        }
        return result;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, bytes)).as("a writer for " + format).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static BufferedImage decode(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            assertThat(decoded).as("a decodable image").isNotNull();
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
