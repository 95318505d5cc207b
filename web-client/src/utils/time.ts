import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import localizedFormat from 'dayjs/plugin/localizedFormat'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.extend(localizedFormat)

/** Every site is in mainland China: the UI shows Beijing time whatever the device's zone. */
export const DISPLAY_ZONE = 'Asia/Shanghai'

export function setTimeLocale(locale: 'zh-cn' | 'en'): void {
  dayjs.locale(locale)
}

export function formatDateTime(instant: string | Date, pattern = 'YYYY-MM-DD HH:mm'): string {
  return dayjs(instant).tz(DISPLAY_ZONE).format(pattern)
}

/** A long localised date with weekday, e.g. 2026年11月22日 星期日. */
export function formatLongDate(instant: string | Date): string {
  return formatDateTime(instant, 'LL dddd')
}

/** Whole minutes from `instant` to `now`, never negative (device clocks drift). */
export function minutesSince(instant: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(instant)) / 60_000))
}
