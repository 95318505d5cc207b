package org.cloudwindow.server.material;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

/** What every stored photo must be: a JPEG of the expected size with no EXIF and no GPS left. */
final class StoredPhotos {

  private StoredPhotos() {}

  static BufferedImage plainJpeg(byte[] stored, int width, int height) throws Exception {
    Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
    assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as("GPS").isNull();
    assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).as("EXIF").isNull();
    assertThat(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class)).as("EXIF sub-IFD").isNull();
    assertThat(ImageIO.getImageReaders(ImageIO.createImageInputStream(new ByteArrayInputStream(stored))).next()
        .getFormatName()).isEqualToIgnoringCase("jpeg");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
    assertThat(image.getWidth()).as("width").isEqualTo(width);
    assertThat(image.getHeight()).as("height").isEqualTo(height);
    return image;
  }
}
