// Browser check of attachments (附件) in Tasklist's task tab, in Chinese (run against an app with the
// demo seeds; e2e/run.sh runs it):
// - a unit's member (郑华, 市纪委监委) opens the unit's task 「提供有关情况和材料」 of a regular talk on
//   西岭县委, uploads a PDF in the tab 「附件」, sees it listed, downloads it (the same bytes);
// - a program renamed .pdf is refused with a Chinese message and leaves nothing behind; so is a
//   file over the limit (over REST);
// - the talkee (高建华) fetching the unit's file over REST gets 403.
//
// Usage: node e2e/attachments.mjs <base-url>
// The talk is started over the engine REST API (HTTP basic). Screenshots: target/e2e/attachments*.png.
// Ends with "attachments: N passed, M failed", exits non-zero if M > 0.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fillLogin, openBrowser } from './login.mjs';
import { basicAuth as auth, checks, planned, restClient, sleep, str } from './common.mjs';

const base = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const outDir = path.resolve(process.env.E2E_OUT || 'target/e2e');
fs.mkdirSync(outDir, { recursive: true });

const { check, finish } = checks('attachments');

const UNIT_MEMBER = 'zhenghua';
const TALKEE = 'gaojianhua';

const { call, rest } = restClient(base);

// ---------------------------------------------------------------- a talk over REST


const started = await rest('liuyang', 'POST', '/engine-rest/process-definition/key/regularTalk/submit-form', {
  variables: {
    organizationId: str('xiling'), talkerId: str('lijianguo'), plannedTalkDate: str(planned),
    planYear: { value: Number(planned.slice(0, 4)), type: 'Integer' },
    additionalTalk: { value: true, type: 'Boolean' },
  },
});
let task = null;
for (let i = 0; i < 60 && !task; i++) {
  const found = await rest('admin', 'GET',
    `/engine-rest/task?processInstanceId=${started.id}&taskDefinitionKey=provideMaterial&candidateGroup=discipline`);
  task = found[0] || null;
  if (!task) await sleep(250);
}
if (!task) throw new Error('no task 提供有关情况和材料 for 市纪委监委');
const files = `/api/tasks/${task.id}/attachments`;
console.log(`attachments: talk ${started.id} (西岭县委), task ${task.id} ready`);

// ---------------------------------------------------------------- the browser

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attachments-'));
const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.7\n% 监督谈话 附件测试\n'), Buffer.alloc(4000, 0x61)]);
const pdfFile = path.join(workDir, '西岭县委廉洁自律情况.pdf');
fs.writeFileSync(pdfFile, pdfBytes);
const exeFile = path.join(workDir, '补充材料.pdf');
fs.writeFileSync(exeFile, Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00'), Buffer.alloc(500, 0)]));

const context = await openBrowser(chromium, path.join(workDir, 'profile'), { acceptDownloads: true });
const page = context.pages()[0] || (await context.newPage());
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));

async function shot(name) {
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
}

try {
  await page.goto(`${base}/camunda/app/tasklist/`);
  await fillLogin(page, UNIT_MEMBER, 'demo');
  await page.locator('input[ng-model=password]').press('Enter');
  await page.locator('.task-filters .task-filter').first().waitFor();

  // 1. the task's tab 「附件」
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${task.id}`);
  const tab = page.locator('.tabbed-content .nav-tabs a', { hasText: '附件' });
  await tab.waitFor();
  check('the task has a tab 附件', await tab.count() === 1);
  await tab.click();
  const hint = page.locator('.st-attachments-hint');
  await page.waitForFunction(() => (document.querySelector('.st-attachments-hint')?.textContent || '').includes('可上传'));
  const hintText = await hint.innerText();
  check('the tab says what may be uploaded, in Chinese',
    hintText.includes('PDF、OFD、Word、Excel') && hintText.includes('不超过20MB'), hintText);
  check('no files yet', (await page.locator('.st-attachments-empty').innerText()).includes('还没有附件'));

  // 2. upload a PDF; it is listed
  await page.locator('.st-attachments-file').setInputFiles(pdfFile);
  await page.locator('.st-attachments-upload').click();
  const link = page.locator('.st-attachments-table a.st-attachment-link', { hasText: '西岭县委廉洁自律情况.pdf' });
  await link.waitFor();
  const rowText = await page.locator('.st-attachments-table tbody tr').first().innerText();
  check('the uploaded PDF is listed with its type, part and uploader',
    rowText.includes('PDF') && rowText.includes('协作单位材料') && rowText.includes('郑华'), rowText);
  check('the upload is confirmed in Chinese',
    (await page.locator('.st-attachments-message').innerText()).includes('已上传'));
  await shot('attachments');

  // 3. download it: the same bytes, the Chinese name
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = path.join(workDir, 'downloaded.pdf');
  await download.saveAs(saved);
  check('the download has the file name', download.suggestedFilename() === '西岭县委廉洁自律情况.pdf',
    download.suggestedFilename());
  check('the download is the uploaded file', fs.readFileSync(saved).equals(pdfBytes));

  // 4. a program renamed .pdf: refused in Chinese, nothing stored
  await page.locator('.st-attachments-file').setInputFiles(exeFile);
  await page.locator('.st-attachments-upload').click();
  await page.waitForFunction(() => (document.querySelector('.st-attachments-message')?.textContent || '').includes('不支持'));
  const refusal = await page.locator('.st-attachments-message').innerText();
  check('a program named .pdf is refused with a Chinese message', refusal.includes('不支持该文件类型') && refusal.includes('按文件内容判断'), refusal);
  await shot('attachments-refused');
  check('the page still lists one file', await page.locator('.st-attachments-table tbody tr').count() === 1);
} catch (e) {
  check('the browser steps', false, e.message);
  await shot('attachments-failure').catch(() => {});
} finally {
  await context.close();
}

// 5. over REST: nothing of the refused file; an oversize file refused in Chinese; the talkee gets 403
try {
  const listed = await rest(UNIT_MEMBER, 'GET', files);
  check('only the PDF is stored', listed.length === 1 && listed[0].contentType === 'application/pdf',
    JSON.stringify(listed.map((a) => a.fileName)));
  const big = new FormData();
  big.append('file', new Blob([Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024 + 1000, 0x61)])]), '大文件.pdf');
  const oversize = await fetch(`${base}${files}`, { method: 'POST', headers: { Authorization: auth(UNIT_MEMBER), Accept: 'application/json' }, body: big });
  const oversizeBody = await oversize.json().catch(() => ({}));
  check('an oversize file is refused with 413 and a Chinese message',
    oversize.status === 413 && String(oversizeBody.message).includes('附件不能超过20MB'), `${oversize.status} ${JSON.stringify(oversizeBody)}`);
  check('nothing of it is left', (await rest(UNIT_MEMBER, 'GET', files)).length === 1);
  const talkeeFetch = await call(TALKEE, 'GET', `/api/attachments/${listed[0].id}`);
  const talkeeBody = talkeeFetch.body || {};
  check('the talkee cannot fetch the unit\'s file (403, in Chinese)',
    talkeeFetch.status === 403 && /无权/.test(talkeeBody.message || ''), `${talkeeFetch.status} ${JSON.stringify(talkeeBody)}`);
  const talkeeList = await call(TALKEE, 'GET', `/api/talks/${encodeURIComponent(listed[0].talkId)}/attachments`);
  const talkeeSees = talkeeList.status === 200 ? talkeeList.body : [];
  check('the talkee\'s list of the talk has no unit\'s file', talkeeSees.every((a) => a.part !== 'MATERIAL'),
    JSON.stringify(talkeeSees));
} catch (e) {
  check('the REST steps', false, e.message);
}

check('no script errors in the page', pageErrors.length === 0, pageErrors.join('; '));
finish();
