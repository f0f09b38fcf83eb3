// Browser check of several committees on one installation, in Chinese (run against an app with the
// demo seeds; e2e/run.sh runs it after the other checks):
// - the county office (秦悦, 青山县委) starts a regular talk with 青泉镇党委 (talker 王海) through the
//   start form in Tasklist; the form offers the county's townships and none of the city's
//   organizations; the talk belongs to the county (tenant qingshan);
// - 王海 sees the county's 谈话准备, and no task of the city's but his own as the city's talkee;
// - the city office (刘洋) sees nothing of the county talk, neither in Tasklist nor in the ledger;
//   the county's discipline member (卢红) sees the 提供有关情况和材料 task, the city's (郑华) does not;
// - the rest of the talk is done over REST, each person as themself, until it is held; then 刘洋
//   opens 下级党委(党组)监督谈话工作情况 from Tasklist's header (and Cockpit's navigation) and reads the
//   county's figures, names and dates, and none of the talk's content; the county office, which has
//   no committee below, and 王海, who is no office staff, get a Chinese message instead.
//
// Usage: node e2e/committees.mjs <base-url>
// Screenshots: target/e2e/committees-*.png and target/e2e/oversight.png (the README's).
// Ends with "committees: N passed, M failed", exits non-zero if M > 0.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fillLogin, openBrowser } from './login.mjs';
import { checks, planned, restClient, sleep, str, today } from './common.mjs';

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const outDir = path.resolve(process.env.E2E_OUT || 'target/e2e');
fs.mkdirSync(outDir, { recursive: true });

const { check, finish } = checks('committees');
const { call, rest, engine, awaitTask } = restClient(base);

/** Text that only the talk's parties may read: none of it may reach the committee above's page. */
const RECORD = '【县委谈话记录】青泉镇集体经济账目不清';
const SELF_INSPECTION = '【青泉镇自查】村级财务监管不到位';
const MATERIAL = '【县纪委监委材料】青泉镇信访线索';
/** The county's units and a member of each (seeds/organization.yaml, committees: qingshan). */
const COUNTY_UNITS = { luhong: MATERIAL, zhangpeng: '【县委组织部材料】青泉镇班子考核情况',
  xiaolin: '【县委宣传部材料】青泉镇舆情情况', liwen: '【县委巡察办材料】青泉镇巡察反馈问题',
  guoqiang: '【县审计局材料】青泉镇经济责任审计情况' };

const [year, month, date] = planned.split('-').map(Number);
const chineseDay = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; };

// ---------------------------------------------------------------- the browser

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'committees-chromium-'));
const context = await openBrowser(chromium, userDataDir);
const page = context.pages()[0] || (await context.newPage());
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
const modal = page.locator('.modal');

async function login(user) {
  await context.clearCookies();
  await page.goto('about:blank');
  await page.goto(`${base}/camunda/app/tasklist/`);
  await fillLogin(page, user, 'demo');
  await page.locator('input[ng-model=password]').press('Enter');
  await page.locator('.task-filters .task-filter').first().waitFor();
}

async function shot(name) {
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
}

/** The form-js field box whose label reads so (a required field's label ends with *). */
function fieldBox(scope, label) {
  return scope.locator('.fjs-form-field').filter({
    has: page.locator('label.fjs-form-field-label', { hasText: new RegExp(`^${label}\\*?$`) }) }).last();
}

/** Opens a form-js select's list, answers what it offers, and clicks the choice the test picks. */
async function pick(scope, label, choose) {
  const box = fieldBox(scope, label);
  await box.locator('.fjs-input-group').click();
  const items = box.locator('.fjs-dropdownlist-item');
  await items.first().waitFor();
  const offered = (await items.allInnerTexts()).map((t) => t.trim());
  const wanted = offered.find(choose);
  if (!wanted) throw new Error(`${label}: nothing to pick among ${offered.join(' / ')}`);
  await items.filter({ hasText: wanted }).first().click();
  return offered;
}

/** The cards a Tasklist filter lists (name and visible text), after its list has loaded. */
async function cards(filter) {
  await page.locator('.task-filters .task-filter', { has: page.locator('h4.name a', { hasText: filter }) }).click();
  await page.locator('.tasks-list li.task, .tasks-list .no-task, .no-task').first().waitFor();
  await sleep(500);
  return page.locator('.tasks-list li.task').evaluateAll((lis) => lis.map((li) => {
    const a = li.querySelector('h4.task a');
    return { name: a?.textContent.trim(), text: li.innerText,
      id: (a?.getAttribute('href') || '').replace(/.*task=/, '').replace(/&.*/, '') };
  }));
}

/** Waits until the filter lists a card of that name whose text includes the words. */
async function awaitCard(filter, name, words) {
  for (let i = 0; i < 20; i++) {
    const found = (await cards(filter)).find((c) => c.name === name && c.text.includes(words));
    if (found) return found;
    await sleep(500);
  }
  return null;
}

let talk = null;
try {
  // ---------------------------------------------------------------- 1. the county office starts the talk
  await login('qinyue');
  check('秦悦\'s Tasklist is in Chinese (谈话台账 in the header, 我的待办 among the filters)',
    (await page.locator('a.supervision-talk-ledger-link').first().innerText()).includes('谈话台账')
    && (await page.locator('.task-filters').innerText()).includes('我的待办'));
  await page.locator('.start-process-action a').click();
  await modal.getByRole('link', { name: '定期谈话', exact: true }).click();
  await fieldBox(modal, '被谈话人所在党组织').waitFor();
  check('the start form is 发起定期谈话 in Chinese', (await modal.innerText()).includes('发起定期谈话'));
  const organizations = await pick(modal, '被谈话人所在党组织', (o) => o.startsWith('青泉镇党委'));
  check('the organization picker offers the county\'s townships (白沙镇, 青泉镇, 石塘乡)',
    ['白沙镇党委(', '青泉镇党委(', '石塘乡党委('].every((o) => organizations.some((x) => x.startsWith(o))),
    organizations.join(' / '));
  check('... each with its top leader\'s name (白沙镇党委(罗强), 青泉镇党委(孙阳), 石塘乡党委(魏兰))',
    ['白沙镇党委(罗强)', '青泉镇党委(孙阳)', '石塘乡党委(魏兰)'].every((o) => organizations.includes(o)),
    organizations.join(' / '));
  check('... and none of the city\'s organizations (东湖区委, 青山县委, 市发展改革委党组 …)',
    !organizations.some((o) => /东湖区委|西岭县委|青山县委|市发展改革委|市教育局|市人民医院/.test(o)),
    organizations.join(' / '));
  const talkers = await pick(modal, '谈话人', (t) => t.startsWith('王海('));
  check('the talker picker offers the county\'s leadership (王海 first), not the city\'s',
    talkers[0].startsWith('王海(') && !talkers.some((t) => /李建国|赵敏/.test(t)), talkers.join(' / '));
  const dateInput = modal.getByLabel(/^计划谈话日期\*?$/);
  await dateInput.fill(`${year}/${String(month).padStart(2, '0')}/${String(date).padStart(2, '0')}`);
  await dateInput.press('Tab');
  await shot('committees-start-form');
  await modal.getByRole('button', { name: '启动', exact: true }).click();
  await page.getByText('流程已启动').first().waitFor();
  for (let i = 0; i < 40 && !talk; i++) {
    talk = (await engine('admin', 'GET', '/process-instance?processDefinitionKey=regularTalk'
      + '&variables=organizationId_eq_qingquan'))[0];
    if (!talk) await sleep(250);
  }
  check('the talk is started and belongs to 青山县委 (tenant qingshan)', talk && talk.tenantId === 'qingshan',
    JSON.stringify(talk));
  if (!talk) throw new Error('the county talk did not start');
  const id = talk.id;
  const started = await engine('admin', 'GET', `/process-instance/${id}/variables`);
  check('the talk holds the picked ids: qingquan, talkee sunyang, talker wanghai',
    started.organizationId?.value === 'qingquan' && started.talkeeId?.value === 'sunyang'
    && started.talkerId?.value === 'wanghai');

  // ---------------------------------------------------------------- 2. 王海, the talker
  await login('wanghai');
  const prepare = await awaitCard('我的待办', '谈话准备', '青泉镇');
  check('王海 sees the county\'s 谈话准备 for 青泉镇 (孙阳)', prepare && prepare.text.includes('孙阳'),
    prepare ? prepare.text : 'not listed');
  await shot('committees-wanghai');
  const his = await engine('wanghai', 'GET', '/task?maxResults=500');
  const foreign = his.filter((t) => t.tenantId !== 'qingshan' && t.assignee !== 'wanghai');
  check('王海 sees no task of the city\'s but his own as the city\'s talkee', foreign.length === 0,
    foreign.map((t) => `${t.name} (${t.tenantId})`).join('; '));

  // ---------------------------------------------------------------- 3. the city office sees nothing of it
  await login('liuyang');
  const cityCards = [...await cards('我的待办'), ...await cards('本组待办')];
  const countyTasks = (await engine('admin', 'GET', `/task?processInstanceId=${id}`)).map((t) => t.id);
  check('刘洋\'s Tasklist shows no task of the county talk', countyTasks.length > 0
    && !cityCards.some((c) => countyTasks.includes(c.id)), cityCards.map((c) => c.name).join(', '));
  const townships = cityCards.filter((c) => /白沙镇|青泉镇|石塘乡/.test(c.text));
  check('... nor any other task about the county\'s townships (e.g. 安排本届任期内定期谈话)', townships.length === 0,
    townships.map((c) => c.text.replace(/\s+/g, ' ')).join(' | '));
  check('... nor does the engine give him any (tasks, instance)',
    (await engine('liuyang', 'GET', `/task?processInstanceId=${id}`)).length === 0
    && (await call('liuyang', 'GET', `/engine-rest/process-instance/${id}`)).status === 404);
  await page.locator('a.supervision-talk-ledger-link').first().click();
  await page.locator('.st-ledger table.st-table, .st-ledger .st-empty:not(:has-text("正在"))').first().waitFor();
  await page.locator('.st-ledger input[name=q]').fill('孙阳');
  await page.locator('.st-ledger button[type=submit]').click();
  await page.locator('.st-ledger .st-results .st-empty:not(:has-text("正在"))').waitFor();
  check('刘洋\'s ledger finds no talk with 孙阳', (await page.locator('.st-ledger .st-results').innerText())
    .includes('没有符合条件的谈话') && (await rest('liuyang', 'GET', '/api/ledger?q=孙阳')).total === 0);
  await page.evaluate(() => sessionStorage.clear());

  // ---------------------------------------------------------------- 4. the units: the county's, not the city's
  await login('luhong');
  const material = await awaitCard('本组待办', '提供有关情况和材料', '青泉镇');
  check('卢红 (青山县纪委监委) sees 提供有关情况和材料 for 青泉镇', !!material);
  await shot('committees-luhong');
  await login('zhenghua');
  const cityUnit = await cards('本组待办');
  check('郑华 (市纪委监委) does not see it', !cityUnit.some((c) => /青泉镇|孙阳/.test(c.text))
    && (await engine('zhenghua', 'GET', `/task?processInstanceId=${id}`)).length === 0,
  cityUnit.map((c) => c.name).join(', '));

  // ---------------------------------------------------------------- 5. the rest of the talk, over REST
  async function submit(user, query, variables, claim = false) {
    const task = await awaitTask(user, query);
    if (claim) await engine(user, 'POST', `/task/${task.id}/claim`, { userId: user });
    await engine(user, 'POST', `/task/${task.id}/submit-form`, { variables });
  }
  await submit('wanghai', `processInstanceId=${id}&assignee=wanghai&taskDefinitionKey=prepareTalk`,
    { preparationMaterials: str('县纪委监委、组织部提供的材料'), preparationIssues: str('集体资金管理') });
  await submit('sunyang', `processInstanceId=${id}&assignee=sunyang`, { selfInspectionReport: str(SELF_INSPECTION) });
  for (const [member, text] of Object.entries(COUNTY_UNITS)) {
    await submit(member, `processInstanceId=${id}&candidateUser=${member}`, { material: str(text) }, true);
  }
  await submit('wanghai', `processInstanceId=${id}&assignee=wanghai&taskDefinitionKey=holdTalk`, {
    talkDate: str(today), attendees: str('卢红（青山县纪委监委）'), selfInspectionHeard: str('报告了自查情况'),
    problems: str(RECORD), explanation: str('作了说明'), requirements: str('一个月内报送整改措施'),
    commitment: str('坚决整改') });
  await awaitTask('sunyang', `processInstanceBusinessKey=${id}&assignee=sunyang&taskDefinitionKey=submitMeasures`);
  check('the county talk is held (孙阳 has 提出整改措施)', true);

  // ---------------------------------------------------------------- 6. the committee above's oversight
  const figures = (await rest('liuyang', 'GET', `/api/oversight?year=${today.slice(0, 4)}`))
    .find((c) => c.id === 'qingshan')?.figures;
  check('the oversight API counts the county talk (held ≥ 1, 王海 held it)', figures && figures.regular.held >= 1
    && figures.secretaryTalks.some((t) => t.talkeeName === '孙阳'), JSON.stringify(figures?.regular));
  await login('liuyang');
  const link = page.locator('a.supervision-talk-oversight-link');
  await link.waitFor();
  check('Tasklist\'s header offers 刘洋 下级党委(党组)', (await link.innerText()).includes('下级党委(党组)'));
  await link.click();
  const card = page.locator('.st-oversight .st-committee[data-committee=qingshan]');
  await card.waitFor();
  const text = await card.innerText();
  const all = await page.locator('.st-oversight').innerText();
  check('the page is 下级党委(党组)监督谈话工作情况 with a year picker on this year',
    (await page.locator('.st-oversight h2').innerText()) === '下级党委(党组)监督谈话工作情况'
    && (await page.locator('.st-oversight select[name=year]').inputValue()) === today.slice(0, 4));
  check('青山县委 and 市发展改革委党组 are shown', text.includes('青山县委')
    && (await page.locator('.st-oversight .st-committee[data-committee=fagaiweidangzu]').count()) === 1);
  check(`青山县委: 定期谈话开展 ${figures.regular.held} 人次`, text.includes(`${figures.regular.held} 人次（其中计划外`),
    text.slice(0, 400));
  const persons = new Set(figures.coverage.map((r) => r.leaderId)).size;
  check(`一届任期全覆盖: 应谈 ${persons} 人，已谈 ${figures.leadersCovered} 人; 罗强 and 魏兰 listed as not yet covered, 孙阳 not`,
    figures.leadersCovered >= 1 && text.includes(`应谈 ${persons} 人，已谈 ${figures.leadersCovered} 人`)
    && /罗强/.test(await card.locator('table.st-uncovered').innerText())
    && /魏兰/.test(await card.locator('table.st-uncovered').innerText())
    && !/孙阳/.test(await card.locator('table.st-uncovered').innerText()), text.slice(0, 600));
  const secretaryRows = await card.locator('table.st-secretary-talks tbody tr').allInnerTexts();
  check('书记亲自开展的谈话 lists the talk with 孙阳 and its date',
    secretaryRows.some((r) => r.includes('青泉镇党委') && r.includes('孙阳') && r.includes(chineseDay(today))),
    secretaryRows.join(' | '));
  check('整改措施 of the talk is not yet due (未到期 1)', text.includes(
    `按时 ${figures.rectification.measuresOnTime}，逾期 ${figures.rectification.measuresLate}，未到期 ${figures.rectification.measuresPending}`)
    && figures.rectification.measuresPending >= 1);
  check('年度报告: 未汇总', (await card.locator('.st-report').innerText()).includes('未汇总'));
  check('the page shows none of the talk\'s content (record, self-inspection, material)',
    ![RECORD, SELF_INSPECTION, ...Object.values(COUNTY_UNITS), '集体经济', '集体资金'].some((t) => all.includes(t)));
  // the window as tall as the page, for the README's picture
  const tall = await page.locator('.st-oversight').evaluate((e) => e.scrollHeight);
  await page.setViewportSize({ width: 1440, height: Math.min(Math.max(900, tall + 80), 5000) });
  await page.screenshot({ path: path.join(outDir, 'oversight.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // ... and in Cockpit's navigation
  await page.goto(`${base}/camunda/app/cockpit/default/#/dashboard`);
  const nav = page.locator('a.supervision-talk-oversight-link');
  await nav.waitFor();
  await nav.click();
  await page.locator('.st-oversight .st-committee[data-committee=qingshan]').waitFor();
  check('Cockpit\'s navigation opens the same page', (await page.locator('.st-oversight').innerText())
    .includes(`${figures.regular.held} 人次（其中计划外`));
  await shot('committees-oversight-cockpit');

  // ---------------------------------------------------------------- 7. those without committees below
  await login('qinyue');
  await page.goto(`${base}/camunda/app/tasklist/default/#/oversight`);
  const none = page.locator('.st-oversight .st-results .st-empty:not(:has-text("正在")), .st-oversight .st-error');
  await none.first().waitFor();
  check('the county office (no committee below) reads 没有下级党委(党组)',
    (await none.first().innerText()).includes('没有下级党委(党组)'), await none.first().innerText());
  await sleep(1000); // the header asks who may oversee when it is drawn
  check('... and its header offers no link to the page',
    (await page.locator('a.supervision-talk-oversight-link').count()) === 0);
  await login('wanghai');
  await page.goto(`${base}/camunda/app/tasklist/default/#/oversight`);
  await page.locator('.st-oversight .st-error').waitFor();
  check('王海 (no office staff) reads 无权查看 in Chinese',
    (await page.locator('.st-oversight .st-error').innerText()).includes('无权查看'));
  await shot('committees-oversight-refused');
} catch (error) {
  check('the county walk runs to its end', false, error.stack || String(error));
  await shot('committees-error').catch(() => {});
}

check('no script error on any page', pageErrors.length === 0, pageErrors.join(' | '));
await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
finish();
