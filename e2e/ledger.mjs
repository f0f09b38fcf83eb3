// Browser check of the talk ledger (谈话台账) in Tasklist and Cockpit, in Chinese (run against an app
// with the demo seeds; e2e/run.sh runs it after the walk):
// - the office (刘洋) finds a talk by the talkee's name, opens it, sees its timeline and the link to
//   its talk record (downloaded: once the documents are served it must be a .docx); the ledger is in
//   Cockpit's navigation too;
// - a talkee (林晓燕) sees only her own talks, without the units' material or the talker's notes;
// - a unit's member sees only the talks the unit supplied material for or received a copy of, and of
//   those only the unit's own material.
//
// Usage: node e2e/ledger.mjs <base-url>
// The talks are started and worked on through the engine REST API, each person as themself (HTTP
// basic), not clicked: this script is about reading them. Screenshots: target/e2e/ledger*.png
// (target/e2e/ledger.png is the README's). Ends with "ledger: N passed, M failed", exits non-zero if M > 0.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fillLogin, openBrowser } from './login.mjs';
import { checks, planned, restClient, str, today } from './common.mjs';

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const outDir = path.resolve(process.env.E2E_OUT || 'target/e2e');
fs.mkdirSync(outDir, { recursive: true });

const { check, finish } = checks('ledger');

// ---------------------------------------------------------------- the talks, over REST

const { rest, engine, awaitTask } = restClient(base);

/** Each unit's member and the material the unit supplies: text only that unit may read. */
const UNITS = {
  discipline: ['zhenghua', '【纪委监委材料】林晓燕同志廉洁自律情况'],
  organization: ['xuming', '【组织部材料】东湖区委班子考核情况'],
  propaganda: ['majun', '【宣传部材料】东湖区舆情情况'],
  inspection: ['zhuhong', '【巡察办材料】东湖区巡察反馈问题'],
  audit: ['hulin', '【审计局材料】东湖区经济责任审计情况'],
};
const NOTES = '【谈话人准备要点】主体责任落实不到位';
const TIMELY_MATERIAL = '【巡察办材料】市人民医院信访问题线索';

async function submit(user, query, variables, claim = false) {
  const task = await awaitTask(user, query);
  if (claim) await engine(user, 'POST', `/task/${task.id}/claim`, { userId: user });
  await engine(user, 'POST', `/task/${task.id}/submit-form`, { variables });
}

/** 东湖区委 林晓燕, talker 李建国: prepared, every unit's material in, the talk held today. */
async function heldRegularTalk() {
  const { id } = await engine('huangjing', 'POST', '/process-definition/key/regularTalk/submit-form', {
    variables: { organizationId: str('donghu'), talkerId: str('lijianguo'), plannedTalkDate: str(planned),
      planYear: { value: Number(planned.slice(0, 4)), type: 'Integer' },
      additionalTalk: { value: true, type: 'Boolean' } } });
  await submit('lijianguo', `processInstanceId=${id}&assignee=lijianguo&taskDefinitionKey=prepareTalk`,
    { preparationMaterials: str('巡察反馈意见、审计报告'), preparationIssues: str(NOTES) });
  await submit('linxiaoyan', `processInstanceId=${id}&assignee=linxiaoyan`,
    { selfInspectionReport: str('对照《工作办法》逐条自查，查找出三方面问题') });
  for (const [member, material] of Object.values(UNITS)) {
    await submit(member, `processInstanceId=${id}&candidateUser=${member}`, { material: str(material) }, true);
  }
  await submit('lijianguo', `processInstanceId=${id}&assignee=lijianguo&taskDefinitionKey=holdTalk`, {
    talkDate: str(today), attendees: str('郑华（市纪委监委）'),
    selfInspectionHeard: str('报告了自查发现的三方面问题'), problems: str('落实主体责任有温差\n选人用人把关不严'),
    explanation: str('对问题作了说明'), requirements: str('一个月内报送整改措施'), commitment: str('坚决整改到位') });
  await awaitTask('linxiaoyan', `processInstanceBusinessKey=${id}&assignee=linxiaoyan&taskDefinitionKey=submitMeasures`);
  return id;
}

/**
 * 市人民医院党委 邓云, talker 周海 (a member of the city's leadership: any member may hold a timely
 * talk, article 7), a timely talk with material from the inspection office only.
 */
async function timelyTalk() {
  const { id } = await engine('huangjing', 'POST', '/process-definition/key/timelyTalk/submit-form', {
    variables: { organizationId: str('renminyiyuan'), talkerId: str('zhouhai'), trigger: str('PETITIONS'),
      facts: str('信访举报反映问题较多'), evidence: str('信访件汇总表'), plannedTalkDate: str(planned),
      cooperatingUnits: { value: JSON.stringify(['inspection']), type: 'Json' } } });
  await submit('zhuhong', `processInstanceId=${id}&candidateUser=zhuhong`, { material: str(TIMELY_MATERIAL) }, true);
  return id;
}

const regular = await heldRegularTalk();
const timely = await timelyTalk();
console.log(`ledger: talks ${regular} (东湖区委, held) and ${timely} (市人民医院党委, timely) ready`);

// ---------------------------------------------------------------- the browser

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-chromium-'));
const context = await openBrowser(chromium, userDataDir, { acceptDownloads: true });
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

/** Opens the ledger from Tasklist's header and waits for its table (or its "none" line). */
async function openLedgerFromHeader() {
  await page.locator('a.supervision-talk-ledger-link').first().click();
  await page.locator('.st-ledger table.st-table, .st-ledger .st-empty:not(:has-text("正在"))').first().waitFor();
}

async function ledgerRows() {
  return page.locator('.st-ledger table.st-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    id: tr.getAttribute('data-talk-id'),
    cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
  })));
}

async function search(name) {
  await page.locator('.st-ledger input[name=q]').fill(name);
  await page.locator('.st-ledger button[type=submit]').click();
  await page.waitForFunction((n) => {
    const rows = [...document.querySelectorAll('.st-ledger table.st-table tbody tr')];
    return rows.length > 0 && rows.every((tr) => tr.textContent.includes(n));
  }, name);
}

async function openTalk(talkId) {
  await page.locator(`.st-ledger tr[data-talk-id="${talkId}"] a`).first().click();
  await page.locator('.st-ledger .st-timeline-box').waitFor();
}

async function shot(name) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

async function pageText() {
  return page.locator('.st-ledger').innerText();
}

// 1. The office finds the talk by the talkee's name, opens it, sees its timeline and its record.
await login('liuyang');
check('Tasklist\'s header shows 谈话台账',
  (await page.locator('a.supervision-talk-ledger-link').first().innerText()).includes('谈话台账'));
await openLedgerFromHeader();
check('the ledger page is in Chinese with its filters',
  (await page.locator('.st-ledger h2').innerText()) === '谈话台账'
  && (await page.locator('.st-ledger select[name=stage] option').allInnerTexts()).includes('整改落实'));
const officeRows = await ledgerRows();
check('the office sees both new talks', [regular, timely].every((id) => officeRows.some((r) => r.id === id)),
  officeRows.map((r) => r.id).join(', '));
await shot('ledger');
await search('林晓燕');
const found = await ledgerRows();
check('the search by the talkee\'s name finds her talk', found.some((r) => r.id === regular)
  && found.every((r) => r.cells[2] === '林晓燕'), JSON.stringify(found.map((r) => r.cells.slice(0, 4))));
const row = found.find((r) => r.id === regular);
check('the row shows type, organization, talker, stage and who holds the step',
  row && row.cells[0] === '定期谈话' && row.cells[1].includes('东湖区') && row.cells[3] === '李建国'
  && row.cells[6] === '整改落实' && row.cells[7].includes('提出整改措施：林晓燕') && row.cells[8].includes('24时前'),
  row && row.cells.join(' | '));
await openTalk(regular);
const timeline = await page.locator('.st-ledger .st-event .st-what').allInnerTexts();
check('the talk\'s timeline runs from the start to the talk held', timeline[0] === '发起定期谈话'
  && timeline.includes('市委宣传部提供有关情况和材料') && timeline.includes('完成谈话准备')
  && timeline.includes('开展谈话并形成谈话记录') && timeline.includes('抄送谈话记录'), timeline.join(' / '));
const officeText = await pageText();
check('the office reads every part: notes, every unit\'s material, the record',
  officeText.includes(NOTES) && Object.values(UNITS).every(([, m]) => officeText.includes(m))
  && officeText.includes('选人用人把关不严'));
const recordLink = page.locator('.st-ledger a.st-document', { hasText: '谈话记录' });
const href = (await recordLink.count()) ? await recordLink.first().getAttribute('href') : null;
check('the talk page links its record for download', href === `/api/talks/${regular}/record.docx`, String(href));
if (href) {
  const response = await page.request.get(`${base}${href}`);
  if (response.status() === 200) {
    const body = await response.body();
    const type = response.headers()['content-type'] || '';
    check('the record downloads as a .docx (an Office Open XML zip)',
      body.subarray(0, 2).toString('latin1') === 'PK' && type.includes('wordprocessingml'), `${type}, ${body.length} bytes`);
  } else {
    console.log(`note the record link answers ${response.status()} (the documents are not served yet)`);
    check('the record link answers 200 or 404 (documents not built yet), never a server error',
      response.status() === 404, String(response.status()));
  }
}
await shot('ledger-talk');

// ... and in Cockpit's navigation
await page.goto(`${base}/camunda/app/cockpit/default/#/dashboard`);
const nav = page.locator('a.supervision-talk-ledger-link').first();
await nav.waitFor();
check('Cockpit\'s navigation shows 谈话台账', (await nav.innerText()).includes('谈话台账'));
await nav.click();
await page.locator('.st-ledger table.st-table').waitFor();
check('the ledger opens in Cockpit with the same talks',
  (await ledgerRows()).some((r) => r.id === regular || r.id === timely));
await page.locator('.st-ledger input[name=q]').fill('邓云');
await page.locator('.st-ledger button[type=submit]').click();
await page.waitForFunction(() => [...document.querySelectorAll('.st-ledger table.st-table tbody tr')]
  .every((tr) => tr.textContent.includes('邓云')));
await openTalk(timely);
check('a talk opens from Cockpit too', (await pageText()).includes(TIMELY_MATERIAL));
await shot('ledger-cockpit');
// the filter stays as the office left it; clear it for the next person's checks
await page.evaluate(() => sessionStorage.clear());

// 2. A talkee sees only her own talks, without the units' material or the talker's notes.
await login('linxiaoyan');
await openLedgerFromHeader();
const own = await ledgerRows();
check('the talkee\'s ledger lists only her own talks', own.length > 0 && own.every((r) => r.cells[2] === '林晓燕')
  && !own.some((r) => r.id === timely), own.map((r) => r.cells.slice(1, 4).join(' ')).join('; '));
await openTalk(regular);
const talkeeText = await pageText();
check('her talk page has her record but no unit\'s material and no preparation notes',
  talkeeText.includes('选人用人把关不严') && !talkeeText.includes(NOTES)
  && Object.values(UNITS).every(([, m]) => !talkeeText.includes(m)) && !talkeeText.includes('提供有关情况和材料'),
  talkeeText.slice(0, 300));
await shot('ledger-talkee');
// a talk she may not see answers as one that does not exist: nothing tells her it is there
const refused = await page.request.get(`${base}/api/ledger/${timely}`);
const refusedText = await refused.text();
check('another talkee\'s talk is hidden from her (404, as if it did not exist)',
  refused.status() === 404 && refusedText.includes('未找到该谈话的材料,或您无权查阅'), `${refused.status()} ${refusedText}`);

// 3. A unit's member sees only what the unit supplied or was copied, and only its own material.
async function unitSees(member, unitName) {
  await page.evaluate(() => sessionStorage.clear()).catch(() => {});
  await login(member);
  await openLedgerFromHeader();
  const rows = await ledgerRows();
  let onlyTheirs = true;
  const wrong = [];
  for (const r of rows) {
    // as the office reads the talk: did this unit supply material for it or receive a copy?
    const full = await rest('liuyang', 'GET', `/api/ledger/${r.id}`);
    const related = full.sections.some((s) => (s.id === 'materials' || s.id === 'copies' || s.id === 'archive')
      && s.items.some((i) => i.label.includes(unitName) || i.text.includes(unitName)));
    if (!related) { onlyTheirs = false; wrong.push(r.cells.slice(1, 3).join(' ')); }
  }
  return { rows, onlyTheirs, wrong };
}

const propaganda = await unitSees('majun', '市委宣传部');
check('the propaganda department sees the talk it supplied material for',
  propaganda.rows.some((r) => r.id === regular));
check('... not the timely talk it was not asked for', !propaganda.rows.some((r) => r.id === timely));
check('... and only talks it supplied or received', propaganda.onlyTheirs, propaganda.wrong.join('; '));
await openTalk(regular);
const unitText = await pageText();
check('its talk page shows its own material only, not other units\' or the talker\'s notes',
  unitText.includes(UNITS.propaganda[1]) && !unitText.includes(UNITS.inspection[1])
  && !unitText.includes(UNITS.discipline[1]) && !unitText.includes(NOTES), unitText.slice(0, 300));
await shot('ledger-unit');

const inspection = await unitSees('zhuhong', '市委巡察办');
check('the inspection office sees both talks it supplied material for',
  [regular, timely].every((id) => inspection.rows.some((r) => r.id === id)));
check('... and only talks it supplied or received', inspection.onlyTheirs, inspection.wrong.join('; '));

check('no script error on any ledger page', pageErrors.length === 0, pageErrors.join(' | '));

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
finish();
