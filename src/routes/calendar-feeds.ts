// The calendar feeds residents subscribe to: everything, one per topic (national campaigns), one per
// province (its own campaigns). Built into dist/lich/ at build time and listed on "Theo dõi lịch".
// Topic and province feeds do not overlap, so subscribing to both never shows an event twice.
// No .ics writer here: the subscribe screen lists feeds without loading it (calendar-feed-files.ts writes them).
import type { Campaign, Province, Topic } from '../content/schema.ts';
import type { IcsEvent } from '../lib/ics.ts';
import { allFeedPath, provinceFeedPath, topicFeedPath } from '../ui/paths.ts';
import { TOPIC_LABELS, TOPIC_ORDER } from '../ui/topics.ts';
import { campaignIcsEvents } from './campaign-events.ts';

export interface CalendarFeed {
  kind: 'all' | 'topic' | 'province';
  /** Site path of the .ics file: `/lich/antq.ics`. */
  path: string;
  /** What the calendar app calls it. */
  name: string;
  /** One sentence on what is in it. */
  description: string;
  /** Its events, earliest first. */
  events: IcsEvent[];
}

const byStart = (a: IcsEvent, b: IcsEvent): number => firstMs(a) - firstMs(b) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);
const firstMs = (e: IcsEvent): number => (e.when.kind === 'days' ? e.when.start * 86_400_000 : e.when.start.getTime());

function eventsOf(campaigns: readonly Campaign[], origin: string): IcsEvent[] {
  return campaigns.flatMap((c) => campaignIcsEvents(c, origin)).sort(byStart);
}

/** Said once in every feed's description (the subscribe screen says it once for all). */
export const NO_DAYS = 'Kế hoạch mà nguồn không nêu ngày cụ thể thì không có trong lịch.';

/** Every feed that has at least one event (a feed with nothing to show is not offered). */
export function calendarFeeds(campaigns: readonly Campaign[], provinces: readonly Pick<Province, 'id' | 'name'>[], origin: string): CalendarFeed[] {
  const feeds: CalendarFeed[] = [
    {
      kind: 'all',
      path: allFeedPath,
      name: 'Lịch ANTQ',
      description: 'Mọi ngày toàn dân, tháng hành động và đợt cao điểm trong ứng dụng Toàn dân bảo vệ ANTQ, cả nước và các tỉnh.',
      events: eventsOf(campaigns, origin),
    },
  ];
  const national = campaigns.filter((c) => c.province === null);
  for (const topic of TOPIC_ORDER) {
    feeds.push({
      kind: 'topic',
      path: topicFeedPath(topic),
      name: `Lịch ANTQ · ${TOPIC_LABELS[topic]}`,
      description: `Các ngày, đợt toàn quốc thuộc chủ đề “${TOPIC_LABELS[topic]}”.`,
      events: eventsOf(national.filter((c) => c.topic === topic), origin),
    });
  }
  for (const province of provinces) {
    const own = campaigns.filter((c) => c.province === province.id);
    if (own.length === 0) continue;
    feeds.push({
      kind: 'province',
      path: provinceFeedPath(province.id),
      name: `Lịch ANTQ · ${province.name}`,
      description: `Các kế hoạch, đợt cao điểm riêng của ${province.name}.`,
      events: eventsOf(own, origin),
    });
  }
  return feeds.filter((feed) => feed.events.length > 0);
}

/** The feed of one province's own campaigns, or undefined when it has none with a sourced day. */
export function provinceFeed(campaigns: readonly Campaign[], province: Pick<Province, 'id' | 'name'>, origin: string): CalendarFeed | undefined {
  return calendarFeeds(campaigns, [province], origin).find((f) => f.kind === 'province');
}

/** The topic's feed, or undefined when the topic has no national campaign with a sourced day. */
export function topicFeed(campaigns: readonly Campaign[], topic: Topic, origin: string): CalendarFeed | undefined {
  return calendarFeeds(campaigns, [], origin).find((f) => f.kind === 'topic' && f.path === topicFeedPath(topic));
}
