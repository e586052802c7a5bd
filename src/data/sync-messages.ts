// What the resident reads when an update fails: short, Vietnamese, and always saying that the
// content already on the phone is still there.
import { formatVnDate, todayInVietnam } from '../lib/vn-date.ts';
import { DbBlockedError, DbClosedError } from './db.ts';
import { MESSAGE_BLOCKED, MESSAGE_RELOAD } from './sync-status.ts';
import { TrustListError } from './trust.ts';

/** The server sent a manifest built before the one stored: never go back to older content. */
export class OlderManifestError extends Error {
  override name = 'OlderManifestError';
}

const storedOn = (syncedAt: string | undefined): string =>
  syncedAt && !Number.isNaN(Date.parse(syncedAt)) ? `đang dùng bản lưu ngày ${formatVnDate(todayInVietnam(new Date(syncedAt)))}` : 'chưa có bản lưu trên máy';

const isQuota = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';

/** The notice for a failed update; `syncedAt` is when the content kept on the phone was stored. */
export function failureMessage(error: unknown, syncedAt: string | undefined): string {
  if (error instanceof DbBlockedError) return MESSAGE_BLOCKED;
  if (error instanceof DbClosedError) return MESSAGE_RELOAD;
  if (isQuota(error)) return `Điện thoại đã hết dung lượng trống nên không lưu được nội dung mới — ${storedOn(syncedAt)}.`;
  if (error instanceof TrustListError) return `Danh sách khóa của công an phường tải về không có chữ ký hợp lệ nên không được dùng — ${storedOn(syncedAt)}, danh sách khóa cũ vẫn giữ.`;
  if (error instanceof OlderManifestError) return `Máy chủ gửi nội dung cũ hơn bản trên máy — ${storedOn(syncedAt)}.`;
  return `Không cập nhật được nội dung — ${storedOn(syncedAt)}.`;
}
