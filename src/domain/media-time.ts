/**
 * Turn times and media URLs as the transcript format writes them. Times are seconds, kept to
 * the millisecond (what caption formats carry), so a time read and written again is unchanged.
 */

/** `1:02:03.250`, `01:02:03`, `2:03` or `2:03.5`: hours optional, fraction up to milliseconds. */
const CLOCK = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$/;

/** Seconds, rounded to the millisecond; undefined when the text is not a clock time. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text.trim());
  if (match === null) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = ''] = match;
  const millis = fraction === '' ? 0 : Number(fraction.padEnd(3, '0'));
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + roundMillis(millis / 1000);
}

/** `01:02:03.250`: the form transcript.md writes (always hours, always milliseconds). */
export function formatClock(seconds: number): string {
  const millis = Math.round(seconds * 1000);
  const h = Math.floor(millis / 3_600_000);
  const m = Math.floor((millis % 3_600_000) / 60_000);
  const s = Math.floor((millis % 60_000) / 1000);
  const ms = millis % 1000;
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(ms, 3)}`;
}

/** `12:34` or `1:02:03`: the form a reader sees ("hear it at 12:34"). */
export function formatSpokenClock(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return h > 0 ? `${h}:${pad(m, 2)}:${pad(s, 2)}` : `${m}:${pad(s, 2)}`;
}

/** Seconds to the millisecond: 1.2345 → 1.235, so stored times compare equal after a trip. */
export function roundMillis(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * A media URL the dashboard may put in an `<audio src>`: absolute http or https, nothing else
 * (no `javascript:`, `data:`, `file:` or relative paths), no whitespace or control characters.
 */
export function isSafeMediaUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
