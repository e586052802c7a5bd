// "Lịch": campaigns and observances by month (a grid with periods drawn as bars, plus the same as a
// list for reading aloud) or as a year list; any year; filter by topic. State lives in the URL.
import type { Campaign } from '../content/schema.ts';
import { useLocation } from 'preact-iso';
import { useNational } from '../data/content-context.ts';
import { formatVnRange, todayInVietnam, ymdOf } from '../lib/vn-date.ts';
import { Chips } from '../ui/chips.tsx';
import { FilterSelect } from '../ui/filter-select.tsx';
import { Icon } from '../ui/icons.tsx';
import { campaignPath, subscribePath } from '../ui/paths.ts';
import { TOPIC_LABELS, TOPIC_ORDER } from '../ui/topics.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { type CalendarQuery, calendarHref, MAX_YEAR, MIN_YEAR, parseCalendarQuery, shiftMonth, yearInRange } from './calendar-query.ts';
import { readParam, TopicParam } from './query.ts';
import { type GridWeek, type Occurrence, WEEKDAYS, monthGrid, monthRange, occurrencesBetween, yearAgenda } from './calendar-grid.ts';
import { provinceName } from './places.ts';

export default function Calendar() {
  const { query, route } = useLocation();
  const national = useNational();
  const today = todayInVietnam();
  const q = parseCalendarQuery(query, ymdOf(today));
  const campaigns = q.topic ? national.campaigns.filter((c) => c.topic === q.topic) : national.campaigns;
  const topicText = q.topic ? ` · ${TOPIC_LABELS[q.topic]}` : '';
  usePageMeta({
    title: q.view === 'thang' ? `Lịch tháng ${q.month}/${q.year}${topicText}` : `Lịch năm ${q.year}${topicText}`,
    description: 'Các ngày toàn dân, tháng hành động và đợt cao điểm về an ninh trật tự, theo tháng hoặc cả năm, có thể lọc theo chủ đề.',
  });
  const go = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const picked = parseCalendarQuery({ thang: `${String(data.get('nam') ?? '').trim()}-${String(data.get('thang-so') ?? '').padStart(2, '0')}` }, ymdOf(today));
    route(calendarHref({ ...q, year: picked.year, month: picked.month }));
  };
  const topics = TOPIC_ORDER.filter((t) => national.campaigns.some((c) => c.topic === t));
  return (
    <>
      <h1>Lịch chiến dịch, ngày lễ</h1>
      <Chips
        label="Cách xem"
        chips={[
          { href: calendarHref({ ...q, view: 'thang' }), label: 'Theo tháng', current: q.view === 'thang' },
          { href: calendarHref({ ...q, view: 'danh-sach' }), label: 'Cả năm', current: q.view === 'danh-sach' },
        ]}
      />
      <form class="filters" action="/lich/" method="get" onSubmit={go}>
        <FilterSelect
          id="cal-topic"
          label="Chủ đề"
          value={q.topic ?? ''}
          options={[{ value: '', label: 'Tất cả chủ đề' }, ...topics.map((t) => ({ value: t, label: TOPIC_LABELS[t] }))]}
          onChange={(v) => route(calendarHref({ ...q, topic: readParam(TopicParam, v) }))}
        />
        <div class="filters__group">
          {q.view === 'thang' ? (
            <div class="field">
              <label for="cal-month">Tháng</label>
              <select id="cal-month" name="thang-so" key={`m${q.month}`}>
                {Array.from({ length: 12 }, (_, i) => (
                  <option key={i} value={String(i + 1)} selected={i + 1 === q.month}>
                    Tháng {i + 1}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <input type="hidden" name="thang-so" value="1" />
          )}
          <div class="field">
            <label for="cal-year">Năm</label>
            <input id="cal-year" name="nam" type="number" inputMode="numeric" min={MIN_YEAR} max={MAX_YEAR} defaultValue={String(q.year)} key={`y${q.year}`} />
          </div>
          <div class="field field--button">
            <button type="submit">Xem</button>
          </div>
        </div>
      </form>
      {q.view === 'thang' ? <MonthView q={q} campaigns={campaigns} /> : <YearView q={q} campaigns={campaigns} />}
      <p class="more-link">
        <a href={subscribePath}>
          <Icon name="calendar" />
          Theo dõi lịch trên điện thoại (tự cập nhật, có nhắc)
        </a>
      </p>
    </>
  );
}

function MonthView({ q, campaigns }: { q: CalendarQuery; campaigns: readonly Campaign[] }) {
  const today = todayInVietnam();
  const prev = shiftMonth(q.year, q.month, -1);
  const next = shiftMonth(q.year, q.month, 1);
  const weeks = monthGrid(q.year, q.month, campaigns, today);
  const { start, end } = monthRange(q.year, q.month);
  const list = occurrencesBetween(campaigns, start, end);
  const now = ymdOf(today);
  return (
    <section aria-labelledby="month-title">
      <div class="period-nav">
        {yearInRange(prev.year) ? (
          <a href={calendarHref({ ...q, ...prev })} aria-label={`Tháng trước: tháng ${prev.month}/${prev.year}`}>
            ← Tháng {prev.month}
          </a>
        ) : null}
        <h2 id="month-title">
          Tháng {q.month}/{q.year}
        </h2>
        {yearInRange(next.year) ? (
          <a href={calendarHref({ ...q, ...next })} aria-label={`Tháng sau: tháng ${next.month}/${next.year}`}>
            Tháng {next.month} →
          </a>
        ) : null}
      </div>
      {now.y !== q.year || now.m !== q.month ? (
        <p class="more-link">
          <a href={calendarHref({ ...q, year: now.y, month: now.m })}>Về tháng này</a>
        </p>
      ) : null}
      <MonthGrid weeks={weeks} />
      <h3>Trong tháng {q.month}/{q.year}</h3>
      <OccurrenceList items={list} empty="Tháng này không có ngày lễ hay chiến dịch nào." />
    </section>
  );
}

/** The month as a picture; the list under it says the same in words, so the grid is hidden from screen readers. */
function MonthGrid({ weeks }: { weeks: GridWeek<Campaign>[] }) {
  return (
    <div class="month" aria-hidden="true">
      <div class="month__weekdays">
        {WEEKDAYS.map(([short]) => (
          <span key={short}>{short}</span>
        ))}
      </div>
      {weeks.map((w) => (
        <div class="week" key={w.days[0]!.day}>
          <div class="week__days">
            {w.days.map((d) => (
              <span key={d.day} class={`day${d.inMonth ? '' : ' day--out'}${d.isToday ? ' day--today' : ''}`}>
                {d.d}
              </span>
            ))}
          </div>
          {w.bars.length ? (
            <div class="week__bars">
              {w.bars.map((b) => (
                <span
                  key={`${b.occurrence.campaign.id}-${b.occurrence.start}`}
                  class={`bar c${b.col} s${b.span} l${Math.min(b.lane, 7)} t-${b.occurrence.campaign.topic}${b.span <= 2 ? ' bar--short' : ''}${b.continuesBefore ? ' bar--before' : ''}${b.continuesAfter ? ' bar--after' : ''}`}
                >
                  {b.occurrence.campaign.shortName ?? b.occurrence.campaign.name}
                </span>
              ))}
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function YearView({ q, campaigns }: { q: CalendarQuery; campaigns: readonly Campaign[] }) {
  const months = yearAgenda(q.year, campaigns).filter((m) => m.items.length);
  return (
    <section aria-labelledby="year-title">
      <div class="period-nav">
        {yearInRange(q.year - 1) ? <a href={calendarHref({ ...q, year: q.year - 1, month: 1 })}>← Năm {q.year - 1}</a> : null}
        <h2 id="year-title">Năm {q.year}</h2>
        {yearInRange(q.year + 1) ? <a href={calendarHref({ ...q, year: q.year + 1, month: 1 })}>Năm {q.year + 1} →</a> : null}
      </div>
      {months.length ? (
        months.map((m) => (
          <section key={m.month} aria-labelledby={`thang-${m.month}`}>
            <h3 id={`thang-${m.month}`}>
              Tháng {m.month}/{q.year}
            </h3>
            <OccurrenceList items={m.items} empty="" />
          </section>
        ))
      ) : (
        <p>Năm này không có ngày lễ hay chiến dịch nào{q.topic ? ' thuộc chủ đề đã chọn' : ''}.</p>
      )}
    </section>
  );
}

function OccurrenceList({ items, empty }: { items: Occurrence<Campaign>[]; empty: string }) {
  const national = useNational();
  if (!items.length) return empty ? <p>{empty}</p> : null;
  return (
    <ul class="agenda">
      {items.map((o) => (
        <li key={`${o.campaign.id}-${o.start}`} class={`agenda__item t-${o.campaign.topic}`}>
          <span class="agenda__when">{formatVnRange(o.start, o.end)}</span>
          <a href={campaignPath(o.campaign.id)}>{o.campaign.name}</a>
          <span class="meta">
            {TOPIC_LABELS[o.campaign.topic]} · {o.campaign.province ? provinceName(national.provinces, o.campaign.province) : 'Cả nước'}
          </span>
        </li>
      ))}
    </ul>
  );
}
