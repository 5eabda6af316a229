import { expect, test } from '@playwright/test';

const PATHS = ['/', '/about', '/news', '/terms', '/privacy', '/accessibility', '/contact'];

for (const path of PATHS) {
  test(`keyboard reaches every link and button on ${path}`, async ({ page }) => {
    await page.goto(path);
    const targets = await page.$$eval('a[href], button', (elements) =>
      elements
        .filter((e) => (e as HTMLElement).offsetParent !== null || e.getAttribute('href') === '#continut')
        .map((e) => e.outerHTML),
    );
    const reached = new Set<string>();
    // Tab through the page until focus comes back round (or a generous limit).
    for (let i = 0; i < targets.length * 2 + 10; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.outerHTML ?? '');
      if (reached.has(focused) && reached.size >= targets.length) break;
      reached.add(focused);
    }
    const missed = targets.filter((t) => !reached.has(t));
    expect(missed).toEqual([]);
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/about');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Salt la conținutul principal' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#continut$/);
});

for (const width of [320, 768, 1920]) {
  test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/about', '/contact', '/news']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}
