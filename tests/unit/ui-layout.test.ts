// Which navigation item is current for a path (the bar marks it with aria-current).
import { describe, expect, it } from 'vitest';
import { MORE_SECTIONS, navCurrent } from '../../src/ui/layout.tsx';

const home = { href: '/', sections: ['/'] };
const calendar = { href: '/lich/', sections: ['/lich'] };
const more = { href: '/them/', sections: MORE_SECTIONS };

describe('navCurrent', () => {
  it('marks the item’s own page as the page', () => {
    expect(navCurrent(home, '/')).toBe('page');
    expect(navCurrent(calendar, '/lich')).toBe('page');
    expect(navCurrent(more, '/them')).toBe('page');
  });

  it('marks the section for pages inside it', () => {
    expect(navCurrent(more, '/chien-dich/ngay-toan-dan-phong-chong-ma-tuy')).toBe('true');
    expect(navCurrent(more, '/cai-dat')).toBe('true');
    expect(navCurrent({ href: '/mo-hinh/', sections: ['/mo-hinh'] }, '/mo-hinh/abc')).toBe('true');
  });

  it('marks nothing elsewhere, and home only on home', () => {
    expect(navCurrent(home, '/lich')).toBeUndefined();
    expect(navCurrent(calendar, '/lichsu')).toBeUndefined();
    expect(navCurrent(more, '/lich')).toBeUndefined();
  });
});

describe('labels cover the content schema', () => {
  it('names every topic, model kind and status the schema allows', async () => {
    const { TOPICS, MODEL_KINDS, MODEL_STATUSES } = await import('../../src/content/schema.ts');
    const { TOPIC_ORDER, MODEL_KIND_ORDER, MODEL_STATUS_ORDER } = await import('../../src/ui/topics.ts');
    expect([...TOPIC_ORDER].sort()).toEqual([...TOPICS].sort());
    expect([...MODEL_KIND_ORDER].sort()).toEqual([...MODEL_KINDS].sort());
    expect([...MODEL_STATUS_ORDER].sort()).toEqual([...MODEL_STATUSES].sort());
  });
});
