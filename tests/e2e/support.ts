import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';

export type TLocale = 'ro' | 'en';

export async function useLocale(context: BrowserContext, locale: TLocale) {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL }]);
}

/**
 * Zero axe violations against WCAG 2.1 A and AA, plus "Label in Name" (2.5.3), which axe ships
 * switched off (experimental): a visible label missing from a control's accessible name leaves
 * speech-input users with nothing to say.
 */
export async function expectNoAxeViolations(page: Page) {
  // One options object: AxeBuilder#options replaces what withTags set.
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
