/**
 * The media plane of CloudWindow: one {@code MediaEngine} contract (rooms, participants, SDP offer
 * to answer, trickled ICE candidates, recording, events) and its engines, peer-to-peer and
 * Kurento. Plain Java with no Spring, so engines can be tested and reused on their own.
 * The contract and the peer-to-peer engine arrive with the video-call issue.
 */
package org.cloudwindow.media;
