/**
 * Kiosk terminal: the kiosk home on both screens of the city hall's terminals, and privacy on a
 * shared screen (idle warning, timeout that ends the session on the server, nothing left behind).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createUser, signIn } from '../fixtures';
import { expectNoAxeViolations } from '../support';
import { KIOSK_SCREENS, kioskContext, type TKioskScreen } from './support';

const SESSION_COOKIE = 'next-auth.session-token';

async function expectTouchSize(control: Locator) {
  const box = await control.boundingBox();
  expect(box, `${await control.textContent()} is on screen`).not.toBeNull();
  expect(box!.height, `height of ${await control.textContent()}`).toBeGreaterThanOrEqual(48);
  expect(box!.width, `width of ${await control.textContent()}`).toBeGreaterThanOrEqual(48);
}

const bigButtons = (page: Page, name: string) => page.getByRole('navigation', { name }).getByRole('link');

for (const screen of ['portrait', 'landscape'] as TKioskScreen[]) {
  test(`kiosk home on a ${screen} touch screen: four big buttons, touch-sized controls, nothing that leaves the site, language switch, no axe violations`, async ({ browser }) => {
    const context = await kioskContext(browser, screen);
    const page = await context.newPage();
    await page.goto('/kiosk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bun venit la Primăria Municipiului Roman');
    const buttons = bigButtons(page, 'Ce doriți să faceți?');
    await expect(buttons).toHaveText([/^Servicii Publice Electronice/, /^Contul meu/, /^Verifică stadiul unei cereri/, /^Noutăți/]);
    for (const button of await buttons.all()) {
      await expectTouchSize(button);
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(120);
    }

    // The kiosk header: a big "Acasă", no ordinary sign-out; every visible control is touch-sized.
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Acasă' })).toHaveAttribute('href', '/kiosk');
    await expect(header.getByRole('link', { name: 'Autentificare' })).toBeVisible();
    await expect(header.getByRole('button', { name: 'Terminare sesiune' })).toHaveCount(0);
    for (const control of await page.locator('header a:visible, header button:visible, footer a:visible, main a:visible').all()) await expectTouchSize(control);
    // Phone and email are plain text; no link leaves the portal or opens a new window.
    await expect(page.getByRole('contentinfo')).toContainText('primaria@primariaroman.ro');
    await expect(page.locator('a[href^="tel:"], a[href^="mailto:"], a[href^="http"], a[target="_blank"]')).toHaveCount(0);
    // Controls cannot be selected like text (no long-press selection on a touch screen).
    expect(await buttons.first().evaluate((element) => getComputedStyle(element).userSelect)).toBe('none');
    await expectNoAxeViolations(page);

    // The on-screen language switch, by touch.
    await header.getByRole('button', { name: 'Schimbă limba în English' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Roman City Hall');
    await expect(bigButtons(page, 'What would you like to do?')).toHaveText([/^Electronic Public Services/, /^My account/, /^Check the status of a request/, /^News/]);
    await expect(header.getByRole('link', { name: 'Home' })).toBeVisible();
    await header.getByRole('button', { name: 'Change the language to Română' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bun venit la Primăria Municipiului Roman');

    // The kiosk sign-in page.
    await header.getByRole('link', { name: 'Autentificare' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Autentificare');
    await expectTouchSize(page.getByRole('button', { name: 'Intră în cont' }));
    await expectTouchSize(page.getByLabel('Adresa de e-mail'));
    await expectTouchSize(page.getByRole('main').getByRole('link', { name: 'Am uitat parola' }));
    await expectTouchSize(page.getByRole('main').getByRole('link', { name: 'Creați un cont' }));
    await expectNoAxeViolations(page);
    await context.close();
  });
}

test('the start URL turns kiosk mode on from the first page, it stays on, and ?kiosk=0 turns it off; the contact page is one column at kiosk size', async ({ browser }) => {
  const context = await browser.newContext({ viewport: KIOSK_SCREENS.landscape, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/kiosk');
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Acasă' })).toBeVisible();
  expect((await context.cookies()).find((cookie) => cookie.name === 'portal_kiosk')).toMatchObject({ value: '1', httpOnly: true, sameSite: 'Lax' });

  // At kiosk type size the address and the opening hours stand one under the other, not squeezed side by side.
  await page.goto('/contact');
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
  // How far the opening hours start below the end of the address (negative: side by side).
  const hoursBelowAddress = async () => {
    const address = (await page.getByRole('region', { name: 'Adresă' }).boundingBox())!;
    const hours = (await page.getByRole('region', { name: 'Program cu publicul' }).boundingBox())!;
    return hours.y - (address.y + address.height);
  };
  expect(await hoursBelowAddress()).toBeGreaterThanOrEqual(0);
  await expect(page.getByRole('main')).toContainText('primaria@primariaroman.ro');
  await expect(page.locator('main a[href^="mailto:"], main a[href^="tel:"]')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto('/contact?kiosk=0');
  await expect(page.locator('html')).not.toHaveAttribute('data-kiosk');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Stema Municipiului Roman' })).toBeVisible();
  expect((await context.cookies()).some((cookie) => cookie.name === 'portal_kiosk')).toBe(false);
  expect(await hoursBelowAddress()).toBeLessThan(0);
  await context.close();
});

test('a kiosk visit ends after the idle time: warning with a countdown, "Continuați" extends, then the session ends on the server and nothing of it remains', async ({ browser }) => {
  test.setTimeout(120_000);
  const citizen = await createUser({ firstName: 'Teodora', lastName: 'Chioșcaru' });
  const context = await kioskContext(browser, 'portrait');
  const page = await context.newPage();
  await page.clock.install();
  await signIn(page, citizen.email);
  const response = await page.goto('/dashboard');
  expect(response?.headers()['cache-control']).toContain('no-store');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contul meu');
  const header = page.getByRole('banner');
  await expect(header).toContainText('Conectat: Teodora Chioșcaru');
  await expect(header.getByRole('button', { name: 'Terminare sesiune' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Ieșire' })).toHaveCount(0);
  await page.evaluate(() => sessionStorage.setItem('left-behind', 'something personal'));
  const sessionCookie = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  expect(sessionCookie).toBeDefined();
  // The visitor goes on to the services: the personal page is now one step back in the history.
  await header.getByRole('link', { name: 'Servicii' }).tap();
  await expect(page).toHaveURL(/\/services$/);

  // No warning before the idle time (120 s), then a modal warning with the countdown.
  const warning = page.getByRole('alertdialog', { name: 'Mai sunteți aici?' });
  const continueButton = warning.getByRole('button', { name: 'Continuați' });
  await page.clock.fastForward(115_000);
  await expect(warning).toBeHidden();
  await page.clock.fastForward(6_000);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/^Mai sunteți aici\?Sesiunea se încheie în \d+ de secunde\. Atingeți „Continuați” ca să rămâneți\./);
  await expect(continueButton).toBeFocused();
  const secondsLeft = async () => Number(/în (\d+) (de )?secunde/.exec((await warning.textContent()) ?? '')?.[1]);
  const first = await secondsLeft();
  expect(first).toBeGreaterThanOrEqual(20);
  expect(first).toBeLessThanOrEqual(30);
  await page.clock.runFor(5_000);
  await expect.poll(secondsLeft).toBeLessThanOrEqual(first - 4);

  // "Continuați" hides it and starts the idle time again.
  await continueButton.tap();
  await expect(warning).toBeHidden();
  await page.clock.fastForward(100_000);
  await page.clock.runFor(1_000);
  await expect(warning).toBeHidden();
  await expect(header).toContainText('Conectat: Teodora Chioșcaru');
  await page.clock.fastForward(20_000);
  await expect(warning).toBeVisible();

  // Nobody answers: back to the kiosk home, signed out, the browser's storage wiped.
  await page.clock.fastForward(31_000);
  await page.waitForURL((url) => url.pathname === '/kiosk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bun venit la Primăria Municipiului Roman');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Autentificare' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Teodora');
  expect((await context.cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);

  // The back button shows nothing of the previous visitor: the personal page is asked for again and refused.
  await page.goBack();
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Autentificare');
  await expect(page.locator('body')).not.toContainText('Teodora');
  await expect(page.getByRole('heading', { name: 'Contul meu' })).toHaveCount(0);

  // The old session cookie, copied before the timeout, is refused by the server.
  const replay = await browser.newContext();
  await replay.addCookies([sessionCookie!]);
  const thief = await replay.newPage();
  await thief.goto('/dashboard');
  await expect(thief).toHaveURL(/\/login\?next=%2Fdashboard$/);
  await expect(thief.locator('body')).not.toContainText('Teodora');
  await replay.close();
  await context.close();
});

test('"Terminare sesiune" ends a kiosk visit at once; a normal browser has neither the kiosk header nor the idle reset', async ({ browser }) => {
  const citizen = await createUser({ firstName: 'Radu', lastName: 'Terminal' });
  const context = await kioskContext(browser, 'landscape');
  const page = await context.newPage();
  // Nothing opens a new window or leaves the portal, not even from a script or a link in content.
  await page.goto('/register');
  await expect(page.getByRole('link', { name: 'Termenii și condițiile' })).toBeVisible();
  // Shown only once the page runs in the browser (hydrated), like the guard.
  await expect(page.getByRole('button', { name: 'Ecran complet' })).toBeVisible();
  await expect(page.locator('a[target="_blank"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.open('https://example.org/'))).toBeNull();
  const notice = page.getByRole('alert').filter({ hasText: 'Pe acest terminal' });
  await expect(notice).toHaveText(/Pe acest terminal paginile nu se deschid în ferestre noi\./);
  await notice.getByRole('button', { name: 'Am înțeles' }).tap();
  await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<p><a href="https://example.org/">example.org</a></p>'));
  await page.getByRole('link', { name: 'example.org' }).tap();
  await expect(notice).toContainText('Pe acest terminal nu se deschid alte site-uri');
  await expect(page).toHaveURL(/\/register$/);

  await signIn(page, citizen.email);
  const sessionCookie = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  await page.getByRole('banner').getByRole('button', { name: 'Terminare sesiune' }).tap();
  await page.waitForURL((url) => url.pathname === '/kiosk');
  await expect(page.getByRole('banner')).not.toContainText('Radu Terminal');
  const replay = await browser.newContext();
  await replay.addCookies([sessionCookie!]);
  const thief = await replay.newPage();
  await thief.goto('/dashboard');
  await expect(thief).toHaveURL(/\/login\?next=%2Fdashboard$/);
  await replay.close();
  await context.close();

  const normal = await browser.newContext();
  const other = await normal.newPage();
  await other.clock.install();
  await other.goto('/services');
  await expect(other.getByRole('banner').getByRole('link', { name: 'Stema Municipiului Roman' })).toBeVisible();
  await expect(other.getByRole('banner').getByRole('link', { name: 'Acasă' })).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Ecran complet' })).toHaveCount(0);
  await expect(other.locator('footer a[href^="mailto:"]')).toHaveCount(1);
  await other.clock.fastForward(200_000);
  await other.clock.runFor(2_000);
  await expect(other.getByRole('alertdialog')).toHaveCount(0);
  await expect(other).toHaveURL(/\/services$/);
  await normal.close();
});
