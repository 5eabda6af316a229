import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support';
import { linkIn, login, PASSWORD, uniqueEmail, waitForEmail } from '../fixtures';

async function fillAddress(page: Page) {
  await page.getByLabel('Județul').selectOption('Neamț');
  await page.getByLabel('Localitatea').fill('Roman');
  await page.getByLabel('Strada').fill('Strada Ștefan cel Mare');
  await page.getByLabel('Număr').fill('12');
  await page.getByLabel('Cod poștal').fill('611001');
}

async function fillCredentials(page: Page, email: string) {
  await page.getByLabel('Adresa de e-mail').fill(email);
  await page.getByLabel('Telefon').fill('0722 123 456');
  await page.getByLabel('Parola', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Repetați parola').fill(PASSWORD);
  await page.getByLabel(/Am citit și accept/).check();
  await page.getByLabel(/Am citit Politica de confidențialitate/).check();
}

async function activateAndSignIn(page: Page, email: string) {
  await expect(page.getByRole('status')).toContainText('Verificați-vă e-mailul');
  const mail = await waitForEmail(email, /Activați contul/);
  const link = linkIn(mail, '/activate?token=');
  await page.goto(link);
  await expect(page).toHaveURL(/\/login\?activated=1$/);
  await expect(page.getByRole('status')).toHaveText('Contul a fost activat. Vă puteți autentifica.');
  await login(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  return link;
}

test('a person registers, sees every error in Romanian, activates the account from the email and signs in and out', async ({ page }) => {
  const email = uniqueEmail('persoana');
  await page.goto('/register');
  await expectNoAxeViolations(page);

  // Wrong data first: every error next to its field and in the summary.
  await page.getByLabel('Nume', { exact: true }).fill('Popescu');
  await page.getByLabel('Prenume').fill('Ana');
  await page.getByLabel('CNP').fill('1800101123456');
  await page.getByLabel('Adresa de e-mail').fill('ana@');
  await page.getByLabel('Parola', { exact: true }).fill('parola123');
  await page.getByRole('button', { name: 'Creează contul' }).click();
  const summary = page.getByRole('main').getByRole('alert').first();
  await expect(summary).toContainText('Formularul are');
  await expect(summary).toContainText('CNP-ul nu este valid: cifra de control nu se potrivește.');
  await expect(page.getByLabel('CNP')).toHaveAccessibleDescription(/cifra de control/);
  await expect(page.getByLabel('Adresa de e-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Parola', { exact: true })).toHaveAccessibleDescription(/Parola trebuie să aibă cel puțin 12 caractere./);
  await expect(page.getByLabel('Județul')).toHaveAccessibleDescription('Alegeți județul din listă.');
  await expect(summary).toContainText('Trebuie să acceptați Termenii și condițiile.');
  await expectNoAxeViolations(page);

  // The half-filled form survives a reload.
  await page.reload();
  await expect(page.getByLabel('Nume', { exact: true })).toHaveValue('Popescu');

  await page.getByLabel('CNP').fill('1800101123450');
  await fillAddress(page);
  await fillCredentials(page, email);
  await expect(page.getByText(/Cât de sigură este:/)).toBeVisible();
  await page.getByRole('button', { name: 'Creează contul' }).click();
  const link = await activateAndSignIn(page, email);
  await expect(page.getByText('Bun venit, Ana Popescu!')).toBeVisible();

  await page.getByRole('button', { name: 'Ieșire' }).click();
  await expect(page).toHaveURL(/\/login\?loggedOut=1$/);
  await expect(page.getByRole('status')).toHaveText('Ați ieșit din cont.');
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);

  // The activation link works once; opened again it says so and shows the way forward.
  await page.goto(link);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Linkul a fost deja folosit.');
  await expect(page.getByRole('link', { name: 'Mergeți la autentificare' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trimite din nou linkul' })).toBeVisible();
});

test('a guessable password is refused: the meter under the field says why and what to change, in Romanian and English', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('Nume', { exact: true }).fill('Vasilescu');
  await page.getByLabel('Prenume').fill('Mirela');
  await page.getByLabel('CNP').fill('1800101123450');
  await fillAddress(page);
  await fillCredentials(page, uniqueEmail('ghicita'));
  const password = page.getByLabel('Parola', { exact: true });

  // A Romanian favourite, decorated as usual: long enough, still guessable.
  await password.fill('Parolamea2025');
  await page.getByLabel('Repetați parola').fill('Parolamea2025');
  await expect(password).toHaveAccessibleDescription(/Cât de sigură este: slabă\. Parola trebuie să ajungă cel puțin la „bună”\./);
  await expect(password).toHaveAccessibleDescription(/Seamănă cu o parolă folosită des\./);
  await expect(password).toHaveAccessibleDescription(/Adăugați încă un cuvânt, mai puțin obișnuit\./);
  await page.getByRole('button', { name: 'Creează contul' }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/Această parolă se poate ghici ușor\./);
  await expect(page.getByRole('main').getByRole('alert').first()).toContainText('Această parolă se poate ghici ușor.');
  await expectNoAxeViolations(page);

  // Fine for a stranger, guessable for Mirela Vasilescu: her own name turned around.
  await password.fill('vasilescumirela');
  await page.getByLabel('Repetați parola').fill('vasilescumirela');
  await expect(password).toHaveAccessibleDescription(/Nu folosiți datele dumneavoastră personale \(nume, adresa de e-mail\)\./);
  await page.getByRole('button', { name: 'Creează contul' }).click();
  await expect(password).toHaveAccessibleDescription(/Parola nu poate fi numele, adresa de e-mail sau ceva ușor de ghicit din ele\./);

  // A phrase of unrelated words passes, with no digits or symbols asked for.
  await password.fill('lumina de pe deal');
  await expect(password).toHaveAccessibleDescription(/Cât de sigură este: foarte bună\. Parola este destul de sigură\./);

  // The same advice in English.
  await page.getByRole('button', { name: /^EN\b/ }).click();
  await page.getByLabel('Password', { exact: true }).fill('qwertyuiopasdf');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(/How strong it is: weak\. The password must reach at least “good”\./);
  await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(/This is similar to a commonly used password\./);
});

test('the password dictionaries load only on a page with a new-password field, after the page itself', async ({ page }) => {
  // The scripts the page fetched that hold the estimator's dictionaries (the common list's name).
  const dictionaryScripts = (seen: string[]) => seen.filter((body) => body.includes('passwords-common'));
  const watch = () => {
    const bodies: string[] = [];
    const onResponse = async (response: import('@playwright/test').Response) => {
      if (response.url().includes('/_next/static/') && response.url().endsWith('.js')) bodies.push(await response.text().catch(() => ''));
    };
    page.on('response', onResponse);
    return { bodies, stop: () => page.off('response', onResponse) };
  };

  const login = watch();
  await page.goto('/login');
  await page.getByLabel('Parola', { exact: true }).fill('o parolă oarecare');
  await page.waitForLoadState('networkidle');
  login.stop();
  expect(login.bodies.length).toBeGreaterThan(0);
  expect(dictionaryScripts(login.bodies)).toHaveLength(0);

  const register = watch();
  await page.goto('/register');
  await page.getByLabel('Parola', { exact: true }).fill('lumina de pe deal');
  await expect(page.getByLabel('Parola', { exact: true })).toHaveAccessibleDescription(/Cât de sigură este: foarte bună/);
  register.stop();
  expect(dictionaryScripts(register.bodies)).toHaveLength(1);
});

test('a company registers with CUI and trade register number, and activates', async ({ page }) => {
  const email = uniqueEmail('firma');
  await page.goto('/register');
  await page.getByLabel(/Persoană juridică/).check();
  await page.getByLabel('Denumirea firmei').fill('Construct Roman SRL');
  await page.getByLabel('CUI / CIF').fill('RO12345678');
  await page.getByLabel('Nr. de înregistrare la Registrul Comerțului').fill('J27/123/2020');
  await page.getByLabel('Numele reprezentantului legal').fill('Mihai Georgescu');
  await page.getByLabel('Calitatea reprezentantului').fill('administrator');
  await fillAddress(page);
  await fillCredentials(page, email);
  await page.getByRole('button', { name: 'Creează contul' }).click();
  await expect(page.getByText('CUI-ul nu este valid: cifra de control nu se potrivește.').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('CUI / CIF').fill('RO 4221306');
  await page.getByRole('button', { name: 'Creează contul' }).click();
  await activateAndSignIn(page, email);
  await expect(page.getByText('Bun venit, Construct Roman SRL!')).toBeVisible();
});

test('a partner institution registers and activates', async ({ page }) => {
  const email = uniqueEmail('institutie');
  await page.goto('/register');
  await page.getByLabel(/Instituție parteneră/).check();
  await page.getByLabel('Denumirea instituției').fill('Spitalul Municipal Roman');
  await page.getByLabel('CUI / CIF').fill('12345674');
  await page.getByLabel('Persoana de contact').fill('Elena Rusu');
  await fillAddress(page);
  await fillCredentials(page, email);
  await page.getByRole('button', { name: 'Creează contul' }).click();
  await activateAndSignIn(page, email);
  await expect(page.getByText('Bun venit, Spitalul Municipal Roman!')).toBeVisible();
});

test('an unactivated account cannot sign in and is told how to get a new link', async ({ page }) => {
  const email = uniqueEmail('neactivat');
  await page.goto('/register');
  await page.getByLabel('Nume', { exact: true }).fill('Dobre');
  await page.getByLabel('Prenume').fill('Radu');
  await page.getByLabel('CNP').fill('5240508700015');
  await fillAddress(page);
  await fillCredentials(page, email);
  await page.getByRole('button', { name: 'Creează contul' }).click();
  await expect(page.getByRole('status')).toContainText('Verificați-vă e-mailul');

  await login(page, email);
  await expect(page.getByRole('main').getByRole('alert').first()).toContainText('Contul nu este încă activat.');
  await page.getByRole('button', { name: 'Trimite din nou linkul' }).click();
  await expect(page.getByRole('status')).toContainText('am trimis un nou link de activare');
  await expectNoAxeViolations(page);
});
