/*
 * 监督谈话：下级党委(党组)监督谈话工作情况页面（任务列表和流程监控共用）。
 *
 * 党委(党组)办公室、组织部门和纪检监察机关按年度查看直接下级党委(党组)开展监督谈话的情况
 * （第十三条至第十五条）：年度计划完成情况、定期谈话和及时谈话开展人次、一届任期全覆盖及尚未谈到的
 * “一把手”、整改措施和整改情况是否按时、发现的问题和问责决定、年度报告是否汇总和报送及上级意见。
 * 只有数字、姓名和日期，不显示谈话内容，也不显示问题和决定的具体写法（第十六条）；服务器
 * 返回的就是这些。数据来自 /api/oversight?year=年度，以任务列表或流程监控的登录会话访问。
 * 所有内容一律作为文字显示（textContent）。
 *
 * 由 oversight-tasklist.js 和 ../../cockpit/scripts/oversight-cockpit.js 引入，无需构建。
 */

import { addStyle, day, el, getJson } from './ledger-page.js';

const YEAR_KEY = 'supervisionTalk.oversight.year';
const OVERSEERS = ['office', 'organization', 'discipline'];
const TITLE = '下级党委(党组)监督谈话工作情况';

const CSS = `
.st-oversight .st-committee { max-width: 1100px; }
.st-oversight .st-committee > h3 { font-size: 17px; }
.st-oversight .st-committee-body { padding: 8px 12px; }
.st-oversight .st-committee-body h4 { font-size: 14px; margin: 14px 0 6px; }
.st-oversight table.st-table td.st-label { width: 180px; font-weight: bold; background: #fafafa; }
.st-oversight table.st-table td.st-number { text-align: right; width: 110px; }
.st-oversight .st-committee-body .st-empty { padding: 0 0 4px; }
.st-oversight .st-report { margin: 0 0 8px; }
.st-oversight .st-returned, .st-oversight .st-late { color: #c62828; font-weight: bold; }
.st-oversight .st-accepted { color: #2e7d32; font-weight: bold; }
`;

const OVERSIGHT_STYLE_ID = 'supervision-talk-oversight-style';

/** A table: a header row and rows of cells (text, or { text, class }). */
function table(head, rows, className = '') {
  const cell = (tag, c) => (c && typeof c === 'object'
    ? el(tag, { class: c.class, text: c.text }) : el(tag, { text: c == null ? '' : c }));
  return el('table', { class: `table st-table ${className}` },
    head ? el('thead', {}, el('tr', {}, head.map((h) => cell('th', h)))) : null,
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => cell('td', c))))));
}

const none = (text) => el('p', { class: 'st-empty', text });
const label = (text) => ({ text, class: 'st-label' });
const number = (n) => ({ text: String(n), class: 'st-number' });
const late = (n, text) => (n > 0 ? { text, class: 'st-late' } : text);

/** How the committee's annual report stands: not compiled, compiled, submitted and the upper's view. */
function reportLine(c) {
  const parts = [el('strong', { text: '年度报告：' })];
  if (!c.reportCompiled) {
    parts.push('未汇总');
  } else if (!c.reportSubmittedAt) {
    parts.push('已汇总，尚未报送');
  } else {
    parts.push(`已报送（${day(c.reportSubmittedAt)}），上级意见：`);
    if (c.upperDecision === 'ACCEPT') parts.push(el('span', { class: 'st-accepted', text: '同意' }));
    else if (c.upperDecision === 'RETURN') parts.push(el('span', { class: 'st-returned', text: '退回' }));
    else parts.push('尚未审阅');
    parts.push('　', el('a', { class: 'st-report-download', download: '',
      href: `/api/oversight/${encodeURIComponent(c.id)}/reports/${c.year}.docx`, text: '下载报送的年度报告' }));
  }
  return el('p', { class: 'st-report', 'data-report': !c.reportCompiled ? 'open'
    : (c.reportSubmittedAt ? 'submitted' : 'compiled') }, parts);
}

/** Term coverage: the leaders in office during the term, those talked with, those not yet. */
function coverage(f) {
  const leaders = new Set(f.coverage.map((r) => r.leaderId));
  const coveredIds = new Set(f.coverage.filter((r) => r.covered).map((r) => r.leaderId));
  const terms = [...new Set(f.coverage.map((r) => `${r.termName || '本届'}任期（${day(r.termStart)}至${day(r.termEnd)}）`))];
  const open = f.coverage.filter((r) => !coveredIds.has(r.leaderId));
  const summary = leaders.size === 0 ? '尚未登记任期或没有下一级党组织“一把手”'
    : `${terms.join('、')}：应谈 ${leaders.size} 人，已谈 ${f.leadersCovered} 人，尚未谈到 ${leaders.size - coveredIds.size} 人`;
  const standing = (r) => (!r.missed ? '尚未谈话' : (r.current ? '任期届满未谈话' : '离任前未谈话'));
  const list = open.length === 0 ? none(leaders.size ? '本届任期内在任的“一把手”均已谈到。' : '无')
    : table(['党组织', '“一把手”', '任职期间', '情况'], open.map((r) => [r.organizationName, r.leaderName,
      `${day(r.tenureStart)}至${r.current ? '今' : day(r.tenureEnd)}`, { text: standing(r), class: 'st-late' }]),
    'st-uncovered');
  return { summary, list };
}

function committeeCard(c) {
  const f = c.figures;
  const r = f.regular;
  const m = f.rectification;
  const v = f.reviews;
  const cover = coverage(f);
  const findings = f.accountabilityRecords || [];
  const decisions = f.decisions || [];
  const findingKinds = f.accountability.filter((a) => a.count > 0).map((a) => `${a.label} ${a.count} 条`);
  const summary = table(null, [
    [label('年度计划（定期谈话）'), late(r.plannedLate,
      `计划 ${r.planned} 项：完成 ${r.plannedHeld} 项，逾期 ${r.plannedLate} 项，未到期 ${r.plannedOpen} 项`)],
    [label('定期谈话开展'), `${r.held} 人次（其中计划外 ${r.heldUnplanned} 人次）`],
    [label('及时谈话'), `发起 ${f.timelyStarted} 人次，开展 ${f.timelyHeld} 人次`],
    [label('一届任期全覆盖'), cover.summary],
    [label('整改措施'), late(m.measuresLate, `按时 ${m.measuresOnTime}，逾期 ${m.measuresLate}，未到期 ${m.measuresPending}`)],
    [label('整改情况'), late(m.resultsLate, `按时 ${m.resultsOnTime}，逾期 ${m.resultsLate}，未到期 ${m.resultsPending}`)],
    [label('审核情况'), `整改措施通过 ${v.measuresAccepted} 次、退回 ${v.measuresReturned} 次；整改情况退回 `
      + `${v.resultsReturned} 次；整改到位 ${v.rectified}，敷衍整改 ${v.perfunctory}，虚假整改 ${v.falseRectification}，`
      + `尚在审核或整改中 ${v.open}`],
    [label('发现的问题'), late(findings.length, `${findings.length} 条${findingKinds.length ? `（${findingKinds.join('、')}）` : ''}`)],
    [label('问责决定'), `${decisions.length} 项`],
    [label('书记亲自谈话'), `${f.secretaryTalks.length} 人次（书记：${f.secretaryName || '未登记'}）`]
  ], 'st-figures');
  const occurred = f.timely.filter((t) => t.started > 0 || t.held > 0);
  const timely = occurred.length === 0 ? none('无') : table(['情形', '发起（人次）', '开展（人次）'],
    occurred.map((t) => [t.label, number(t.started), number(t.held)]), 'st-timely');
  const findingList = findings.length === 0 ? none('无')
    : table(['被谈话人', '问题', '日期'], findings.map((a) => [a.talkeeName, a.label, day(a.date)]), 'st-findings');
  const decisionList = decisions.length === 0 ? none('无')
    : table(['决定日期', '被谈话人', '问题', '决定', '作出决定的机关'], decisions.map((d) =>
      [day(d.decidedOn), d.talkeeName, d.finding, d.accountable ? '追究责任' : '不予追究', d.decidedByBody]), 'st-decisions');
  const secretaryList = f.secretaryTalks.length === 0 ? none('无')
    : table(['谈话类型', '党组织', '被谈话人', '谈话日期'], f.secretaryTalks.map((t) =>
      [t.talkType, t.organizationName, t.talkeeName, day(t.talkDate)]), 'st-secretary-talks');
  const basis = c.reportCompiled ? `以下为年度报告汇总时的情况（${day(f.compiledAt)}汇总）。`
    : `年度报告尚未汇总，以下为截至${day(f.compiledAt)}的情况。`;
  return el('div', { class: 'st-box st-committee', 'data-committee': c.id },
    el('h3', { text: `${c.name}　${c.year}年` }),
    el('div', { class: 'st-committee-body' },
      reportLine(c), el('p', { class: 'st-hint', text: basis }), summary,
      el('h4', { text: '及时谈话（按情形）' }), timely,
      el('h4', { text: '一届任期内尚未谈到的“一把手”' }), cover.list,
      el('h4', { text: '发现的问题' }), findingList,
      el('h4', { text: '问责决定' }), decisionList,
      el('h4', { text: '书记亲自开展的谈话' }), secretaryList));
}

async function render(root, options) {
  const thisYear = new Date().getFullYear();
  const year = Number(sessionStorage.getItem(YEAR_KEY)) || thisYear;
  const years = [];
  for (let y = thisYear; y >= Math.min(2026, thisYear); y--) years.push(y);
  const picker = el('select', { class: 'form-control input-sm st-year', name: 'year', 'aria-label': '年度' },
    years.map((y) => el('option', { value: y, selected: y === year, text: `${y}年` })));
  picker.onchange = () => { sessionStorage.setItem(YEAR_KEY, picker.value); render(root, options); };
  const results = el('div', { class: 'st-results' }, none('正在读取下级党委(党组)的情况……'));
  root.replaceChildren(
    el('h2', { text: TITLE }),
    el('p', { class: 'st-hint', text: '本党委(党组)办公室、组织部门和纪检监察机关了解直接下级党委(党组)开展监督谈话的情况'
      + '（第十三条至第十五条）。只显示数字、姓名和日期，不显示谈话内容（第十六条）。' }),
    options.backLink ? el('p', {}, el('a', { href: options.backLink.href, text: options.backLink.text })) : null,
    el('div', { class: 'st-filters' }, el('label', { text: '年度' }), picker),
    results);
  try {
    const committees = await getJson(`/api/oversight?year=${year}`);
    results.replaceChildren(...(committees.length === 0
      ? [none('本党委(党组)没有下级党委(党组)在本系统中开展监督谈话，没有可查看的情况。')]
      : committees.map(committeeCard)));
  } catch (error) {
    results.replaceChildren(el('p', { class: 'st-error', text: error.status === 403
      ? `无权查看：只有党委(党组)办公室、组织部门和纪检监察机关的工作人员可以查看下级党委(党组)的监督谈话工作情况。（${error.message}）`
      : `无法读取下级党委(党组)的情况：${error.message}` }));
  }
}

/** Draws the page into the node. options.backLink: { href, text } shown above it. */
export function renderOversight(node, options = {}) {
  addStyle();
  if (!document.getElementById(OVERSIGHT_STYLE_ID)) {
    document.head.appendChild(el('style', { id: OVERSIGHT_STYLE_ID, text: CSS }));
  }
  const root = el('div', { class: 'st-ledger st-oversight' });
  node.replaceChildren(root);
  render(root, options);
}

const appRoot = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const engineName = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [])[1] || 'default';
const overseers = new Map();

/** Whether the person works in the office, organization or discipline body of a committee with committees below. */
async function oversees(userId) {
  const uppers = [...new Set((await getJson('/api/committees')).map((c) => c.upperId).filter(Boolean))];
  const mine = new Set((await getJson(`${appRoot}/api/engine/engine/${engineName}/identity/groups?userId=`
    + encodeURIComponent(userId))).groups.map((g) => g.id));
  if (mine.has('camunda-admin')) return uppers.length > 0;
  for (const upper of uppers) {
    const groups = await getJson(`/api/committees/${encodeURIComponent(upper)}/groups`);
    if (groups.some((g) => OVERSEERS.includes(g.role) && mine.has(g.groupId))) return true;
  }
  return false;
}

/**
 * Whether the signed-in person may read the page (see oversees; the administrator too): only they
 * get the link. Asked once per person and page load.
 */
export async function mayOversee() {
  try {
    const { userId } = await getJson(`${appRoot}/api/admin/auth/user/${engineName}`);
    if (!overseers.has(userId)) overseers.set(userId, oversees(userId).catch(() => false));
    return await overseers.get(userId);
  } catch (e) {
    return false;
  }
}

/** The page's link for a header or a navigation bar, drawn into the node for those who may oversee. */
export async function oversightLink(node, className) {
  if (await mayOversee()) {
    node.replaceChildren(el('a', { href: '#/oversight', class: className, title: TITLE },
      el('span', { class: 'glyphicon glyphicon-stats', 'aria-hidden': 'true' }), ' 下级党委(党组)'));
  }
}
