// Page addresses: one place that knows the URL scheme (trailing slash, slugs without diacritics).
export const campaignPath = (id: string): string => `/chien-dich/${id}/`;
export const articlePath = (id: string): string => `/bai-viet/${id}/`;
export const modelPath = (id: string): string => `/mo-hinh/${id}/`;
export const figurePath = (id: string): string => `/so-lieu/${id}/`;

/** The id of a paragraph on an article page (`doan-4`); figures and sources link to it. */
export const paragraphId = (n: number): string => `doan-${n}`;
/** Link to one paragraph of an article. */
export const paragraphHref = (article: string, para: number): string => `${articlePath(article)}#${paragraphId(para)}`;

/** A place page: `/dia-phuong/` (choose), `/dia-phuong/<province>/`, `/dia-phuong/<province>/<commune>/`. */
export const placePath = (province?: string, commune?: string | null): string =>
  province ? (commune ? `/dia-phuong/${province}/${commune}/` : `/dia-phuong/${province}/`) : '/dia-phuong/';
/** "Theo dõi lịch": how to subscribe to the calendar feeds. */
export const subscribePath = '/lich/theo-doi/';
/** The calendar feed with every campaign. */
export const allFeedPath = '/lich/antq.ics';
/** The feed of one topic's national campaigns. Feeds sit in folders of their own: a static host can type them by folder. */
export const topicFeedPath = (topic: string): string => `/lich/chu-de/${topic}.ics`;
/** The feed of one province's own campaigns (link it only when `provinceFeed` finds one). */
export const provinceFeedPath = (province: string): string => `/lich/tinh/${province}.ics`;
