// Browser check of article 16 in Camunda Tasklist (run against a fresh app with the demo seeds):
// a talkee's Tasklist lists only their own tasks, and script-bearing text entered by one person is
// shown to the next as text, never run.
//
// Usage: node e2e/confidentiality.mjs <base-url>
// Setup and progress go through the engine REST API, each person as themself (HTTP basic).
// Ends with the line "confidentiality: N passed, M failed" and exits non-zero if M > 0.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fillLogin, openBrowser } from './login.mjs';
import { checks, planned as plannedDate, restClient, str } from './common.mjs';

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const SCRIPT = `<script>window.__leak=1;alert('泄密')</script><img src=x onerror="window.__leak=2">`;
const { check, finish } = checks('confidentiality');

const { engine: rest } = restClient(base);

async function startTalk(organization, talker) {
  return (await rest('huangjing', 'POST', '/process-definition/key/regularTalk/submit-form', {
    variables: { organizationId: str(organization), talkerId: str(talker),
      plannedTalkDate: str(plannedDate), planYear: { value: Number(plannedDate.slice(0, 4)), type: 'Integer' } },
  })).id;
}
// the start form's pickers hand in ids: 青山县委 with 李建国, 市发展改革委党组 with 赵敏
const talkA = await startTalk('qingshan', 'lijianguo');
await startTalk('fagaiwei', 'zhaomin');

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'confidentiality-chromium-'));
const context = await openBrowser(chromium, userDataDir);
const page = context.pages()[0] || (await context.newPage());
const dialogs = [];
page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });

async function login(user) {
  await context.clearCookies();
  await page.goto(`${base}/camunda/app/tasklist/`);
  await fillLogin(page, user, 'demo');
  await page.locator('input[ng-model=password]').press('Enter');
  await page.locator('.task-filters .task-filter').first().waitFor();
  await page.locator('.tasks-list, .no-task').first().waitFor();
  await page.waitForTimeout(1500);
}
async function listedTaskNames() {
  return page.locator('.tasks-list li.task h4.task a').evaluateAll((as) => as.map((a) => a.textContent.trim()));
}

// 1. The talkee 王海 lists only his own task, while 14 other tasks of two talks are open.
const allOpen = (await rest('admin', 'GET', '/task')).length;
await login('wanghai');
for (const filter of ['我的待办', '本组待办', '即将到期', '已逾期']) {
  await page.locator('.task-filters .task-filter h4.name a', { hasText: filter }).first().click();
  await page.waitForTimeout(1200);
  const names = await listedTaskNames();
  const expected = filter === '我的待办' || filter === '即将到期' ? ['对照规定开展自查'] : [];
  check(`王海's filter ${filter} lists only his own tasks (${allOpen} tasks open in all)`,
    JSON.stringify(names) === JSON.stringify(expected), `listed: ${names.join(', ')}`);
}
await page.screenshot({ path: path.resolve('target/e2e-confidentiality-talkee.png'), fullPage: true });

// 2. Script-bearing text: the talkee's report and the units' material reach the talker as text.
const own = await rest('wanghai', 'GET', `/task?processInstanceId=${talkA}&assignee=wanghai`);
await rest('wanghai', 'POST', `/task/${own[0].id}/submit-form`, { variables: { selfInspectionReport: str(SCRIPT) } });
const prep = await rest('lijianguo', 'GET', `/task?processInstanceId=${talkA}&assignee=lijianguo`);
await rest('lijianguo', 'POST', `/task/${prep[0].id}/submit-form`, {
  variables: { preparationMaterials: str(SCRIPT), preparationIssues: str(SCRIPT) } });
for (const member of ['zhenghua', 'xuming', 'majun', 'zhuhong', 'hulin']) {
  const [t] = await rest(member, 'GET', `/task?processInstanceId=${talkA}&candidateUser=${member}`);
  await rest(member, 'POST', `/task/${t.id}/claim`, { userId: member });
  await rest(member, 'POST', `/task/${t.id}/submit-form`, { variables: { material: str(SCRIPT) } });
}
for (let i = 0; i < 40; i++) {
  if ((await rest('lijianguo', 'GET', `/task?processInstanceId=${talkA}&assignee=lijianguo`)).length) break;
  await new Promise((r) => setTimeout(r, 250));
}
await login('lijianguo');
await page.locator('.tasks-list li.task h4.task a', { hasText: '开展谈话并形成谈话记录' }).first().click();
await page.locator('.task-details .fjs-form').waitFor();
await page.waitForTimeout(1500);
const report = await page.getByLabel('被谈话人的自查报告').inputValue();
check('the talker reads the talkee\'s report with <script> as literal text', report === SCRIPT, report);
const materials = await page.getByLabel('协作单位提供的情况和材料').inputValue();
check('the units\' material with <script> is literal text too', materials.includes(SCRIPT), materials.slice(0, 120));
const leaked = await page.evaluate(() => window.__leak);
check('no script ran and no injected element fired', leaked === undefined && dialogs.length === 0,
  `__leak=${leaked}, dialogs=${dialogs.join('|')}`);
check('no <img src=x> was injected into the page',
  (await page.locator('.task-details img[src="x"]').count()) === 0);
await page.screenshot({ path: path.resolve('target/e2e-confidentiality-talker.png'), fullPage: true });

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
finish();
