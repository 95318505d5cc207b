package org.cloudwindow.server.material;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Photo-like pictures of a document lying on a table, as a tablet's camera takes them: colour
 * gradients and shapes behind, a slightly turned sheet with lines of text, and sensor noise all
 * over, so they compress like real photos (a 12 MP one is 3 to 5 MB at JPEG quality 0.92) and
 * not like flat test patterns.
 */
final class SamplePhotos {

  /** Per-pixel noise: about what a phone camera leaves in indoor light after its own denoising. */
  private static final double NOISE_SIGMA = 6;
  private static final float CAMERA_QUALITY = 0.92f;

  private SamplePhotos() {}

  static byte[] jpeg(int width, int height, long seed) {
    try {
      return JpegEncoding.encode(picture(width, height, seed), CAMERA_QUALITY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage picture(int width, int height, long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), width, height,
        new Color(random.nextInt(0xffffff))));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 12; i++) {
      g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90 + random.nextInt(120)));
      int x = random.nextInt(width);
      int y = random.nextInt(height);
      int size = width / 20 + random.nextInt(width / 3);
      if (i % 2 == 0) {
        g.fill(new Ellipse2D.Double(x - size / 2.0, y - size / 2.0, size, size * 0.7));
      } else {
        g.fillRect(x - size / 2, y - size / 3, size, size * 2 / 3);
      }
    }
    document(g, width, height, random);
    g.dispose();
    noise(image, random);
    return image;
  }

  private static void document(Graphics2D g, int width, int height, Random random) {
    g.rotate((random.nextDouble() - 0.5) * 0.2, width / 2.0, height / 2.0);
    int w = width * 13 / 20;
    int h = height * 17 / 30;
    int x = (width - w) / 2;
    int y = (height - h) / 2;
    g.setColor(new Color(245, 242, 235));
    g.fillRect(x, y, w, h);
    g.setColor(new Color(40, 40, 50));
    int size = Math.max(8, height / 47);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
    for (int line = 0; line < 18 && (line + 2) * size * 4 / 3 < h; line++) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < 40; c++) {
        text.append(random.nextInt(6) == 0 ? ' ' : (char) ('A' + random.nextInt(26)));
      }
      g.drawString(text.toString(), x + w / 20, y + (line + 2) * size * 4 / 3);
    }
  }

  private static void noise(BufferedImage image, Random random) {
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      int n = (int) (random.nextGaussian() * NOISE_SIGMA);
      int green = n + (int) (random.nextGaussian() * NOISE_SIGMA / 2);
      pixels[i] = clamp(((p >> 16) & 0xff) + n) << 16 | clamp(((p >> 8) & 0xff) + green) << 8 | clamp((p & 0xff) + n);
    }
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }
}
