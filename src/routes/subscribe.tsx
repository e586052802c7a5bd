// "Theo dõi lịch": subscribe a calendar app to a feed of dist/lich/, so the observances show up,
// update and remind without opening the app. Per feed: Google Calendar's add-by-URL link, webcal:
// for Apple devices, and the address to copy for Android (ICSx⁵ or the Google Calendar website).
// The screen is precached and works offline; the feeds themselves are fetched by calendar apps.
import { useId, useState } from 'preact/hooks';
import { useNational } from '../data/content-context.ts';
import { copyText } from '../pwa/copy-text.ts';
import { BackLink } from '../ui/back-link.tsx';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { type CalendarFeed, calendarFeeds, NO_DAYS } from './calendar-feeds.ts';
import { feedLinks } from './feed-links.ts';

const GROUPS: { kind: CalendarFeed['kind']; title: string }[] = [
  { kind: 'all', title: 'Tất cả' },
  { kind: 'topic', title: 'Theo chủ đề (toàn quốc)' },
  { kind: 'province', title: 'Theo tỉnh, thành phố' },
];

export default function Subscribe() {
  const national = useNational();
  usePageMeta({
    title: 'Theo dõi lịch',
    description: 'Thêm lịch các ngày toàn dân, tháng hành động về an ninh trật tự vào Google Calendar, iPhone hoặc Android: lịch tự cập nhật và nhắc bạn.',
  });
  const origin = pageOrigin();
  const feeds = feedsOrNull(() => calendarFeeds(national.campaigns, national.provinces, origin));
  return (
    <>
      <BackLink href="/lich/" label="Lịch" />
      <h1>Theo dõi lịch</h1>
      <p class="lead">
        Thêm lịch vào ứng dụng lịch trên điện thoại: các ngày toàn dân, tháng hành động tự hiện ra, tự cập nhật khoảng mỗi ngày một lần và nhắc bạn, không cần mở ứng dụng này.
      </p>
      <p>
        Chọn một lịch. Lịch chủ đề chỉ có các ngày, đợt toàn quốc; lịch của tỉnh có các kế hoạch riêng của tỉnh, nên theo dõi cả hai không bị trùng. {NO_DAYS} Cần mạng khi thêm lịch.
      </p>
      <p class="more-link">
        <a href="#howto-title">Cách thêm lịch trên Android, iPhone và cách đặt lời nhắc</a>
      </p>
      {feeds === null ? (
        <p role="alert" class="caveat">
          Không đọc được danh sách lịch từ nội dung đã lưu trên máy. Hãy mở lại trang khi có mạng để cập nhật nội dung.
        </p>
      ) : null}
      {GROUPS.map(({ kind, title }) => {
        const group = feeds?.filter((f) => f.kind === kind) ?? [];
        return group.length ? (
          <section key={kind} aria-labelledby={`feeds-${kind}`}>
            <h2 id={`feeds-${kind}`}>{title}</h2>
            {group.map((feed) => (
              <FeedCard key={feed.path} feed={feed} origin={origin} />
            ))}
          </section>
        ) : null;
      })}
      <HowTo />
    </>
  );
}

/** Stored content this build cannot write as feeds (a yearly campaign without `since`) must not blank the screen. */
function feedsOrNull(make: () => CalendarFeed[]): CalendarFeed[] | null {
  try {
    return make();
  } catch (error) {
    console.warn('[antq] calendar feeds:', error);
    return null;
  }
}

/** The page's own origin in the browser; at build time, the public one the prerender links to. */
function pageOrigin(): string {
  if (typeof window !== 'undefined') return location.origin;
  return typeof __ANTQ_ORIGIN__ === 'string' ? __ANTQ_ORIGIN__ : 'https://antq.example';
}

function FeedCard({ feed, origin }: { feed: CalendarFeed; origin: string }) {
  const links = feedLinks(origin, feed.path);
  const [copied, setCopied] = useState<boolean | null>(null);
  const urlId = useId();
  const id = `feed-${feed.path.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  return (
    <article class="panel feed" aria-labelledby={id}>
      <h3 id={id}>{feed.name}</h3>
      <p class="meta">
        {feed.events.length} sự kiện{feed.kind === 'all' ? ` · ${feed.description}` : `: ${feed.events.map((e) => e.summary).join('; ')}.`}
      </p>
      <div class="button-row">
        <a class="button" href={links.google} target="_blank" rel="noopener noreferrer">
          Thêm vào Google Calendar
        </a>
        <a class="button secondary" href={links.webcal}>
          Thêm vào iPhone / iPad / Mac
        </a>
      </div>
      {/* A label may hold one control: the copy button sits beside it, not inside. */}
      <div class="feed__url">
        <label for={urlId}>Địa chỉ lịch, cho Android</label>
        <span class="input-row">
          <input id={urlId} type="url" readOnly value={links.https} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" class="secondary" onClick={async () => setCopied(await copyText(links.https))}>
            Chép địa chỉ
          </button>
        </span>
      </div>
      <p class="feed__status" role="status">
        {copied === true ? 'Đã chép địa chỉ.' : copied === false ? 'Không chép được: chạm vào ô địa chỉ, giữ ngón tay rồi chọn “Sao chép”.' : null}
      </p>
    </article>
  );
}

function HowTo() {
  return (
    <section aria-labelledby="howto-title">
      <h2 id="howto-title">Cách thêm lịch</h2>
      <h3>Điện thoại Android</h3>
      <p>Ứng dụng Google Calendar trên điện thoại không tự thêm được lịch từ địa chỉ. Chọn một trong hai cách:</p>
      <ol class="steps">
        <li>
          <strong>Dùng ICSx⁵</strong> (miễn phí, trên Google Play hoặc F-Droid): cài ICSx⁵, rồi bấm “Chép địa chỉ” ở lịch bạn chọn, mở ICSx⁵, bấm nút <strong>+</strong>, dán địa chỉ và làm theo hướng dẫn. Lịch hiện trong ứng dụng Lịch của điện thoại.
        </li>
        <li>
          <strong>Dùng Google Calendar trên web</strong>: bấm “Thêm vào Google Calendar” (hoặc mở calendar.google.com, mục “Lịch khác”, bấm <strong>+</strong> rồi “Từ URL” và dán địa chỉ), đăng nhập đúng tài khoản Google của điện thoại rồi xác nhận (trang này dễ dùng hơn trên máy tính, hoặc khi bật “Trang web cho máy tính” trong trình duyệt). Sau đó mở ứng dụng Google Calendar: lịch mới hiện sau ít phút (nếu chưa thấy, vào Cài đặt, chọn lịch và bật đồng bộ).
        </li>
      </ol>
      <h3>iPhone, iPad, máy Mac</h3>
      <p>Bấm “Thêm vào iPhone / iPad / Mac” rồi chọn “Đăng ký”. Lịch hiện trong ứng dụng Lịch.</p>
      <h3>Đặt lời nhắc</h3>
      <p>
        Mỗi sự kiện trong lịch có sẵn một lời nhắc lúc 9 giờ sáng hôm trước, nhưng <strong>Google Calendar bỏ qua lời nhắc của lịch theo dõi</strong>, và iPhone mặc định cũng bỏ. Hãy tự đặt lời nhắc cho cả lịch:
      </p>
      <ul class="bullets">
        <li>Google Calendar: Cài đặt → chọn lịch ANTQ → thông báo cho sự kiện cả ngày → thêm, ví dụ “1 ngày trước lúc 9:00”.</li>
        <li>iPhone: khi đăng ký, tắt “Xóa cảnh báo” để giữ lời nhắc có sẵn; hoặc vào Cài đặt → Lịch → Thời gian báo mặc định → Sự kiện cả ngày.</li>
        <li>ICSx⁵: mở lịch trong ICSx⁵ và đặt lời nhắc mặc định.</li>
      </ul>
      <p>Muốn thôi theo dõi: xóa lịch (hoặc hủy đăng ký) trong ứng dụng lịch của bạn.</p>
    </section>
  );
}
