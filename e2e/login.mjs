// Typing the Tasklist login as a person would, shared by the browser checks.

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
