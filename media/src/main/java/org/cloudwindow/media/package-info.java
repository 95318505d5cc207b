/**
 * The media plane of CloudWindow: one {@link org.cloudwindow.media.MediaEngine} contract (rooms,
 * participants, signalling, recording, events through a {@link org.cloudwindow.media.MediaListener})
 * and its engines, peer-to-peer first, Kurento later. Plain Java with no Spring, and time from an
 * injected {@link java.time.Clock}, so engines are tested and reused on their own.
 */
package org.cloudwindow.media;
