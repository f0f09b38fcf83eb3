// Browser check of the annual plan as a table (年度计划编辑页面) in Tasklist, in Chinese (run against an
// app with the demo seeds; e2e/run.sh runs it after the other checks):
// - the office (刘洋) opens 「起草年度计划」, follows the form's link to the plan page, removes a row,
//   adds one by picking organization, talker, month, unit and basis, sees a Chinese error under the
//   month cell for a month already past, corrects it, saves, goes back and completes the task;
// - the secretary (李建国) sees the saved rows read-only in 「审批年度计划」.
//
// Usage: node e2e/plan-table.mjs <base-url>
// The plan is started over the engine REST API (HTTP basic, as 刘洋); the rest is clicked.
// Screenshots: target/e2e/plan-table*.png. Ends with "plan-table: N passed, M failed", exits
// non-zero if M > 0.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fillLogin, openBrowser } from './login.mjs';
import { checks, restClient, sleep } from './common.mjs';

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const outDir = path.resolve(process.env.E2E_OUT || 'target/e2e');
fs.mkdirSync(outDir, { recursive: true });

const { check, finish } = checks('plan-table');

const { engine, awaitTask } = restClient(base);

// The plan of this year, so that a month already past exists (January: none is past yet, and the
// check uses an empty month instead, which is refused in the same cell).
const [year, thisMonth] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
  .format(new Date()).split('-').map(Number);
const badMonth = thisMonth > 1 ? '1' : '';
const goodMonth = '12';

const started = await engine('liuyang', 'POST', '/process-definition/key/annualPlan/submit-form',
  { variables: { planYear: { value: year, type: 'Integer' } } });
const draftTask = await awaitTask('liuyang', `processInstanceId=${started.id}&taskDefinitionKey=draftPlan`);
await engine('liuyang', 'POST', `/task/${draftTask.id}/claim`, { userId: 'liuyang' });
console.log(`plan-table: annual plan ${year} started (${started.id})`);

// ---------------------------------------------------------------- the browser

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-chromium-'));
const context = await openBrowser(chromium, userDataDir);
const page = context.pages()[0] || (await context.newPage());
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));

async function login(user) {
  await context.clearCookies();
  await page.goto(`${base}/camunda/app/tasklist/`);
  await fillLogin(page, user, 'demo');
  await page.locator('input[ng-model=password]').press('Enter');
  await page.locator('.task-filters .task-filter').first().waitFor();
}

async function openTask(taskId) {
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${taskId}`);
  await page.locator('.task-details .fjs-form').waitFor();
  await page.waitForLoadState('networkidle');
}

/** The values of the form's read-only text areas, joined. */
async function formText() {
  const areas = await page.locator('.task-details .fjs-form textarea').evaluateAll((t) => t.map((x) => x.value));
  return (await page.locator('.task-details .fjs-form').innerText()) + '\n' + areas.join('\n');
}

const rows = () => page.locator('.st-plan table.st-plan-table tbody tr.st-plan-row');
const shot = (name) => page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });

try {
  await login('liuyang');
  await openTask(draftTask.id);
  const link = page.locator('.task-details .fjs-form a', { hasText: '年度计划编辑页面' });
  check('the draft task links to the plan page', await link.count() === 1);
  await link.click();
  await page.locator('.st-plan table.st-plan-table').waitFor();
  check('the plan page opens at #/plan/<year>', page.url().includes(`#/plan/${year}`), page.url());
  const before = await rows().count();
  check('the draft starts with the proposed rows', before > 0, `${before} rows`);

  // remove the last row, then add it back by picking
  const removedOrganization = await rows().last().locator('select[name=organizationId]').inputValue();
  await rows().last().locator('button.st-remove').click();
  check('a row is removed', await rows().count() === before - 1);
  await page.locator('.st-plan button.st-add').click();
  check('a row is added', await rows().count() === before);
  const added = rows().last();
  await added.locator('select[name=organizationId]').selectOption(removedOrganization);
  await added.locator('select[name=talkerId]').selectOption('lijianguo');
  await added.locator('select[name=plannedMonth]').selectOption(badMonth);
  await added.locator('select[name=responsibleUnit]').selectOption('audit');
  await added.getByLabel('审计监督').check();
  await added.locator('textarea[name=note]').fill('结合经济责任审计');
  // every proposed row still needs its basis
  const count = await rows().count();
  for (let i = 0; i < count; i++) {
    const boxes = rows().nth(i).locator('input[name=basis]');
    if (!(await boxes.evaluateAll((b) => b.some((x) => x.checked)))) {
      await rows().nth(i).getByLabel('巡视巡察').check();
    }
  }
  const orgLabel = (await added.locator('select[name=organizationId] option:checked').innerText()).replace(/\(.*$/, '');
  check('organizations are offered with their top leader', /\(.+\)/.test(
    await added.locator('select[name=organizationId] option:checked').innerText()));

  await page.locator('.st-plan button.st-save').click();
  const monthError = added.locator('td[data-field=plannedMonth] .st-cell-error');
  await monthError.waitFor();
  const errorText = await monthError.innerText();
  check('a bad month is refused in its cell, in Chinese',
    badMonth ? errorText.includes('已过,请安排在今后的月份') : errorText.includes('请选择计划月份'), errorText);
  check('... and the table is not saved', (await page.locator('.st-plan .st-message').innerText()).startsWith('未保存'));
  await shot('plan-table-error');

  await added.locator('select[name=plannedMonth]').selectOption(goodMonth);
  await page.locator('.st-plan button.st-save').click();
  await page.locator('.st-plan .st-message.st-ok').waitFor();
  check('the corrected table is saved', (await page.locator('.st-plan .st-message').innerText()).includes('已保存'));
  check('no cell errors remain', await page.locator('.st-plan .st-cell-error').count() === 0);
  const pageText = await page.locator('.st-plan').innerText();
  check('the page shows no "null" or "undefined"', !/\bnull\b|\bundefined\b/.test(pageText), pageText.slice(0, 300));
  await shot('plan-table');

  await page.locator('.st-plan a.st-back').click();
  await page.locator('.task-details .fjs-form').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const draftText = await formText();
  check('the task form shows the saved rows read-only', draftText.includes(`${orgLabel} | 谈话人: 李建国 | 计划月份: 12月 | 责任单位: 市审计局 | 依据: 审计监督 | 备注: 结合经济责任审计`),
    draftText.slice(0, 600));
  const complete = page.locator('.task-details').getByRole('button', { name: '完成', exact: true });
  await complete.click();
  let open = true;
  for (let i = 0; i < 40 && open; i++) {
    await sleep(250);
    open = (await engine('liuyang', 'GET', `/task?processInstanceId=${started.id}&taskDefinitionKey=draftPlan`)).length > 0;
  }
  check('the office completes 起草年度计划 with the saved table', !open);

  const approve = await awaitTask('lijianguo', `processInstanceId=${started.id}&taskDefinitionKey=approvePlan`);
  await login('lijianguo');
  await openTask(approve.id);
  const approveText = await formText();
  check('the secretary sees the table in 审批年度计划',
    approveText.includes(`${orgLabel} `) && approveText.includes('谈话人: 李建国;计划月份: 12月;责任单位: 市审计局;依据: 审计监督;备注: 结合经济责任审计'),
    approveText.slice(0, 600));
  await shot('plan-table-approve');
} catch (error) {
  check('plan table walk', false, error.stack || String(error));
  await shot('plan-table-failure').catch(() => {});
}

check('no script error on the plan pages', pageErrors.length === 0, pageErrors.join(' | '));
await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
finish();
