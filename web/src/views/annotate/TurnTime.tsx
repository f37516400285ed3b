/** 75.5 → "1:15", 3725 → "1:02:05". */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The media URL when it is an absolute http(s) address, else null: the importer accepts no
 * other, and a URL that reached the graph some other way (javascript:, data:) is shown as
 * text, never as a link.
 */
export function safeMediaUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A turn's start and end, linked to that moment of the episode's audio when there is one. */
export function TurnTime({
  start,
  end,
  mediaUrl,
}: {
  start: number | null | undefined;
  end: number | null | undefined;
  mediaUrl: string | null;
}) {
  if (start === null || start === undefined) return null;
  const label = `${clock(start)}${end === null || end === undefined ? '' : `–${clock(end)}`}`;
  const media = safeMediaUrl(mediaUrl);
  const time = <time dateTime={`PT${Math.floor(start)}S`}>{label}</time>;
  if (!media) return <span className="turn-time">{time}</span>;
  return (
    <a
      className="turn-time"
      href={`${media.split('#')[0] ?? media}#t=${Math.floor(start)}`}
      target="_blank"
      rel="noopener noreferrer"
      title="Hear it from here (opens the episode's audio)"
    >
      {time}
    </a>
  );
}
