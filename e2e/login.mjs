// Shared by the browser checks: typing the Tasklist login as a person would, and opening the browser.

/**
 * Fills the login form once Tasklist has finished drawing the page: a late render takes the focus
 * back to the user name, which would put the password there. Checks both fields and types again
 * when one does not hold what was typed.
 */
export async function fillLogin(page, user, password) {
  const name = page.locator('input[ng-model=username]');
  const secret = page.locator('input[ng-model=password]');
  await name.waitFor();
  await page.waitForLoadState('networkidle');
  for (let attempt = 0; attempt < 3; attempt++) {
    await name.fill(user);
    await secret.fill(password);
    if (await name.inputValue() === user && await secret.inputValue() === password) return;
    await page.waitForTimeout(300);
  }
  throw new Error(`the login form did not keep ${user}'s name and password`);
}

/**
 * Debian's chromium, headless, in Chinese and China time, at the size the screenshots are taken,
 * with the profile in the given folder; every wait at most 20 s. Extra context options (e.g.
 * acceptDownloads) are added to these.
 */
export async function openBrowser(chromium, profileDir, extra = {}) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 },
    ...extra,
  });
  context.setDefaultTimeout(20000);
  return context;
}
