// Figures: the list's URL and filters, and which figures make a chart.
import { describe, expect, it } from 'vitest';
import { chartGroups, figureProvinces, figuresHref, filterFigures, parseFiguresQuery } from '../../src/routes/figures-query.ts';
import { figures, provinces } from './routes-fixture.ts';

describe('figures list', () => {
  it('parses topic and place, ignoring unknown or malformed ones', () => {
    expect(parseFiguresQuery({ 'chu-de': 'antq', tinh: 'cao-bang' }, provinces)).toEqual({ topic: 'antq', province: 'cao-bang' });
    expect(parseFiguresQuery({ 'chu-de': 'x', tinh: 'atlantis' }, provinces)).toEqual({ topic: undefined, province: undefined });
  });

  it('filters by topic and by place', () => {
    expect(filterFigures(figures, { topic: 'antq', province: undefined }).map((f) => f.id)).toEqual(['cao-bang-2023-mo-hinh-moi', 'cao-bang-2023-mo-hinh-duy-tri', 'xa-2025']);
    expect(filterFigures(figures, { topic: 'antq', province: 'cao-bang' })).toHaveLength(2);
    expect(filterFigures(figures, { topic: undefined, province: 'ha-noi' })).toHaveLength(3);
  });

  it('offers only places that have figures, national figures aside', () => {
    expect(figureProvinces(figures, provinces).map((p) => p.id)).toEqual(['cao-bang', 'ha-noi']);
  });

  it('links to a filter', () => {
    expect(figuresHref({ topic: 'ma-tuy', province: 'ha-noi' })).toBe('/so-lieu/?chu-de=ma-tuy&tinh=ha-noi');
    expect(figuresHref({ topic: undefined, province: undefined })).toBe('/so-lieu/');
  });
});

describe('chartGroups', () => {
  it('charts a group whose figures share a unit, not one that mixes units', () => {
    const groups = chartGroups(figures);
    expect(groups.map((g) => [g.id, g.unit, g.figures.length])).toEqual([['cao-bang-2023-mo-hinh', 'mô hình', 2]]);
  });

  it('does not chart a group of one', () => {
    expect(chartGroups(figures.filter((f) => f.id === 'cao-bang-2023-mo-hinh-moi'))).toEqual([]);
  });
});
