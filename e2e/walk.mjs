// Browser end-to-end walk of one regular talk (定期谈话) through Camunda Tasklist in Chinese.
//
// Usage: node e2e/walk.mjs <base-url>      (run from the repository root; e2e/run.sh does all of it)
//
// Every person logs in through the Camunda login page and does their part through the real
// Camunda Forms, filling fields by their Chinese labels. Nobody types a person's or an
// organization's name: organizations, talkers and attendees are picked from the forms' lists
// (filled by the application when it hands the form out), by clicking the choice's visible label. The engine REST API is only read, as the
// administrator (to learn the talk's id and to confirm that a task is gone or still there), never
// used to do the work.
// Screenshots go to target/e2e/NN-<step>.png; target/e2e/tasklist.png shows the talkee's Tasklist
// with a task open; target/e2e/result.json holds the counts for run.sh.
// Ends with the line "walk: N passed, M failed" and exits non-zero if M > 0.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fillLogin } from './login.mjs';

const base = (process.argv[2] || process.env.E2E_BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const outDir = path.resolve(process.env.E2E_OUT || 'target/e2e');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PASSWORD = 'demo';
const TIMEOUT = 15000;
// the engine REST API and /api need a login (HTTP basic); the walk reads them as the administrator
const ADMIN = { Authorization: `Basic ${Buffer.from(process.env.E2E_ADMIN || 'admin:admin').toString('base64')}` };

fs.mkdirSync(outDir, { recursive: true });
for (const f of fs.readdirSync(outDir)) {
  if (f.endsWith('.png') || f === 'result.json') fs.rmSync(path.join(outDir, f));
}

// ---------------------------------------------------------------- checks and screenshots

let passed = 0;
let failed = 0;
const failures = [];
const t0 = Date.now();

function log(line) {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${line}`);
}

function check(name, ok, detail = '') {
  if (ok) {
    passed++;
    log(`ok   ${name}`);
  } else {
    failed++;
    failures.push(detail ? `${name}: ${detail}` : name);
    log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
  return ok;
}

let shotNo = 0;
async function shot(step) {
  shotNo++;
  const file = path.join(outDir, `${String(shotNo).padStart(2, '0')}-${step}.png`);
  // Tasklist scrolls inside its columns: make the window as tall as the longest column for the picture
  const tall = await page.evaluate(() => Math.max(...[...document.querySelectorAll(
    '.three-cols-layout-cell.content, .modal-dialog')].map((e) => e.scrollHeight + e.getBoundingClientRect().top)));
  const height = Math.min(Math.max(900, Math.ceil(tall) + 60), 6000);
  await page.setViewportSize({ width: 1440, height });
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  return file;
}

// ---------------------------------------------------------------- dates (Beijing time)

const pad = (n) => String(n).padStart(2, '0');
function todayInShanghai() {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(new Date()).split('-').map(Number);
  return { y, m, d };
}
function addDays({ y, m, d }, days) {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function addMonths({ y, m, d }, months) {
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const ty = first.getUTCFullYear();
  const tm = first.getUTCMonth() + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return { y: ty, m: tm, d: Math.min(d, last) };
}
const iso = (x) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const typed = (x) => `${x.y}/${pad(x.m)}/${pad(x.d)}`; // what a zh-CN user types into form-js date fields
const chineseDate = (x) => `${x.y}年${x.m}月${x.d}日`; // how Tasklist (moment zh-cn) writes a due date

const today = todayInShanghai();
const planned = addDays(today, 5);
const measuresDue = addMonths(today, 1);
const resultsDue = addMonths(today, 3);

// ---------------------------------------------------------------- engine REST (read only)

async function rest(p) {
  const res = await fetch(`${base}/engine-rest${p}`, { headers: ADMIN });
  if (!res.ok) return { status: res.status, body: null };
  return { status: res.status, body: await res.json() };
}
async function taskExists(id) {
  return (await rest(`/task/${id}`)).status === 200;
}
async function waitFor(cond, ms = TIMEOUT, step = 250) {
  const end = Date.now() + ms;
  for (;;) {
    if (await cond()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, step));
  }
}

// ---------------------------------------------------------------- browser

const hasCjk = (s) => /[\u4e00-\u9fff]/.test(s);
const englishWords = (s) => (s.match(/[A-Za-z]{3,}(?:[ .'-][A-Za-z]+)*/g) || []);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' },
  viewport: { width: 1440, height: 900 },
});
context.setDefaultTimeout(TIMEOUT);
const page = context.pages()[0] || (await context.newPage());
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
// the query Tasklist last sent for a filter's task list (POST …/filter/{id}/list), and the
// requests to the server not yet answered
let lastListQuery = null;
const openRequests = new Set();
page.on('request', (request) => {
  if (request.method() === 'POST' && /\/filter\/[^/]+\/list\b/.test(request.url())) {
    lastListQuery = request.postDataJSON();
  }
  if (['xhr', 'fetch'].includes(request.resourceType())) openRequests.add(request);
});
for (const done of ['requestfinished', 'requestfailed']) {
  page.on(done, (request) => openRequests.delete(request));
}

const details = page.locator('.task-details');
const form = page.locator('.task-details .fjs-form');
const modal = page.locator('.modal');

/** A form-js field by its Chinese label (the required asterisk is part of the label text). */
function field(scope, label) {
  return scope.getByLabel(new RegExp(`^${escapeRe(label)}\\*?$`));
}

/** The form-js field box (label, input, choices) whose label reads exactly so. */
function fieldBox(scope, label) {
  return scope.locator('.fjs-form-field').filter({
    has: page.locator('label.fjs-form-field-label', { hasText: new RegExp(`^${escapeRe(label)}\\*?$`) }),
  }).last();
}

/**
 * Picks a choice of a form-js select the way a person does: opens its list and clicks the item
 * that shows the wanted label (nothing is typed). `choice` is the label, or a test picking it among
 * those shown. Returns the labels the list offered and the text the select shows afterwards.
 * (The list is always left by a choice: in Tasklist's start dialog a select whose list was closed
 * without a choice does not open again on a click.)
 */
async function pick(scope, label, choice) {
  const box = fieldBox(scope, label);
  await box.locator('.fjs-input-group').click();
  const items = box.locator('.fjs-dropdownlist-item');
  await items.first().waitFor();
  const offered = (await items.allInnerTexts()).map((t) => t.trim());
  const wanted = typeof choice === 'function' ? offered.find(choice) : choice;
  if (!offered.includes(wanted)) throw new Error(`${label}: no choice ${wanted} among ${offered.join(' / ')}`);
  await items.filter({ hasText: new RegExp(`^${escapeRe(wanted)}$`) }).first().click();
  const input = box.locator('input.fjs-input');
  const shown = (await input.count()) ? await input.inputValue()
    : (await box.locator('.fjs-select-display').innerText()).trim();
  return { offered, shown };
}

async function login(user) {
  await context.clearCookies();
  lastListQuery = null;
  await page.goto('about:blank');
  await page.goto(`${base}/camunda/app/tasklist/`);
  await fillLogin(page, user, PASSWORD);
  await page.locator('input[ng-model=password]').press('Enter');
  await page.locator('.task-filters .task-filter').first().waitFor();
  await page.locator('.tasks-list, .no-task').first().waitFor();
  await settle();
  await checkSorting(user);
}

/**
 * Each person's list is sorted by 到期日期 ascending (the filters' order) from the start: shown
 * above the list, and asked of the engine when Tasklist loads the list.
 */
async function checkSorting(who) {
  const choice = page.locator('[cam-sorting-choices] li.sorting-choice').first();
  await choice.locator('.sort-by').waitFor();
  const by = (await choice.locator('.sort-by').innerText()).trim();
  const direction = await choice.locator('.sort-direction').getAttribute('uib-tooltip');
  const asked = JSON.stringify(lastListQuery?.sorting);
  check(`${who}: the list is sorted by 到期日期 升序`,
    by === '到期日期' && direction === '升序' && asked === JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]),
    `shown: ${by} ${direction}; asked of the engine: ${asked}`);
}

/**
 * Waits until Tasklist has its answers: no request to the server open for 150 ms (Tasklist sends
 * the next one right after an answer, e.g. the task's form after the task) and no spinner shown.
 */
async function settle() {
  let quietSince = Date.now();
  await waitFor(async () => {
    if (openRequests.size > 0) quietSince = Date.now();
    return Date.now() - quietSince >= 150;
  }, TIMEOUT, 25);
  await page.waitForFunction(() => ![...document.querySelectorAll('.loader')]
    .some((l) => l.offsetParent !== null), null, { timeout: TIMEOUT }).catch(() => {});
}

async function filterNames() {
  return page.locator('.task-filters .task-filter h4.name a').evaluateAll((as) =>
    as.map((a) => a.childNodes[0].textContent.trim()));
}

async function checkFilters(who) {
  const names = await filterNames();
  check(`${who} sees the filters 我的待办, 本组待办, 即将到期, 已逾期`,
    JSON.stringify(names.slice(0, 4)) === JSON.stringify(['我的待办', '本组待办', '即将到期', '已逾期']),
    `shown: ${names.join(', ')}`);
}

async function selectFilter(name) {
  const item = page.locator('.task-filters .task-filter').filter({
    has: page.locator('h4.name a', { hasText: new RegExp(`^\\s*${escapeRe(name)}`) }),
  });
  await item.click();
  await page.waitForFunction((n) => [...document.querySelectorAll('.task-filters .task-filter.active h4.name a')]
    .some((a) => a.childNodes[0].textContent.trim() === n), name);
  await settle();
}

/** The tasks the current filter lists: name, id, assignee, due-date tooltip. */
async function listedTasks() {
  return page.locator('.tasks-list li.task').evaluateAll((lis) => lis.map((li) => {
    const a = li.querySelector('h4.task a');
    const due = li.querySelector('.due-date [am-time-ago]');
    return {
      name: a.textContent.trim(),
      id: (a.getAttribute('href') || '').replace(/.*task=/, '').replace(/&.*/, ''),
      assignee: (li.querySelector('h5.assignee')?.textContent || '').trim(),
      due: due ? due.getAttribute('uib-tooltip') : null,
      text: li.innerText,
    };
  }));
}

/** Opens the task of that name from the given filter; returns its id and list entry. */
async function openTask(filter, name) {
  await selectFilter(filter);
  let entry;
  const found = await waitFor(async () => {
    entry = (await listedTasks()).find((t) => t.name === name);
    if (!entry) {
      await page.locator('.task-filters .task-filter.active').click(); // refresh the list
      await settle();
    }
    return !!entry;
  }, TIMEOUT, 1000);
  if (!found) throw new Error(`task “${name}” not listed in ${filter}`);
  await page.locator('.tasks-list li.task h4.task a', { hasText: name }).first().click();
  await details.locator('h2.task', { hasText: name }).waitFor();
  await form.waitFor();
  await settle();
  return entry;
}

/** Hovering a task card's variable label or assignee shows no English tooltip (raw names). */
async function checkCardTooltips(who) {
  const shown = [];
  let hovered = 0;
  for (const target of ['ol.tasks-list .variable-label', 'ol.tasks-list h5.assignee']) {
    const element = page.locator(target).first();
    if (!(await element.count())) continue;
    hovered++;
    await element.hover();
    const popup = page.locator('[uib-tooltip-popup]').last();
    await popup.waitFor({ state: 'attached', timeout: 3000 }).catch(() => {});
    if (await popup.isVisible()) shown.push((await popup.innerText()).trim());
    await page.mouse.move(1, 1);
  }
  const english = shown.filter((t) => englishWords(t).length > 0);
  check(`${who}: task cards show no English tooltips`, hovered > 0 && english.length === 0,
    hovered ? `shown: ${english.join(' / ')}` : 'no variable label or assignee on the cards');
}

async function claim() {
  const button = details.getByRole('button', { name: '认领', exact: true });
  await button.click();
  await details.locator('li.assignee').waitFor();
  await settle();
}

async function visibleAlerts() {
  return page.locator('.alert-danger:visible, .fjs-form-field-error:visible').allInnerTexts();
}

/** Clicks 完成 and waits until the engine no longer has the task. */
async function complete(taskId, what) {
  const button = details.getByRole('button', { name: '完成', exact: true });
  // Tasklist enables 完成 once form-js reports no errors
  await page.waitForFunction(() => [...document.querySelectorAll('.task-details button')]
    .some((b) => b.textContent.trim() === '完成' && !b.disabled), null, { timeout: 3000 }).catch(() => {});
  if (!(await button.isEnabled())) {
    const alerts = await visibleAlerts();
    throw new Error(`${what}: 完成 is disabled; shown: ${alerts.join(' | ') || '(nothing)'}`);
  }
  await button.click();
  const gone = await waitFor(async () => !(await taskExists(taskId)));
  if (!gone) {
    const alerts = await visibleAlerts();
    throw new Error(`${what}: task still open after 完成; shown: ${alerts.join(' | ') || '(nothing)'}`);
  }
  check(`${what} completed through the form`, true);
  await settle();
}

/** The form's visible text plus the values of its inputs (readonly textareas hold the materials). */
async function formText() {
  const values = await form.locator('input[type=text], textarea').evaluateAll((es) => es.map((e) => e.value));
  return `${await form.innerText()}\n${values.join('\n')}`;
}

/**
 * What form-js itself writes into a form: placeholders, aria-labels and titles; not the bpmn.io
 * watermark (its link title “Powered by bpmn.io” is part of the watermark form-js requires to keep).
 */
async function formAttributes(scope = form) {
  return scope.locator('[placeholder], [aria-label], [title]').evaluateAll((es) => es
    .filter((e) => !e.closest('.fjs-powered-by'))
    .flatMap((e) => ['placeholder', 'aria-label', 'title'].map((a) => e.getAttribute(a)).filter(Boolean)));
}

/** The form-js error messages shown (waits for the first one). */
async function formErrors(scope = form) {
  const shown = scope.locator('.fjs-form-field-error').filter({ hasText: /\S/ });
  await shown.first().waitFor().catch(() => {});
  return (await shown.allInnerTexts()).map((e) => e.trim());
}

/** Chinese labels expected on the open task's form. */
async function checkLabels(what, labels) {
  const text = await formText();
  const missing = labels.filter((l) => !text.includes(l));
  check(`${what}: form shows ${labels.join('、')}`, missing.length === 0, `missing: ${missing.join('、')}`);
}

/** The task form contains no English UI text (form-js leftovers such as buttons and messages). */
async function checkNoEnglish(what) {
  const words = englishWords(`${await formText()}\n${(await formAttributes()).join('\n')}`);
  check(`${what}: no English text in the form`, words.length === 0, `found: ${[...new Set(words)].join(' / ')}`);
}

async function fillDate(scope, label, value) {
  const input = field(scope, label);
  await input.fill(value);
  await input.press('Tab');
}

// ---------------------------------------------------------------- the walk

let talkId = null;

async function walk() {
  log(`base ${base}; today ${iso(today)}, planned talk date ${iso(planned)}`);

  // ---- 1. the general office starts the talk from Tasklist's 发起流程 dialog
  await login('liuyang');
  await checkFilters('liuyang');
  await shot('liuyang-tasklist');

  await page.locator('.start-process-action a').click();
  await modal.getByRole('link', { name: '定期谈话', exact: true }).click();
  await field(modal, '被谈话人所在党组织').waitFor();
  const startText = await modal.innerText();
  check('start form shows 发起定期谈话 with its Chinese labels',
    ['发起定期谈话', '被谈话人所在党组织', '谈话人', '计划谈话日期', '计划年度'].every((l) => startText.includes(l)));

  // form-js's own texts are Chinese: the date field's format hint and its calendar
  const dateInput = field(modal, '计划谈话日期');
  const hint = await dateInput.getAttribute('placeholder');
  await dateInput.click();
  const calendar = modal.locator('.flatpickr-calendar.open');
  await calendar.waitFor();
  await calendar.evaluate((e) => Promise.all(e.getAnimations({ subtree: true }).map((a) => a.finished)));
  const calendarText = [await calendar.innerText(), ...await calendar.locator('option').allTextContents(),
    ...await formAttributes(calendar)].join(' ');
  await shot('start-form-calendar');
  check('start form: the date field hints 年/月/日 and its calendar shows Chinese months and weekdays',
    hint === '年/月/日' && calendarText.includes('十二月') && /日\s*一\s*二\s*三\s*四\s*五\s*六/.test(calendarText)
      && englishWords(calendarText).length === 0,
    `placeholder ${hint}; calendar: ${[...new Set(englishWords(calendarText))].join(' / ') || calendarText.slice(0, 120)}`);
  await modal.locator('.fjs-form-field-text').first().click(); // closes the calendar (Escape would close the dialog)
  await calendar.waitFor({ state: 'hidden' });

  const yearShown = await field(modal, '计划年度').inputValue();
  check(`计划年度 is proposed (${today.y})`, yearShown === String(today.y), `shown: ${yearShown}`);
  check('start form has no field to type the talkee into', (await fieldBox(modal, '被谈话人').count()) === 0);

  // article 7: a deputy secretary may not hold the regular talk with a county party secretary.
  // The organizations and the talkers come with the form (Tasklist loads no variables into a start
  // form): the office picks them; an organization's label names its top leader, who is the talkee.
  const tasksBefore = (await rest('/task/count')).body.count;
  const organization = await pick(modal, '被谈话人所在党组织', '青山县委(王海)');
  check('start form offers the organizations to pick, each with its top leader (青山县委(王海) …)',
    organization.offered.includes('市发展改革委党组(谢东)') && organization.offered.length >= 5,
    organization.offered.join(' / '));
  const deputy = await pick(modal, '谈话人', (t) => t.startsWith('赵敏('));
  check('start form offers the leadership team as talkers, with their titles (李建国(市委书记) …)',
    deputy.offered[0] === '李建国(市委书记)' && !deputy.offered.some((t) => t.startsWith('刘洋')),
    deputy.offered.join(' / '));
  check('the picked organization and talker show their labels',
    organization.shown === '青山县委(王海)' && deputy.shown.startsWith('赵敏('), `${organization.shown} / ${deputy.shown}`);
  await shot('start-form-picked');
  await fillDate(modal, '计划谈话日期', typed(planned));
  if (planned.y !== today.y) await field(modal, '计划年度').fill(String(planned.y)); // a year, not a name
  await modal.getByRole('button', { name: '启动', exact: true }).click();
  const refusal = modal.locator('.alert-danger', { hasText: '第七条' });
  const refused = await refusal.waitFor().then(() => true, () => false);
  const refusalText = refused ? (await refusal.innerText()).trim() : (await visibleAlerts()).join(' | ');
  await shot('start-refused-article7');
  check('talker 赵敏 refused with the Chinese article 7 message', refused && hasCjk(refusalText), refusalText);
  const shownText = `${refusalText}\n${await modal.innerText()}\n${await page.locator('.page-notifications').innerText()}`;
  check('article 7 refusal shows no English engine text (“Cannot instantiate …”, “ENGINE-…”)',
    !/Cannot instantiate|ENGINE-\d|process definition|regularTalk:/.test(shownText), refusalText);
  check('refused start created no talk and no task',
    (await rest('/process-instance/count?processDefinitionKey=regularTalk')).body.count === 0
      && (await rest('/task/count')).body.count === tasksBefore);

  check('talker re-picked: 李建国(市委书记)', (await pick(modal, '谈话人', '李建国(市委书记)')).shown === '李建国(市委书记)');
  await modal.getByRole('button', { name: '启动', exact: true }).click();
  await page.locator('.notifications, body').getByText('流程已启动').first().waitFor();
  await modal.waitFor({ state: 'detached' }).catch(() => {});
  const instances = (await rest('/process-instance?processDefinitionKey=regularTalk')).body;
  check('talk started with 李建国 as talker', instances.length === 1, `${instances.length} running`);
  talkId = instances[0].id;
  const started = (await rest(`/process-instance/${talkId}/variables`)).body || {};
  check('the talk holds the picked ids: qingshan, talkee wanghai (the top leader), talker lijianguo',
    started.organizationId?.value === 'qingshan' && started.talkeeId?.value === 'wanghai'
      && started.talkerId?.value === 'lijianguo', JSON.stringify(started).slice(0, 200));
  log(`talk ${talkId}`);
  await shot('talk-started');

  // ---- 2. preparation: talker, talkee, cooperating units
  await login('lijianguo');
  await checkFilters('lijianguo');
  await selectFilter('即将到期');
  const soon = await listedTasks();
  check('即将到期 lists 谈话准备 for lijianguo (due within 7 days)', soon.some((t) => t.name === '谈话准备'),
    soon.map((t) => t.name).join(', '));
  let task = await openTask('我的待办', '谈话准备');
  const dayBefore = addDays(planned, -1);
  check('谈话准备 due date shown is the day before the planned talk, 23:59',
    (task.due || '').startsWith(chineseDate(dayBefore)) && (task.due || '').endsWith('23:59'), task.due);
  await checkLabels('谈话准备', ['谈话准备', '王海', '青山县委', '已研读的法规文件和情况材料', '拟在谈话中指出的主要问题']);
  await checkNoEnglish('谈话准备');
  await field(form, '已研读的法规文件和情况材料').fill('研读了《党委(党组)落实全面从严治党主体责任规定》和该县近年巡察、审计报告。');
  await field(form, '拟在谈话中指出的主要问题').fill('落实主体责任压力传导不够;基层党组织建设存在薄弱环节。');
  await shot('lijianguo-prepare-talk');
  await complete(task.id, '谈话准备');

  await login('wanghai');
  await checkFilters('wanghai');
  await selectFilter('我的待办');
  const mine = await listedTasks();
  const engineMine = (await rest('/task?assignee=wanghai')).body.map((t) => t.id).sort();
  check('talkee wanghai: 我的待办 lists only his own tasks',
    mine.length > 0 && mine.every((t) => t.assignee.startsWith('王海'))
      && JSON.stringify(mine.map((t) => t.id).sort()) === JSON.stringify(engineMine),
    mine.map((t) => `${t.name}/${t.assignee}`).join(', '));
  check('talkee wanghai: 我的待办 shows none of the cooperating units’ tasks',
    !mine.some((t) => t.name === '提供有关情况和材料'));
  check('talkee wanghai: his task cards show 被谈话人, 所在党组织 and 谈话人 (the filter’s variables)',
    mine.length > 0 && mine.every((t) => ['被谈话人', '所在党组织', '谈话人', '青山县委'].every((l) => t.text.includes(l))),
    mine.map((t) => t.text.replace(/\s+/g, ' ')).join(' | '));
  await checkCardTooltips('wanghai 我的待办');
  task = await openTask('我的待办', '对照规定开展自查');
  await checkLabels('自查', ['自查', '自查报告', '李建国']);
  // a required field left empty: Chinese message, task kept
  await details.getByRole('button', { name: '完成', exact: true }).click();
  const errors = await formErrors();
  await shot('wanghai-self-inspection-required');
  check('自查 without 自查报告 shows an error', errors.length > 0);
  check('the required-field error is in Chinese (此项为必填项。)', errors.length > 0 && errors.every((e) => e === '此项为必填项。'),
    errors.join(' | '));
  check('自查 without 自查报告 keeps the task', await taskExists(task.id));
  await checkNoEnglish('自查 (after the omission)');
  await field(form, '自查报告').fill('对照规定查找出三方面问题:一是主体责任落实有差距;二是对班子成员日常监督不够;三是基层党建工作不够扎实。');
  await shot('wanghai-self-inspection');
  await complete(task.id, '对照规定开展自查');

  const units = [
    ['zhenghua', '郑华', '市纪委监委', true],
    ['xuming', '徐明', '市委组织部', true],
    ['majun', '马骏', '市委宣传部', false],
    ['zhuhong', '朱红', '市委巡察办', false],
    ['hulin', '胡林', '市审计局', false],
  ];
  for (const [user, name, unit, sendsAttendee] of units) {
    await login(user);
    await checkFilters(user);
    task = await openTask('本组待办', '提供有关情况和材料');
    await claim();
    await checkLabels(`${user} 提供有关情况和材料`, ['提供有关情况和材料', unit, '有关情况和材料', '派员参与谈话']);
    await checkNoEnglish(`${user} 提供有关情况和材料`);
    await field(form, '有关情况和材料').fill('本单位掌握的被谈话人及其所在党组织有关情况:总体良好,个别方面需关注。');
    if (sendsAttendee) {
      const select = form.locator('.fjs-form-field-select');
      check(`${user}: the empty select reads 请选择`,
        (await select.locator('.fjs-select-display').innerText()).trim() === '请选择');
      check(`${user} chose ${name} to join the talk`, (await pick(form, '派员参与谈话', name)).shown === name);
    }
    await shot(`${user}-provide-material`);
    await complete(task.id, `${user} 提供有关情况和材料`);
  }

  // ---- 3. the talk itself: five steps, problems and requirements one per line
  await login('lijianguo');
  task = await openTask('我的待办', '开展谈话并形成谈话记录');
  await checkLabels('谈话记录', ['谈话记录', '谈话日期', '参加谈话人员', '其他参加人员', '五个步骤', '(一)被谈话人报告自查情况',
    '(二)谈话人通报有关情况,严肃指出问题', '(三)被谈话人就有关问题作说明', '(四)谈话人提出整改要求',
    '(五)被谈话人作表态发言', '协作单位提供的情况和材料', '郑华', '徐明']);
  const holdText = await formText();
  check('谈话记录 shows the talkee’s 自查报告 to the talker (被谈话人的自查报告)',
    holdText.includes('被谈话人的自查报告') && holdText.includes('主体责任落实有差距'),
    'the read-only field 被谈话人的自查报告 is hidden or empty');
  await checkNoEnglish('谈话记录');
  await fillDate(form, '谈话日期', typed(today));
  // the attendees are picked: those the units sent are already ticked, the office's note-taker added
  const attendeeBox = fieldBox(form, '参加谈话人员');
  const ticked = await attendeeBox.locator('label.fjs-checked').allInnerTexts();
  check('参加谈话人员: the people the units sent (郑华, 徐明) are ticked, nobody else',
    JSON.stringify(ticked.map((t) => t.trim()).sort()) === JSON.stringify(['徐明(市委组织部)', '郑华(市纪委监委)']),
    ticked.join(' / '));
  await form.getByLabel('刘洋(市委办公室)', { exact: true }).check();
  // maxLength 500 on the people written in by hand: form-js's message carries the number, in Chinese
  const others = field(form, '其他参加人员');
  await others.fill('记录人员一名、'.repeat(72));
  await others.press('Tab');
  const tooLong = await formErrors();
  check('其他参加人员 over 500 characters: “长度不能超过 500 个字。”', tooLong.includes('长度不能超过 500 个字。'),
    tooLong.join(' | '));
  await others.fill('');
  await field(form, '(一)被谈话人报告自查情况').fill('被谈话人报告了自查发现的三方面问题。');
  await field(form, '(二)谈话人通报有关情况,严肃指出问题')
    .fill('落实主体责任压力传导层层递减。\n对班子成员日常监督偏软。');
  await field(form, '(三)被谈话人就有关问题作说明').fill('对指出的问题诚恳接受,说明了有关情况。');
  await field(form, '(四)谈话人提出整改要求')
    .fill('压紧压实主体责任,一个月内报送整改措施。\n加强对班子成员的日常监督。');
  await field(form, '(五)被谈话人作表态发言').fill('坚决整改,按期报告。');
  await shot('lijianguo-hold-talk');
  await complete(task.id, '开展谈话并形成谈话记录');

  // article 12: the record reaches the 市纪委监委 as soon as the talk is held, not only with the archive
  await login('zhenghua');
  task = await openTask('本组待办', '阅知抄送的谈话记录');
  await claim();
  await checkLabels('zhenghua 阅知抄送的谈话记录', ['抄送的谈话记录', '抄送市纪委监委', '被谈话人所在党组织',
    '王海', '李建国', chineseDate(today), '抄送的材料', '(二)谈话人指出的问题', '落实主体责任压力传导层层递减',
    '(五)表态发言', '已阅知']);
  await checkNoEnglish('zhenghua 阅知抄送的谈话记录');
  const copyText = await formText();
  check('阅知抄送的谈话记录 shows neither the talker’s preparation nor the units’ material nor the self-inspection report',
    !['基层党组织建设存在薄弱环节', '本单位掌握的被谈话人及其所在党组织有关情况', '基层党建工作不够扎实'].some((t) => copyText.includes(t)));
  await field(form, '已阅知').check();
  await shot('zhenghua-read-talk-record-copy');
  await complete(task.id, 'zhenghua 阅知抄送的谈话记录');

  // ---- 4. rectification
  await login('wanghai');
  task = await openTask('我的待办', '提出整改措施');
  const detailDue = await details.locator('.due-date [am-time-ago]').first().getAttribute('uib-tooltip');
  check(`提出整改措施 due date in the list is talk date + 1 month (${chineseDate(measuresDue)} 23:59)`,
    (task.due || '').startsWith(chineseDate(measuresDue)) && (task.due || '').endsWith('23:59'), task.due);
  check('提出整改措施 due date in the task detail is talk date + 1 month',
    (detailDue || '').startsWith(chineseDate(measuresDue)) && (detailDue || '').endsWith('23:59'), detailDue);
  await checkLabels('提出整改措施', ['提出整改措施', '谈话日期', chineseDate(today), '谈话提出的整改要求',
    '压紧压实主体责任', '加强对班子成员的日常监督', '谈话后的思想认识', '第一责任人职责方面的整改措施', '其他整改措施']);
  await checkNoEnglish('提出整改措施');
  await field(form, '谈话后的思想认识').fill('深刻认识到履行第一责任人职责的差距。');
  // both lists empty: refused by the server in Chinese, the task stays
  await details.getByRole('button', { name: '完成', exact: true }).click();
  const noMeasure = page.locator('.alert-danger:visible, .page-notifications .alert:visible', { hasText: '整改措施' });
  const noMeasureShown = await noMeasure.first().waitFor().then(() => true, () => false);
  const noMeasureText = noMeasureShown ? (await noMeasure.first().innerText()).trim() : (await visibleAlerts()).join(' | ');
  await shot('wanghai-submit-measures-none');
  check('提出整改措施 without any measure: “请至少填写一条整改措施。” shown, task kept',
    noMeasureShown && noMeasureText.includes('请至少填写一条整改措施') && await taskExists(task.id), noMeasureText);
  check('the refusal shows no English engine text', !/[A-Za-z]{4,}/.test(noMeasureText), noMeasureText);
  if (noMeasureShown) { // the notification covers 完成: close it
    await noMeasure.first().locator('button.close:not(.ng-hide)').click();
    await noMeasure.first().waitFor({ state: 'detached' });
  }
  await field(form, '履行全面从严治党第一责任人职责方面的整改措施').fill('每季度专题研究一次全面从严治党工作。');
  await field(form, '其他整改措施').fill('建立班子成员履责情况定期报告制度。');
  // the talkee's Tasklist with the task open and filled in, for the README (docs/tasklist.png)
  await page.evaluate(() => {
    document.activeElement?.blur();
    document.querySelectorAll('.three-cols-layout-cell.content').forEach((e) => { e.scrollTop = 0; });
  });
  await page.setViewportSize({ width: 1440, height: 1060 });
  await page.screenshot({ path: path.join(outDir, 'tasklist.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await shot('wanghai-submit-measures');
  await complete(task.id, '提出整改措施');

  await login('liuyang');
  task = await openTask('本组待办', '审核整改措施');
  await checkCardTooltips('liuyang 本组待办');
  await claim();
  await checkLabels('审核整改措施', ['审核整改措施', '整改措施', '每季度专题研究', '审核结论', '通过', '退回修改']);
  await checkNoEnglish('审核整改措施');
  await form.getByLabel('通过', { exact: true }).check();
  await field(form, '审核意见').fill('整改措施具体可行,同意。');
  await shot('liuyang-review-measures');
  await complete(task.id, '审核整改措施');

  // article 11: the talkee informs the other members of his own team (青山县委), not the 市委's leadership
  await login('wanghai');
  task = await openTask('我的待办', '通报领导班子其他成员');
  check(`通报领导班子其他成员 due date is the measures' deadline (${chineseDate(measuresDue)} 23:59)`,
    (task.due || '').startsWith(chineseDate(measuresDue)) && (task.due || '').endsWith('23:59'), task.due);
  await checkLabels('通报领导班子其他成员', ['通报领导班子其他成员', '第一责任人职责方面的整改措施',
    '每季度专题研究', '通报日期', '通报方式', '说明']);
  await checkNoEnglish('通报领导班子其他成员');
  check('通报领导班子其他成员: the measure not marked 第一责任人 is not shown', !(await formText()).includes('定期报告制度'));
  // the select first: the date picker's calendar, once open, lies over it
  const manner = form.locator('.fjs-form-field-select');
  await manner.locator('.fjs-input-group').click();
  await manner.locator('.fjs-dropdownlist-item', { hasText: '常委会会议' }).first().click();
  check('通报方式 常委会会议 chosen', (await manner.innerText()).includes('常委会会议'));
  await fillDate(form, '通报日期', typed(today));
  await field(form, '说明').fill('在县委常委会会议上逐条通报。');
  await shot('wanghai-inform-team');
  await complete(task.id, '通报领导班子其他成员');

  const acknowledgements = await waitFor(async () =>
    ((await rest(`/task?processInstanceBusinessKey=${talkId}&taskDefinitionKey=acknowledgeMeasures`)).body || []).length === 3);
  check('each of the 3 other members of 青山县委 has 知悉第一责任人职责整改措施', acknowledgements);
  const leaderTasks = (await rest(`/task?processInstanceBusinessKey=${talkId}&assigneeIn=lijianguo,zhaomin,chenzhiqiang,sunli,zhouhai,wufang`)).body || [];
  check('no member of the 市委 leadership is given the measures', leaderTasks.length === 0,
    leaderTasks.map((t) => `${t.assignee}: ${t.name}`).join(', '));

  await login('liuzhiyuan');
  await checkFilters('liuzhiyuan');
  task = await openTask('我的待办', '知悉第一责任人职责整改措施');
  await checkLabels('liuzhiyuan 知悉', ['知悉整改措施', '王海', '领导班子其他成员', '第一责任人职责方面的整改措施', '每季度专题研究', '已阅知']);
  await checkNoEnglish('liuzhiyuan 知悉');
  check('liuzhiyuan 知悉: the measure not marked 第一责任人 is not shown', !(await formText()).includes('定期报告制度'));
  await field(form, '已阅知').check();
  await shot('liuzhiyuan-acknowledge');
  await complete(task.id, 'liuzhiyuan 知悉第一责任人职责整改措施');

  await login('wanghai');
  task = await openTask('我的待办', '报告整改情况');
  check(`报告整改情况 due date is talk date + 3 months (${chineseDate(resultsDue)} 23:59)`,
    (task.due || '').startsWith(chineseDate(resultsDue)) && (task.due || '').endsWith('23:59'), task.due);
  await checkLabels('报告整改情况', ['报告整改情况', '已提出的整改措施', '整改情况报告']);
  await checkNoEnglish('报告整改情况');
  await field(form, '整改情况报告').fill('两项整改措施均已落实:已召开专题会议,已建立定期报告制度。');
  await shot('wanghai-submit-results');
  await complete(task.id, '报告整改情况');

  await login('liuyang');
  task = await openTask('本组待办', '审核整改情况');
  await claim();
  await checkLabels('审核整改情况', ['审核整改情况', '整改情况报告', '整改到位', '敷衍整改', '虚假整改']);
  await form.getByLabel('整改到位', { exact: true }).check();
  await shot('liuyang-review-results');
  await complete(task.id, '审核整改情况');

  task = await openTask('本组待办', '汇总整理归档材料');
  await claim();
  await checkLabels('汇总整理归档材料', ['汇总归档', '归档材料', '同时抄送', '备注']);
  await checkNoEnglish('汇总整理归档材料');
  await field(form, '备注').fill('材料齐全,予以归档。');
  await shot('liuyang-prepare-archive');
  await complete(task.id, '汇总整理归档材料');

  for (const user of ['zhenghua', 'xuming']) {
    await login(user);
    task = await openTask('本组待办', '查阅抄送的谈话材料');
    const copied = (await listedTasks()).map((t) => t.name);
    const expected = ['阅知抄送的整改措施', '阅知抄送的整改情况', ...(user === 'xuming' ? ['阅知抄送的谈话记录'] : [])];
    check(`${user}: 本组待办 also lists the parts copied as they came (${expected.join('、')})`,
      expected.every((n) => copied.includes(n)) && (user === 'xuming' || !copied.includes('阅知抄送的谈话记录')),
      copied.join(', '));
    await claim();
    await checkLabels(`${user} 查阅`, ['谈话归档材料', '归档材料', '已查阅', '王海']);
    await field(form, '已查阅').check();
    await shot(`${user}-read-archive`);
    await complete(task.id, `${user} 查阅抄送的谈话材料`);
  }

  // ---- 5. archived
  const done = await waitFor(async () => (await rest(`/history/process-instance/${talkId}`)).body?.state === 'COMPLETED');
  check('the talk has ended (谈话已归档)', done);
  const archive = await fetch(`${base}/api/archives/${talkId}`, { headers: ADMIN });
  const record = archive.ok ? await archive.json() : null;
  check(`GET /api/archives/${talkId} returns the archived talk`,
    archive.status === 200 && JSON.stringify(record).includes(talkId) && JSON.stringify(record).includes('wanghai'),
    `HTTP ${archive.status}`);
  const attendedText = JSON.stringify(record?.attendees ?? record);
  check('the archive names the picked attendees with their units: 郑华(市纪委监委)、徐明(市委组织部)、刘洋(市委办公室)',
    attendedText.includes('郑华(市纪委监委)、徐明(市委组织部)、刘洋(市委办公室)'), attendedText.slice(0, 200));
  const asUnit = { Authorization: `Basic ${Buffer.from(`zhenghua:${PASSWORD}`).toString('base64')}` };
  const copies = await fetch(`${base}/api/copies/${talkId}`, { headers: asUnit });
  const parts = copies.ok ? (await copies.json()).parts.map((p) => p.partName) : [];
  check(`GET /api/copies/${talkId} as zhenghua: 谈话记录、整改措施、整改情况 copied to 市纪委监委`,
    copies.status === 200 && JSON.stringify(parts) === JSON.stringify(['谈话记录', '整改措施', '整改情况']),
    `HTTP ${copies.status}: ${parts.join('、')}`);
}

try {
  await walk();
} catch (e) {
  check('walk finished', false, e.message.split('\n')[0]);
  await shot('error').catch(() => {});
}
check('no script errors in the pages', pageErrors.length === 0, pageErrors.slice(0, 3).join(' | '));
await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });

fs.writeFileSync(path.join(outDir, 'result.json'), JSON.stringify({ passed, failed, failures, talkId }, null, 2));
if (failures.length) {
  console.log('failed checks:');
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`walk: ${passed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
process.exit(failed > 0 ? 1 : 0);
