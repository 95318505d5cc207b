/**
 * Written notices (书面告知) as PDF: the acceptance notice (受理通知书) with a QR code to public
 * tracking, the supplement notice (补正告知书) and the refusal notice (不予受理通知书). Chinese text
 * is set in Noto Sans SC, shipped in the jar and embedded as a subset, so a notice prints the same
 * everywhere. Public surface: {@link org.cloudwindow.server.notice.NoticeService} and its input
 * records; the caller (casework) decides when a case has which notice.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.notice;
