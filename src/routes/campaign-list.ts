// Ordering and describing campaigns for the list and the campaign page.
import type { Campaign } from '../content/schema.ts';
import { currentOrNextOccurrence, type DayRange } from '../lib/recurrence.ts';
import type { Day } from '../lib/vn-date.ts';

export const CAMPAIGN_KIND_LABELS: Record<Campaign['kind'], string> = {
  observance: 'Ngày hưởng ứng',
  period: 'Tháng, đợt hành động',
  plan: 'Kế hoạch',
};

export interface CampaignWhen {
  campaign: Campaign;
  /** The occurrence running today or the next one; undefined when it is over for good. */
  range: DayRange | undefined;
  state: 'now' | 'next' | 'past';
}

/** Campaigns running now first (ending soonest), then by how soon they come, then those that are over. */
export function campaignsByWhen(campaigns: readonly Campaign[], today: Day): CampaignWhen[] {
  const rank = { now: 0, next: 1, past: 2 } as const;
  return campaigns
    .map((campaign): CampaignWhen => {
      const range = currentOrNextOccurrence(campaign.recurrence, today);
      return { campaign, range, state: !range ? 'past' : range.start <= today ? 'now' : 'next' };
    })
    .sort(
      (a, b) =>
        rank[a.state] - rank[b.state] ||
        (a.state === 'now' ? a.range!.end - b.range!.end : a.state === 'next' ? a.range!.start - b.range!.start : 0) ||
        a.campaign.name.localeCompare(b.campaign.name, 'vi'),
    );
}
