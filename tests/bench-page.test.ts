import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BenchBody } from '@/components/bench/bench-page';

describe('the bench pages', () => {
  it('say when they were rendered in the product date format, in a <time>', () => {
    const html = renderToStaticMarkup(createElement(BenchBody, { viewer: 'bench.customer', renderedAt: new Date('2026-12-03T17:23:55.120Z') }));
    expect(html).toContain('<time dateTime="2026-12-03T17:23:55.120Z">3 Dec 2026, 17:23:55 UTC</time>');
    expect(html).not.toMatch(/>[^<]*\d{4}-\d{2}-\d{2}T/);
  });
});
