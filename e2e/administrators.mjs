// Browser check of 三员分立 (run against an app with the demo seeds; e2e/run.sh runs it last):
// - the system administrator (钱峰) works in Admin (users, groups) and cannot log in to Tasklist or
//   Cockpit; over REST he reads no talk;
// - the security administrator (蒋蕾) reaches Admin's authorizations and cannot log in to Tasklist;
// - the auditor (曹宇) logs in to no webapp, reads the access trail over /api/trail, which records
//   the others' logins and refusals, and finds the chain intact; the others may not read it.
//
// Usage: node e2e/administrators.mjs <base-url>
// Screenshots: target/e2e/administrators-*.png. Ends with "administrators: N passed, M failed".

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fillLogin, openBrowser } from './login.mjs';
import { checks, restClient } from './common.mjs';

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const outDir = path.resolve(process.env.E2E_OUT || 'target/e2e');
fs.mkdirSync(outDir, { recursive: true });
const { check, finish } = checks('administrators');
const { call } = restClient(base);

const SYSTEM = 'qianfeng';
const SECURITY = 'jianglei';
const AUDITOR = 'caoyu';

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'administrators-chromium-'));
const context = await openBrowser(chromium, userDataDir);
const page = context.pages()[0] || (await context.newPage());

/** Logs in to the webapp; true when the app's page (not the login form) follows. */
async function login(app, user) {
  await context.clearCookies();
  await page.goto(`${base}/camunda/app/${app}/default/`);
  await fillLogin(page, user, 'demo');
  await page.locator('input[ng-model=password]').press('Enter');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  return (await page.locator('input[ng-model=password]').count()) === 0;
}

async function shot(name) {
  await page.screenshot({ path: path.join(outDir, `administrators-${name}.png`), fullPage: true });
}

try {
  // the system administrator: Admin's users, no Tasklist, no Cockpit
  check('the system administrator logs in to Admin', await login('admin', SYSTEM));
  await page.goto(`${base}/camunda/app/admin/default/#/users`);
  await page.waitForLoadState('networkidle');
  // Admin's list shows the surname and the given name in columns of their own: 李 | 建国
  await page.getByText('lijianguo', { exact: true }).first().waitFor({ timeout: 15000 }).catch(() => {});
  const users = await page.locator('body').innerText();
  check('... and sees the users to manage', users.includes('lijianguo') && users.includes('建国')
    && users.includes('添加用户'), users.slice(0, 300));
  await shot('system-users');
  check('the system administrator cannot log in to Tasklist', !(await login('tasklist', SYSTEM)));
  await shot('system-tasklist-refused');
  check('... nor to Cockpit', !(await login('cockpit', SYSTEM)));

  // the security administrator: Admin's authorizations
  check('the security administrator logs in to Admin', await login('admin', SECURITY));
  await page.goto(`${base}/camunda/app/admin/default/#/authorization?resource=0`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const authorizations = await page.locator('body').innerText();
  check('... and reaches the authorizations', /授权/.test(authorizations), authorizations.slice(0, 300));
  await shot('security-authorizations');
  check('the security administrator cannot log in to Tasklist', !(await login('tasklist', SECURITY)));

  // the auditor: no webapp at all
  check('the auditor cannot log in to Tasklist', !(await login('tasklist', AUDITOR)));
  check('... nor to Admin', !(await login('admin', AUDITOR)));
} catch (e) {
  check('the browser steps', false, e.message);
}

// over REST: none of the three reads a talk; only the auditor reads the trail
for (const user of [SYSTEM, SECURITY, AUDITOR]) {
  const ledger = await call(user, 'GET', '/api/ledger');
  check(`${user} cannot read the talk ledger (403, in Chinese)`,
    ledger.status === 403 && /无权|三员分立/.test(ledger.body?.message || ''), `${ledger.status} ${JSON.stringify(ledger.body)}`);
  const instances = await call(user, 'GET', '/engine-rest/process-instance?processDefinitionKey=regularTalk');
  check(`${user} reads no talk over the engine API`,
    instances.status === 403 || (Array.isArray(instances.body) && instances.body.length === 0), `${instances.status}`);
}
for (const user of [SYSTEM, SECURITY, 'admin']) {
  const refused = await call(user, 'GET', '/api/trail');
  check(`${user} may not read the access trail (403)`, refused.status === 403, `${refused.status}`);
}
const trail = await call(AUDITOR, 'GET', `/api/trail?actor=${SYSTEM}&size=100`);
check('the auditor reads the trail', trail.status === 200, `${trail.status} ${JSON.stringify(trail.body).slice(0, 200)}`);
const actions = (trail.body?.rows || []).map((r) => r.action);
check('... with the system administrator\'s logins and refusals', actions.some((a) => /login/.test(a))
  && (trail.body?.rows || []).some((r) => r.outcome === 'refused'), JSON.stringify(actions));
const verification = await call(AUDITOR, 'GET', '/api/trail/verification');
check('the trail\'s chain is intact', verification.status === 200 && verification.body?.intact === true,
  JSON.stringify(verification.body));

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
finish();
