// Browser check of the notices (通知) in Tasklist's header (run against an app with the demo seeds;
// e2e/run.sh runs it after the other checks):
// - a talkee (高建华, 西岭县委) with nothing unread gets a task and a talk notice (谈话通知, set by the
//   office over REST); his header shows the unread count;
// - opening the list shows both in Chinese; clicking the task's notice marks it read (the count
//   goes down) and opens the task; 「全部标为已读」 clears the count;
// - he hears nothing of the units' tasks (article 16); a talkee cannot send a talk notice; bad input 400.
//
// Usage: node e2e/notices.mjs <base-url>
// Screenshots: target/e2e/notices*.png. Ends with "notices: N passed, M failed", exits non-zero if M > 0.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fillLogin, openBrowser } from './login.mjs';
import { checks, planned, restClient, sleep, str, today } from './common.mjs';

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const outDir = path.resolve(process.env.E2E_OUT || 'target/e2e');
fs.mkdirSync(outDir, { recursive: true });

const { check, finish } = checks('notices');

const { call, rest } = restClient(base);

const TALKEE = 'gaojianhua';
const tomorrow = new Date(Date.parse(today) + 86400000).toISOString().slice(0, 10);

// ---------------------------------------------------------------- a task and a talk notice, over REST

await rest(TALKEE, 'POST', '/api/notices/read-all');
check('the talkee starts with nothing unread',
  (await rest(TALKEE, 'GET', '/api/notices/unread-count')).unread === 0);

const { id: instanceId } = await rest('huangjing', 'POST', '/engine-rest/process-definition/key/regularTalk/submit-form', {
  variables: { organizationId: str('xiling'), talkerId: str('lijianguo'), plannedTalkDate: str(planned),
    planYear: { value: Number(planned.slice(0, 4)), type: 'Integer' },
    additionalTalk: { value: true, type: 'Boolean' } } });
let ownTask = null;
for (let i = 0; i < 60 && !ownTask; i++) {
  ownTask = (await rest(TALKEE, 'GET', `/engine-rest/task?processInstanceId=${instanceId}&assignee=${TALKEE}`))[0];
  if (!ownTask) await sleep(250);
}
check('the talkee has his self-inspection task', !!ownTask);
const talkId = (await rest('huangjing', 'GET', `/engine-rest/process-instance/${instanceId}/variables/talkId`)).value;

const place = '市委第三会议室';
const announced = await call('huangjing', 'POST', `/api/talks/${encodeURIComponent(talkId)}/notice`,
  { time: `${tomorrow}T09:30`, place });
check('the office sends the talk notice', announced.status === 200
  && announced.body.notified.some((p) => p.name === '高建华'), JSON.stringify(announced.body));
const refused = await call(TALKEE, 'POST', `/api/talks/${encodeURIComponent(talkId)}/notice`,
  { time: `${tomorrow}T09:30`, place });
check('a talkee cannot send a talk notice (403)', refused.status === 403, JSON.stringify(refused.body));
const noPlace = await call('huangjing', 'POST', `/api/talks/${encodeURIComponent(talkId)}/notice`,
  { time: `${tomorrow}T09:30` });
check('a talk notice without a place is refused in Chinese (400)',
  noPlace.status === 400 && /请填写谈话地点/.test(noPlace.body?.message || ''), JSON.stringify(noPlace.body));
const badSize = await call(TALKEE, 'GET', '/api/notices?size=1000');
check('a bad page size is refused in Chinese (400)', badSize.status === 400 && /size/.test(badSize.body?.message || ''),
  JSON.stringify(badSize.body));

const mine = await rest(TALKEE, 'GET', '/api/notices?size=100');
check('the talkee hears nothing of the units\' tasks',
  mine.rows.every((n) => !/提供有关情况和材料|谈话准备/.test(n.subject)), mine.rows.map((n) => n.subject).join('; '));
const discipline = await rest('zhenghua', 'GET', '/api/notices?size=100');
check('a unit member gets the unit\'s material task',
  discipline.rows.some((n) => n.subject.includes('提供有关情况和材料') && n.subject.includes('高建华')));

// ---------------------------------------------------------------- the browser

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'notices-chromium-'));
const context = await openBrowser(chromium, userDataDir);
const page = context.pages()[0] || (await context.newPage());
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));

async function shot(name) {
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: false });
}
async function shownCount() {
  const badge = page.locator('.st-notice-count');
  if (!(await badge.isVisible())) return 0;
  return Number((await badge.textContent()).trim());
}

try {
  await page.goto(`${base}/camunda/app/tasklist/`);
  await fillLogin(page, TALKEE, 'demo');
  await page.locator('input[ng-model=password]').press('Enter');
  await page.locator('.task-filters .task-filter').first().waitFor();
  await page.locator('.st-notice-bell').waitFor();
  await page.locator('.st-notice-count').waitFor({ state: 'visible' });
  const before = await shownCount();
  check('the header shows the unread count (2: the task and the talk notice)', before === 2, `shown ${before}`);
  check('the bell reads 通知', (await page.locator('.st-notice-bell').textContent()).includes('通知'));
  await shot('notices-header');

  await page.locator('.st-notice-bell').click();
  await page.locator('.st-notice-panel .st-notice').first().waitFor();
  const items = await page.locator('.st-notice-panel .st-notice').allTextContents();
  check('the list shows the new task in Chinese',
    items.some((t) => t.includes('新的待办') && t.includes('对照规定开展自查') && t.includes('高建华')), items.join(' | '));
  check('the list shows the talk notice with time and place',
    items.some((t) => t.includes('谈话通知') && t.includes(place) && t.includes('09:30')), items.join(' | '));
  check('dates are written 2026年12月30日', items.every((t) => /\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d/.test(t)));
  await shot('notices');

  await page.locator('.st-notice-panel .st-notice-unread', { hasText: '对照规定开展自查' }).first().click();
  await page.waitForFunction(() => /task=/.test(window.location.hash));
  await page.waitForFunction((n) => {
    const badge = document.querySelector('.st-notice-count');
    return badge && (badge.style.display === 'none' ? 0 : Number(badge.textContent)) < n;
  }, before);
  const afterOne = await shownCount();
  check('marking one read lowers the count', afterOne === before - 1, `shown ${afterOne}`);
  check('... and opens its task', page.url().includes(`task=${ownTask?.id}`), page.url());

  await page.locator('.st-notice-bell').click();
  await page.locator('.st-notice-panel .st-notice').first().waitFor();
  await page.locator('.st-notice-read-all').click();
  await page.waitForFunction(() => document.querySelector('.st-notice-count')?.style.display === 'none');
  check('「全部标为已读」 clears the count', (await shownCount()) === 0);
  check('... on the server too', (await rest(TALKEE, 'GET', '/api/notices/unread-count')).unread === 0);
  await shot('notices-read');
  check('no script error', pageErrors.length === 0, pageErrors.join(' | '));
} catch (e) {
  check('the notices in the browser', false, e.message);
  await shot('notices-failure').catch(() => {});
}

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });

// ---------------------------------------------------------------- the office sets the talk notice on the talk's page

const officeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'notices-office-chromium-'));
const office = await openBrowser(chromium, officeDir);
try {
  const officePage = office.pages()[0] || (await office.newPage());
  await officePage.goto(`${base}/camunda/app/tasklist/`);
  await fillLogin(officePage, 'huangjing', 'demo');
  await officePage.locator('input[ng-model=password]').press('Enter');
  await officePage.locator('.task-filters .task-filter').first().waitFor();
  await officePage.goto(`${base}/camunda/app/tasklist/default/#/ledger/${encodeURIComponent(talkId)}`);
  await officePage.locator('.st-talk-notice').waitFor();
  await officePage.locator('.st-notice-send').click();
  await officePage.locator('.st-notice-message.st-error').waitFor();
  const refusal = await officePage.locator('.st-notice-message').textContent();
  check('the talk page refuses a notice without time and place in Chinese', /请填写谈话时间/.test(refusal), refusal);
  const later = new Date(Date.now() + 3 * 86400000);
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit' }).format(later);
  await officePage.locator('.st-notice-time').fill(`${local}T15:00`);
  await officePage.locator('.st-notice-place').fill('市委第二会议室');
  await officePage.locator('.st-notice-send').click();
  await officePage.waitForFunction(() => /已发出/.test(document.querySelector('.st-notice-message')?.textContent || ''));
  check('the office sends the talk notice from the talk\'s page', true);
  await officePage.screenshot({ path: path.join(outDir, 'notices-talk-page.png'), fullPage: false });
  const changed = await rest(TALKEE, 'GET', '/api/notices?size=5');
  check('the talkee is told of the changed time and place',
    changed.unread === 1 && JSON.stringify(changed.rows[0]).includes('市委第二会议室'), JSON.stringify(changed.rows[0]));
} catch (e) {
  check('the talk notice on the talk\'s page', false, e.message);
}
await office.close();
fs.rmSync(officeDir, { recursive: true, force: true });
finish();
