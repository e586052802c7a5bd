// The three ways to subscribe to a calendar feed, from its site path.

export interface FeedLinks {
  /** The feed itself: to copy into ICSx⁵ or Google Calendar's "From URL". */
  https: string;
  /** Opens the calendar app's "Subscribe" on iPhone, iPad and Mac (and on desktop calendar apps). */
  webcal: string;
  /** Google Calendar's add-by-URL page, which takes the webcal address. */
  google: string;
}

/** Links for the feed at `path` (`/lich/antq.ics`) on `origin` (`https://antq.example`). */
export function feedLinks(origin: string, path: string): FeedLinks {
  const https = new URL(path, origin).href;
  const webcal = https.replace(/^https?:/, 'webcal:');
  return { https, webcal, google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}` };
}
