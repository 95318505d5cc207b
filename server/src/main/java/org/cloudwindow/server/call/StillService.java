package org.cloudwindow.server.call;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.material.JpegEncoding;
import org.cloudwindow.server.storage.ObjectStore;
import org.cloudwindow.server.storage.StoredObject;
import org.cloudwindow.server.web.ApiException;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document stills (an ID card held to the tablet's camera). The clerk asks, the tablet takes a
 * photo at its camera's full resolution and uploads it; both sides see it. Whatever arrives must
 * decode as a JPEG or PNG, and is re-encoded as JPEG so no metadata (GPS) from the device stays.
 */
@Service
@Transactional
public class StillService {

  private static final float JPEG_QUALITY = 0.92f;
  private static final int MAX_PIXELS = 40_000_000;

  private static final Set<String> VIEWERS = Set.of("WORKER", "CLERK", "EXPERT", "COORDINATOR");

  private final StillRepository stills;
  private final CallService calls;
  private final CallNotifier notifier;
  private final ObjectStore store;
  private final CallProperties properties;
  private final Clock clock;

  StillService(StillRepository stills, CallService calls, CallNotifier notifier, ObjectStore store,
      CallProperties properties, Clock clock) {
    this.stills = stills;
    this.calls = calls;
    this.notifier = notifier;
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  /** The clerk asks the tablet for a still from its own camera. */
  public void request(CurrentUser clerk, String callId) {
    CallService.live(calls.requireClerk(clerk, callId));
    calls.event(callId, clerk.id(), "STILL_REQUESTED", null);
    notifier.noticeRole(CallNotice.stillRequest(callId, clerk.id()), "WORKER");
  }

  public StillView upload(CurrentUser user, String callId, String source, InputStream content) throws IOException {
    CallService.live(calls.invited(user, callId));
    if (!"camera".equals(source) && !"frame".equals(source)) {
      throw ApiException.invalidField("source", "one-of", "camera or frame");
    }
    byte[] bytes = Uploads.readAtMost(content, properties.stillMaxSize());
    BufferedImage image = decode(bytes);
    String id = UUID.randomUUID().toString();
    String key = "calls/" + callId + "/stills/" + id + ".jpg";
    StoredObject stored = store.put(key, new ByteArrayInputStream(jpeg(image)));
    StillRepository.StoredStill still = new StillRepository.StoredStill(id, callId, user.id(), source, "image/jpeg",
        image.getWidth(), image.getHeight(), stored.size(), stored.sha256(), key, clock.instant());
    stills.insert(still);
    calls.event(callId, user.id(), "STILL_TAKEN", id + " " + source + " " + image.getWidth() + "x" + image.getHeight());
    notifier.notice(CallNotice.still(callId, user.id(), id), -1);
    return still.view();
  }

  @Transactional(readOnly = true)
  public List<StillView> list(CurrentUser user, String callId) {
    calls.requireWatcher(user, callId, VIEWERS);
    return stills.ofCall(callId).stream().map(StillRepository.StoredStill::view).toList();
  }

  @Transactional(readOnly = true)
  public Resource content(CurrentUser user, String stillId) {
    StillRepository.StoredStill still = stills.find(stillId).orElseThrow(() -> ApiException.notFound("still"));
    calls.requireWatcher(user, still.callId(), VIEWERS);
    return store.get(still.objectKey()).orElseThrow(() -> ApiException.notFound("still"));
  }

  /** Only JPEG and PNG by their first bytes, and only if they really decode to a sane size. */
  private static BufferedImage decode(byte[] bytes) {
    boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
    boolean png = bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    if (!jpeg && !png) {
      throw new ApiException(CallProblem.NOT_AN_IMAGE);
    }
    try {
      var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new ApiException(CallProblem.NOT_AN_IMAGE);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        // Check the size before decoding: a tiny file can claim a huge image.
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
          throw new ApiException(CallProblem.NOT_AN_IMAGE);
        }
        BufferedImage image = reader.read(0);
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, Color.WHITE, null);
        return rgb;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw new ApiException(CallProblem.NOT_AN_IMAGE);
    }
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    return JpegEncoding.encode(image, JPEG_QUALITY);
  }
}
