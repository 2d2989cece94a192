/** Why: every page of every role must have no serious or critical accessibility violation (axe-core rules). */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectAccessible(page: Page, context = ''): Promise<void> {
  // Next streams a page's metadata after its content, so right after a navigation the <title> may still be on its
  // way: wait for it (a page without one still fails, here), then let axe judge the settled page.
  await expect(page, `a document title on ${context || page.url()}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    );
  expect(serious, `axe violations on ${context || page.url()}`).toEqual([]);
}

/** Runs `check` at phone width (390 px) and desktop width (1280 px), asserting the page never scrolls sideways. */
export async function atBothWidths(page: Page, check: () => Promise<void>): Promise<void> {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await check();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `page scrolls sideways at ${width}px: ${page.url()}`).toBeLessThanOrEqual(0);
  }
}
