// Browser check of the cleaner Tasklist (run against an app with the demo seeds; e2e/run.sh runs it
// after the other checks):
// - the login pages of Tasklist, Cockpit, Admin and the welcome page show the product's name 监督谈话;
// - a talkee (韩雪) and an office member (黄静) see no control the engine refuses them: 创建任务,
//   发起流程 (the talkee may start nothing), 设置跟进日期, changing or removing the due date, 添加用户组,
//   changing the assignee; the engine indeed refuses those calls; priority 50 and 「(v. 1.0)」 are gone;
// - the task shows 「办理期限: X月X日24时前」 above its form (none on a task without a due date), and
//   dates read 2026年12月30日 (exact dates beside 「9 天后」, form texts included);
// - an error toast leaves the form's 完成 button free;
// - the administrator still has 创建任务 and may change the task.
//
// Usage: node e2e/tasklist-clean.mjs <base-url>
// The work is set up over the engine REST API, each person as themself (HTTP basic). Screenshots:
// target/e2e/clean-*.png. Ends with "tasklist-clean: N passed, M failed", exits non-zero if M > 0.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fillLogin, openBrowser } from './login.mjs';
import { checks, restClient, str, today } from './common.mjs';

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const outDir = path.resolve(process.env.E2E_OUT || 'target/e2e');
fs.mkdirSync(outDir, { recursive: true });

const { check, finish } = checks('tasklist-clean');

// ---------------------------------------------------------------- the work, over REST

const client = restClient(base);
const { engine, awaitTask } = client;
/** The engine REST API as the person; the status and the parsed answer, never throws. */
const call = (user, method, p, body) => client.call(user, method, `/engine-rest${p}`, body);

/** 「2026年12月30日」 and 「12月30日24时前」 for a date of the engine, in China time. */
function chinaParts(value) {
  const date = new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric',
  }).formatToParts(date).map((p) => [p.type, p.value]));
  return { day: `${parts.year}年${parts.month}月${parts.day}日`, deadline: `${parts.month}月${parts.day}日24时前` };
}

const inTenDays = new Date(Date.parse(today) + 10 * 86400000).toISOString().slice(0, 10);
const planned = inTenDays.slice(0, 4) === today.slice(0, 4) ? inTenDays : today;

// A regular talk with 市教育局党组 (韩雪), talker 赵敏: 韩雪's self-inspection is due before the talk.
const talk = await engine('huangjing', 'POST', '/process-definition/key/regularTalk/submit-form', {
  variables: { organizationId: str('jiaoyuju'), talkerId: str('zhaomin'), plannedTalkDate: str(planned),
    planYear: { value: Number(planned.slice(0, 4)), type: 'Integer' },
    additionalTalk: { value: true, type: 'Boolean' } } });
const selfInspection = await awaitTask('hanxue', `processInstanceId=${talk.id}&assignee=hanxue`);
// A proposal of the inspection office: the office's task to study it has no due date.
await engine('zhuhong', 'POST', '/process-definition/key/talkProposal/submit-form', {
  variables: { organizationId: str('renminyiyuan'), trigger: str('PETITIONS'),
    reasons: str('信访反映问题较多，建议及时谈话'), facts: str('近三个月收到信访件12件') } });
const proposalTask = await awaitTask('huangjing', 'candidateGroup=office&taskDefinitionKey=decideProposal');
const due = chinaParts(selfInspection.due);
console.log(`tasklist-clean: 韩雪's task ${selfInspection.id} due ${selfInspection.due} (${due.day}), `
  + `the office's task ${proposalTask.id} without a due date`);

// What the engine refuses the talkee: the controls hidden below are exactly these.
const kept = { name: selfInspection.name, assignee: selfInspection.assignee, priority: selfInspection.priority,
  due: selfInspection.due, followUp: selfInspection.followUp };
const refused = [
  ['removing the due date', 'PUT', `/task/${selfInspection.id}`, { ...kept, due: null }],
  ['setting a follow-up date', 'PUT', `/task/${selfInspection.id}`, { ...kept, followUp: selfInspection.due }],
  ['adding a group', 'POST', `/task/${selfInspection.id}/identity-links`, { groupId: 'office', type: 'candidate' }],
  ['handing the task to another', 'POST', `/task/${selfInspection.id}/assignee`, { userId: 'zhaomin' }],
  ['creating a task', 'POST', '/task/create', { id: 'e2e-standalone', name: '自建任务' }],
];
for (const [what, method, p, body] of refused) {
  const { status } = await call('hanxue', method, p, body);
  check(`the engine refuses the talkee ${what} (403)`, status === 403, `status ${status}`);
}
const afterRefusals = await engine('admin', 'GET', `/task/${selfInspection.id}`);
check('the refused calls left the task as it was', afterRefusals.due === selfInspection.due
  && !afterRefusals.followUp && afterRefusals.assignee === 'hanxue',
JSON.stringify({ due: afterRefusals.due, followUp: afterRefusals.followUp, assignee: afterRefusals.assignee }));

// ---------------------------------------------------------------- the browser

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasklist-clean-chromium-'));
const context = await openBrowser(chromium, userDataDir);
const page = context.pages()[0] || (await context.newPage());
const scriptErrors = [];
page.on('pageerror', (e) => scriptErrors.push(e.message));

async function shot(name) {
  await page.screenshot({ path: path.join(outDir, `clean-${name}.png`) });
}

// 1. The login pages show the product's name.
for (const [app, url] of [['tasklist', '/camunda/app/tasklist/default/'], ['cockpit', '/camunda/app/cockpit/default/'],
  ['admin', '/camunda/app/admin/default/'], ['welcome', '/camunda/app/welcome/default/']]) {
  await context.clearCookies();
  await page.goto(base + url);
  await page.locator('input[ng-model=username]').waitFor();
  const name = page.locator('.form-signin .st-product-name');
  await name.waitFor({ timeout: 10000 }).catch(() => {});
  const text = (await name.count()) ? (await name.first().textContent()).trim() : '';
  check(`the ${app} login page shows 监督谈话`, text === '监督谈话', `shown: "${text}"`);
  if (app === 'tasklist') await shot('login');
}

async function login(user) {
  await context.clearCookies();
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await fillLogin(page, user, user === 'admin' ? 'admin' : 'demo');
  await page.locator('input[ng-model=password]').press('Enter');
  await page.locator('.task-filters .task-filter').first().waitFor();
  await page.waitForTimeout(1500);
}

/** Opens the task from its card in the filter, as a person would. */
async function openTask(filter, taskId) {
  await page.locator('.task-filters .task-filter h4.name a', { hasText: filter }).first().click();
  await page.locator(`.tasks-list li.task h4.task a[href*="${taskId}"]`).first().click();
  await page.locator('[cam-tasklist-task] .task-card h2.task').waitFor();
  await page.locator('.task-details .fjs-form, [cam-tasklist-task] .tab-content form').first().waitFor();
  await page.waitForTimeout(2000);
}

const visible = async (selector) => page.locator(selector).first().isVisible().catch(() => false);
const META = '[cam-tasklist-task-meta]';

/** The controls the engine refuses the person, none of them on the page. */
async function refusedControlsAbsent(who, { mayStart }) {
  check(`${who}: 创建任务 is not in the header`, !(await visible('.create-task-action')));
  check(`${who}: 发起流程 is ${mayStart ? 'in' : 'not in'} the header`,
    (await visible('.start-process-action')) === mayStart);
  check(`${who}: no 设置跟进日期`, !(await visible(`${META} .followup-date`))
    && !(await visible(`${META} .reset-follow-up-date`)));
  check(`${who}: no 设置到期日期 and no × on the due date`,
    !(await visible(`${META} a[translate="SET_DUE_DATE"]`)) && !(await visible(`${META} .reset-due-date`)));
  check(`${who}: no 添加用户组`, !(await visible(`${META} a[translate="ADD_GROUPS"]`)));
  check(`${who}: no × to take the task from its assignee`, !(await visible(`${META} .reset-assignee`)));
  const fixed = await page.locator(`${META} [cam-widget-inline-field]`).evaluateAll((fields) =>
    fields.filter((f) => f.offsetParent !== null).map((f) => getComputedStyle(f).pointerEvents));
  check(`${who}: the shown dates and the assignee cannot be clicked open`,
    fixed.every((p) => p === 'none'), fixed.join(','));
  const dueField = page.locator(`${META} .due-date[cam-widget-inline-field]`);
  if (await dueField.count()) {
    await dueField.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    check(`${who}: Enter on the due date opens no date picker`,
      (await page.locator(`${META} [cam-widget-inline-field].inline-editing`).count()) === 0);
  }
  check(`${who}: no priority (50) on the task cards`, !(await visible('.tasks-list .task .priority')));
  check(`${who}: no version label 「(v. 1.0)」 after the process name`,
    !(await page.locator('[cam-tasklist-task] .process-definition').first().innerText()).includes('(v.'));
}

// 2. The talkee 韩雪 and her self-inspection.
await login('hanxue');
await openTask('我的待办', selfInspection.id);
await refusedControlsAbsent('韩雪 (talkee)', { mayStart: false });

const deadline = page.locator('[cam-tasklist-task] .st-deadline');
const deadlineText = (await deadline.count()) ? (await deadline.textContent()).trim() : '';
check('the task shows its deadline 「办理期限: X月X日24时前」 above the form',
  deadlineText === `办理期限: ${due.deadline}`, `shown: "${deadlineText}", due ${selfInspection.due}`);
const deadlineAboveForm = await page.evaluate(() => {
  const line = document.querySelector('[cam-tasklist-task] .st-deadline');
  const form = document.querySelector('[cam-tasklist-task] .tab-content');
  return !!line && !!form && line.getBoundingClientRect().bottom <= form.getBoundingClientRect().top;
});
check('the deadline line stands above the form', deadlineAboveForm);

/** The exact date written before a relative one (「9 天后」) and that relative text. */
async function exactAndRelative(selector) {
  return page.locator(selector).first().evaluate((span) => {
    const exact = span.querySelector('.st-exact-date');
    const relative = exact && exact.nextElementSibling;
    return { exact: exact ? exact.textContent : '', relative: relative ? relative.textContent.trim() : '' };
  }).catch(() => ({ exact: '', relative: '' }));
}
const cardDue = await exactAndRelative(`.tasks-list li.task:has(a[href*="${selfInspection.id}"]) .due-date`);
check(`the task card gives the exact due date ${due.day} beside 「… 后」`,
  cardDue.exact === due.day && /后$/.test(cardDue.relative), JSON.stringify(cardDue));
const metaDue = await exactAndRelative(`${META} .due-date`);
check(`the task's due date reads ${due.day} beside 「… 后」`,
  metaDue.exact === due.day && /后$/.test(metaDue.relative), JSON.stringify(metaDue));
const formText = await page.locator('.fjs-form-field-text').allInnerTexts();
const [py, pm, pd] = planned.split('-').map(Number);
check(`the form's planned talk date reads ${py}年${pm}月${pd}日, not ${planned}`,
  formText.join('\n').includes(`${py}年${pm}月${pd}日`) && !formText.join('\n').includes(planned),
  formText.join(' | ').slice(0, 300));
const otherFormats = await page.evaluate(() => {
  const text = document.querySelector('.page-wrap, body').innerText;
  return (text.match(/\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/g) || []);
});
check('no date on the page is written another way (2026-12-30, 2026/12/30, 12/30/2026)',
  otherFormats.length === 0, otherFormats.join(', '));
const names = await page.locator('[cam-widget-header] li.account > .dropdown-toggle, .tasks-list h5.assignee, '
  + `${META} li.assignee .view-value`).allInnerTexts();
check('the talkee\'s name reads 韩雪 (surname and given name, no space) in the header and on her task',
  names.length >= 3 && names.every((n) => n.trim() === '韩雪'), names.join(' | '));
await shot('talkee');

// The toast: an error as Tasklist shows one (e.g. a refused submission) leaves 完成 free.
await page.evaluate(() => window.angular.element(document.body).injector().get('Notifications').addError({
  status: '提交失败',
  message: '“自查报告”的取值超过允许的长度，未保存，任务保持原状。请删减后重新提交；如有疑问请与市委办公室联系。',
}));
await page.locator('.page-notifications .alert').first().waitFor();
await page.waitForTimeout(500);
const complete = page.getByRole('button', { name: '完成', exact: true }).first();
const [toastBox, completeBox] = [await page.locator('.page-notifications').boundingBox(), await complete.boundingBox()];
const overlaps = (a, b) => a && b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
check('the error toast does not cover 完成', !!toastBox && !!completeBox && !overlaps(toastBox, completeBox),
  JSON.stringify({ toastBox, completeBox }));
const topmost = await complete.evaluate((button) => {
  const r = button.getBoundingClientRect();
  const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return hit === button || button.contains(hit);
});
check('完成 can still be clicked while the toast shows', topmost);
await shot('toast');
await page.locator('.page-notifications .close').first().click().catch(() => {});

// 3. The office member 黄静 and the office's task to study a proposal (no due date).
await login('huangjing');
await openTask('本组待办', proposalTask.id);
await refusedControlsAbsent('黄静 (office)', { mayStart: true });
check('a task without a due date shows no deadline line',
  (await page.locator('[cam-tasklist-task] .st-deadline').count()) === 0);
const groups = await page.locator(`${META} li.groups`).first().innerText().catch(() => '');
check('the unit (candidate group) is still shown, as text', groups.includes('办公室'), groups);
const created = await exactAndRelative(`.tasks-list li.task:has(a[href*="${proposalTask.id}"]) .creation-date`);
check('the card\'s creation time reads 年月日 beside 「… 前」',
  /^\d{4}年\d{1,2}月\d{1,2}日$/.test(created.exact) && /前$/.test(created.relative), JSON.stringify(created));
await shot('office');

// 4. The administrator keeps the controls the engine allows him.
await login('admin');
await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${selfInspection.id}`);
await page.locator('[cam-tasklist-task] .task-card h2.task').waitFor();
await page.waitForTimeout(2000);
check('the administrator has 创建任务', await visible('.create-task-action'));
check('the administrator may change the due date (× shown)', await visible(`${META} .reset-due-date`));
check('the administrator may add groups', await visible(`${META} a[translate="ADD_GROUPS"]`));
await shot('admin');

// 5. Admin's name columns hold names: 「姓」 and 「名」, no job titles.
await page.goto(`${base}/camunda/app/admin/default/#/users?searchQuery=%5B%5D`);
await page.locator('table tbody tr').first().waitFor();
const heads = (await page.locator('table thead th').allInnerTexts()).map((h) => h.trim());
const row = await page.locator('table tbody tr', { has: page.locator('a', { hasText: /^hanxue$/ }) }).first()
  .locator('td').allInnerTexts().catch(() => []);
check('Admin lists 韩雪 as 姓 韩, 名 雪 (no job title in the name columns)',
  heads[1] === '姓*' && heads[2] === '名*' && row[1]?.trim() === '韩' && row[2]?.trim() === '雪',
  `${heads.join('/')} : ${row.join('/')}`);
await shot('admin-users');

check('no script error on the pages', scriptErrors.length === 0, scriptErrors.join(' | '));

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
finish();
