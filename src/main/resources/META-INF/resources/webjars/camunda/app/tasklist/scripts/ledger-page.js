/*
 * 监督谈话：谈话台账页面（任务列表和流程监控共用）。
 *
 * 台账（#/ledger）列出登录人有权看到的谈话：筛选（年度、谈话类型、阶段、党组织、是否逾期）、
 * 按被谈话人或谈话人姓名查找、按列排序、分页、导出 Excel；点击一行打开该谈话的页面
 * （#/ledger/谈话编号）：概况、登录人有权阅看的各部分内容、时间线和文书下载。
 * 数据来自 /api/ledger（以任务列表或流程监控的登录会话访问），哪些谈话、哪些内容可见由服务器
 * 按第十六条逐条判断，本页只负责显示。所有内容一律作为文字显示（textContent），不作为 HTML。
 *
 * 由 ledger-tasklist.js 和 ../../cockpit/scripts/ledger-cockpit.js 引入，无需构建；el、day、getJson、
 * addStyle 也供 oversight-page.js 使用（下级党委(党组)工作情况页面沿用台账的样式）。
 * 办公室在尚未谈话的谈话页面上可发出谈话通知（时间、地点），通知被谈话人、谈话人和参加人员
 * （POST /api/talks/谈话编号/notice）。
 */

import { csrfToken } from './app-api.js';

const FILTER_KEY = 'supervisionTalk.ledger.filter';
const STYLE_ID = 'supervision-talk-ledger-style';

const TYPES = [['', '全部类型'], ['REGULAR', '定期谈话'], ['TIMELY', '及时谈话']];
const STAGES = [['', '全部阶段'], ['PREPARATION', '谈话准备'], ['RECTIFICATION', '整改落实'],
  ['ARCHIVING', '汇总归档'], ['ARCHIVED', '已归档'], ['CANCELLED', '已撤销']];
const OVERDUE = [['', '是否逾期'], ['true', '已逾期'], ['false', '未逾期']];
const SIZES = [20, 50, 100];

/** The columns of the ledger: header, sort code (if sortable) and how a row shows in the cell. */
const COLUMNS = [
  { title: '谈话类型', cell: (r) => r.talkTypeName },
  { title: '党组织', sort: 'organization', cell: (r) => r.organizationName },
  { title: '被谈话人', sort: 'talkee', cell: (r) => r.talkeeName, link: true },
  { title: '谈话人', cell: (r) => r.talkerName },
  { title: '计划谈话日期', sort: 'plannedDate', cell: (r) => day(r.plannedTalkDate) },
  { title: '谈话日期', sort: 'talkDate', cell: (r) => day(r.talkDate) },
  { title: '阶段', cell: (r) => r.stageName },
  { title: '当前环节及办理人', cell: (r) => r.currentSteps.map((s) => `${s.name}：${s.holder}`).join('\n') },
  { title: '下一期限', sort: 'deadline', cell: (r) => deadline(r.nextDeadline) },
  { title: '逾期', cell: (r) => (r.overdue ? '逾期' : ''), overdue: true },
  { title: '问题（第十七条）', cell: (r) => r.findings.join('、') }
];

const DEFAULT_FILTER = { year: '', type: '', stage: '', organization: '', overdue: '', q: '',
  sort: 'plannedDate', order: 'desc', page: 1, size: 20 };

const CSS = `
.st-ledger { position: absolute; top: 0; right: 0; bottom: 0; left: 0; overflow: auto;
  padding: 15px 20px 40px; background: #fff; }
.st-ledger h2 { margin: 0 0 4px; font-size: 22px; }
.st-ledger .st-hint { color: #666; margin: 0 0 12px; }
.st-ledger .st-filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 12px; }
.st-ledger .st-filters .form-control { width: auto; min-width: 110px; display: inline-block; }
.st-ledger .st-filters input.st-search { min-width: 200px; }
.st-ledger table.st-table { width: 100%; border-collapse: collapse; font-size: 13px; }
.st-ledger table.st-table th { background: #f4f4f4; white-space: nowrap; }
.st-ledger table.st-table th, .st-ledger table.st-table td { border: 1px solid #ddd; padding: 6px 8px;
  text-align: left; vertical-align: top; white-space: pre-line; }
.st-ledger th a.st-sort { color: inherit; cursor: pointer; text-decoration: none; }
.st-ledger tr.st-row:hover td { background: #f5f9ff; cursor: pointer; }
.st-ledger .st-overdue { color: #c62828; font-weight: bold; }
.st-ledger .st-pager { display: flex; gap: 8px; align-items: center; margin-top: 12px; }
.st-ledger .st-pager select.form-control { width: auto; }
.st-ledger .st-error { color: #c62828; margin: 12px 0; }
.st-ledger .st-empty { color: #666; padding: 20px 0; }
.st-ledger .st-talk { display: flex; gap: 24px; align-items: flex-start; }
.st-ledger .st-parts { flex: 3; min-width: 0; }
.st-ledger .st-timeline { flex: 2; min-width: 280px; }
.st-ledger .st-box { border: 1px solid #ddd; border-radius: 3px; margin-bottom: 14px; }
.st-ledger .st-box h3 { margin: 0; padding: 8px 12px; font-size: 15px; background: #f4f4f4;
  border-bottom: 1px solid #ddd; }
.st-ledger .st-box dl { margin: 0; padding: 8px 12px; }
.st-ledger .st-box dt { font-weight: bold; margin-top: 6px; }
.st-ledger .st-box dd { margin: 2px 0 0; white-space: pre-wrap; word-break: break-word; }
.st-ledger .st-overview { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px;
  padding: 8px 12px; margin: 0; }
.st-ledger .st-overview dt { margin: 0; }
.st-ledger ol.st-events { list-style: none; margin: 0; padding: 8px 12px; }
.st-ledger ol.st-events li { border-left: 3px solid #b5152b; padding: 0 0 10px 10px; margin-left: 4px; }
.st-ledger ol.st-events .st-when { color: #666; font-size: 12px; }
.st-ledger ol.st-events .st-what { font-weight: bold; }
.st-ledger ol.st-events .st-detail { white-space: pre-wrap; word-break: break-word; }
.st-ledger .st-documents a { margin-right: 12px; }
`;

// ---------------------------------------------------------------------------------- small helpers

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value == null || value === false) return;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'onclick' || name === 'onchange' || name === 'onsubmit') node[name] = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  });
  children.flat().forEach((child) => {
    if (child != null) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  });
  return node;
}

function select(name, options, value, label) {
  return el('select', { class: 'form-control input-sm', name, 'aria-label': label },
    options.map(([v, text]) => el('option', { value: v, selected: String(value) === v, text })));
}

/** A calendar day from the API (2027-01-25) as Tasklist writes dates: 「2027年1月25日」. */
export function day(iso) {
  if (!iso) return '';
  const [year, month, date] = iso.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/** A time from the API (already in China time, e.g. 2027-01-25T23:59:59+08:00) as people write it. */
function time(iso) {
  return iso ? `${day(iso)} ${iso.slice(11, 16)}` : '';
}

/** A deadline: the end of its day reads 「2027年1月25日24时前」, as the offices write deadlines. */
function deadline(iso) {
  if (!iso) return '';
  return iso.slice(11, 19) === '23:59:59' ? `${day(iso)}24时前` : time(iso);
}

/** POST of JSON to the app's API; the server's Chinese message when it refuses. */
async function postJson(url, body) {
  const response = await fetch(url, { method: 'POST', credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json',
      'X-XSRF-TOKEN': await csrfToken() },
    body: JSON.stringify(body) });
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(answer && answer.message ? answer.message : `服务器返回 ${response.status}`);
  }
  return answer;
}

/**
 * The office's 谈话通知 on a talk not yet held: the time and place, sent to the talkee, the talker
 * and the attendees named so far (sending again tells them of the change).
 */
function talkNoticeBox(talkId) {
  const time = el('input', { type: 'datetime-local', class: 'form-control input-sm st-notice-time',
    'aria-label': '谈话时间' });
  const place = el('input', { type: 'text', class: 'form-control input-sm st-notice-place',
    placeholder: '谈话地点，如 市委第三会议室', maxlength: 200, 'aria-label': '谈话地点' });
  const message = el('p', { class: 'st-notice-message' });
  const send = el('button', { type: 'button', class: 'btn btn-sm btn-primary st-notice-send',
    text: '发送谈话通知' });
  send.onclick = async () => {
    send.disabled = true;
    message.className = 'st-notice-message';
    try {
      await postJson(`/api/talks/${encodeURIComponent(talkId)}/notice`,
        { time: time.value, place: place.value });
      message.textContent = '谈话通知已发出，被谈话人、谈话人和参加人员将在“通知”中看到。';
    } catch (error) {
      message.className = 'st-notice-message st-error';
      message.textContent = error.message;
    } finally {
      send.disabled = false;
    }
  };
  return el('div', { class: 'st-box st-talk-notice' }, el('h3', { text: '谈话通知' }),
    el('dl', {}, el('dt', { text: '谈话时间' }), el('dd', {}, time),
      el('dt', { text: '谈话地点' }), el('dd', {}, place), el('dd', {}, send, message)));
}

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.message ? body.message : `HTTP ${response.status}`;
    const error = new Error(response.status === 401 ? '登录已失效，请重新登录。' : message);
    error.status = response.status;
    throw error;
  }
  return body;
}

function loadFilter() {
  try {
    return { ...DEFAULT_FILTER, ...JSON.parse(sessionStorage.getItem(FILTER_KEY) || '{}') };
  } catch (e) {
    return { ...DEFAULT_FILTER };
  }
}

function saveFilter(filter) {
  sessionStorage.setItem(FILTER_KEY, JSON.stringify(filter));
}

function query(filter, withPage = true) {
  const params = new URLSearchParams();
  ['year', 'type', 'stage', 'organization', 'overdue', 'q', 'sort', 'order'].forEach((name) => {
    if (filter[name] !== '' && filter[name] != null) params.set(name, filter[name]);
  });
  if (withPage) {
    params.set('page', filter.page);
    params.set('size', filter.size);
  }
  return params.toString();
}

export function addStyle() {
  if (!document.getElementById(STYLE_ID)) {
    document.head.appendChild(el('style', { id: STYLE_ID, text: CSS }));
  }
}

// ---------------------------------------------------------------------------------- the ledger

let organizations = null;

async function organizationOptions() {
  if (!organizations) {
    try {
      const list = await getJson('/api/organizations');
      organizations = list.map((o) => [o.id, o.shortName || o.name]);
    } catch (e) {
      organizations = [];
    }
  }
  return [['', '全部党组织'], ...organizations];
}

async function renderList(root, options) {
  const filter = loadFilter();
  const thisYear = new Date().getFullYear();
  const years = [['', '全部年度']];
  for (let y = thisYear + 1; y >= 2026; y--) years.push([String(y), `${y}年`]);

  const search = el('input', { class: 'form-control input-sm st-search', name: 'q', type: 'search',
    placeholder: '被谈话人或谈话人姓名', value: filter.q, 'aria-label': '姓名' });
  const form = el('form', { class: 'st-filters', role: 'search' },
    select('year', years, filter.year, '年度'),
    select('type', TYPES, filter.type, '谈话类型'),
    select('stage', STAGES, filter.stage, '阶段'),
    select('organization', await organizationOptions(), filter.organization, '党组织'),
    select('overdue', OVERDUE, filter.overdue, '是否逾期'),
    search,
    el('button', { type: 'submit', class: 'btn btn-sm btn-primary', text: '查询' }),
    el('button', { type: 'button', class: 'btn btn-sm btn-default', text: '重置',
      onclick: () => { saveFilter({ ...DEFAULT_FILTER }); renderList(root, options); } }),
    el('a', { class: 'btn btn-sm btn-default st-export', href: `/api/ledger.xlsx?${query(filter, false)}`,
      download: '谈话台账.xlsx', text: '导出 Excel' }));
  form.onsubmit = (event) => {
    event.preventDefault();
    const data = new FormData(form);
    ['year', 'type', 'stage', 'organization', 'overdue', 'q'].forEach((name) => {
      filter[name] = String(data.get(name) || '').trim();
    });
    filter.page = 1;
    saveFilter(filter);
    renderList(root, options);
  };
  form.querySelectorAll('select').forEach((s) => { s.onchange = () => form.requestSubmit(); });

  const results = el('div', { class: 'st-results' }, el('p', { class: 'st-empty', text: '正在读取谈话台账……' }));
  root.replaceChildren(
    el('h2', { text: '谈话台账' }),
    el('p', { class: 'st-hint', text: '列出您有权查看的监督谈话（办公室：本委全部谈话；谈话人：本人所持谈话；'
      + '被谈话人：本人的谈话；协作单位：本单位提供材料或抄送本单位的谈话）。点击一行查看该谈话。' }),
    options.backLink ? el('p', {}, el('a', { href: options.backLink.href, text: options.backLink.text })) : null,
    form, results);

  try {
    const page = await getJson(`/api/ledger?${query(filter)}`);
    results.replaceChildren(table(page, filter, root, options), pager(page, filter, root, options));
  } catch (error) {
    results.replaceChildren(el('p', { class: 'st-error', text: `无法读取谈话台账：${error.message}` }));
  }
}

function table(page, filter, root, options) {
  if (page.rows.length === 0) {
    return el('p', { class: 'st-empty', text: '没有符合条件的谈话。' });
  }
  const head = el('tr', {}, COLUMNS.map((c) => {
    if (!c.sort) return el('th', { text: c.title });
    const active = filter.sort === c.sort;
    const arrow = active ? (filter.order === 'asc' ? ' ▲' : ' ▼') : '';
    return el('th', { 'aria-sort': active ? (filter.order === 'asc' ? 'ascending' : 'descending') : null },
      el('a', { class: 'st-sort', role: 'button', text: c.title + arrow, title: `按${c.title}排序`,
        onclick: () => {
          filter.order = active && filter.order === 'asc' ? 'desc' : (active ? 'asc' : defaultOrder(c.sort));
          filter.sort = c.sort;
          filter.page = 1;
          saveFilter(filter);
          renderList(root, options);
        } }));
  }));
  const rows = page.rows.map((r) => {
    const tr = el('tr', { class: 'st-row', 'data-talk-id': r.talkId },
      COLUMNS.map((c) => {
        const text = c.cell(r);
        if (c.link) {
          return el('td', {}, el('a', { href: `#/ledger/${encodeURIComponent(r.talkId)}`, text }));
        }
        return el('td', { class: c.overdue && r.overdue ? 'st-overdue' : null, text });
      }));
    tr.onclick = (event) => {
      if (event.target.tagName !== 'A') window.location.hash = `#/ledger/${encodeURIComponent(r.talkId)}`;
    };
    return tr;
  });
  return el('table', { class: 'table st-table' }, el('thead', {}, head), el('tbody', {}, rows));
}

function defaultOrder(sort) {
  return sort === 'plannedDate' || sort === 'talkDate' ? 'desc' : 'asc';
}

function pager(page, filter, root, options) {
  const go = (p) => () => { filter.page = p; saveFilter(filter); renderList(root, options); };
  const size = select('size', SIZES.map((s) => [String(s), `每页 ${s} 条`]), filter.size, '每页条数');
  size.onchange = () => { filter.size = Number(size.value); filter.page = 1; saveFilter(filter); renderList(root, options); };
  return el('div', { class: 'st-pager' },
    el('span', { class: 'st-total', text: `共 ${page.total} 次谈话，第 ${page.pages ? page.page : 0} / ${page.pages} 页` }),
    el('button', { class: 'btn btn-sm btn-default', type: 'button', text: '上一页', disabled: page.page <= 1,
      onclick: go(page.page - 1) }),
    el('button', { class: 'btn btn-sm btn-default', type: 'button', text: '下一页',
      disabled: page.page >= page.pages, onclick: go(page.page + 1) }),
    size);
}

// ---------------------------------------------------------------------------------- a talk's page

async function renderTalk(root, talkId, options) {
  root.replaceChildren(el('p', { class: 'st-empty', text: '正在读取谈话……' }));
  const back = el('p', {}, el('a', { href: '#/ledger', text: '← 返回谈话台账' }));
  let page;
  try {
    page = await getJson(`/api/ledger/${encodeURIComponent(talkId)}`);
  } catch (error) {
    root.replaceChildren(back, el('p', { class: 'st-error', text: `无法打开该谈话：${error.message}` }));
    return;
  }
  const t = page.talk;
  const overview = [
    ['谈话类型', t.talkTypeName], ['党组织', t.organizationName], ['被谈话人', t.talkeeName],
    ['谈话人', t.talkerName], ['计划谈话日期', day(t.plannedTalkDate)], ['谈话日期', t.talkDate ? day(t.talkDate) : '尚未谈话'],
    ['当前阶段', t.stageName],
    ['当前环节及办理人', t.currentSteps.length
      ? t.currentSteps.map((s) => `${s.name}：${s.holder}${s.due ? `（${deadline(s.due)}）` : ''}`).join('\n') : '无'],
    ['下一期限', t.nextDeadline ? deadline(t.nextDeadline) + (t.overdue ? '（已逾期）' : '') : '无'],
    ['问题（第十七条）', t.findings.length ? t.findings.join('、') : '无']
  ];
  const overviewBox = el('div', { class: 'st-box st-overview-box' },
    el('h3', { text: '谈话概况' }),
    el('dl', { class: 'st-overview' }, overview.flatMap(([label, text]) => [
      el('dt', { text: label }),
      el('dd', { class: label === '下一期限' && t.overdue ? 'st-overdue' : null, text })])));
  const documents = page.documents.length ? el('div', { class: 'st-box st-documents' },
    el('h3', { text: '文书' }),
    el('dl', {}, el('dd', {}, page.documents.map((d) =>
      el('a', { class: 'btn btn-sm btn-default st-document', href: d.href, download: '', text: d.title })))))
    : null;
  const parts = page.sections.map((s) => el('div', { class: 'st-box st-section', 'data-section': s.id },
    el('h3', { text: s.title }),
    el('dl', {}, s.items.flatMap((i) => [el('dt', { text: i.label }), el('dd', { text: i.text })]))));
  const events = el('div', { class: 'st-box st-timeline-box' }, el('h3', { text: '时间线' }),
    page.timeline.length === 0 ? el('p', { class: 'st-empty', text: '暂无记录' })
      : el('ol', { class: 'st-events' }, page.timeline.map((e) => el('li', { class: 'st-event', 'data-kind': e.kind },
        el('div', { class: 'st-when', text: `${time(e.at)}　${e.actor || ''}` }),
        el('div', { class: 'st-what', text: e.title }),
        e.detail ? el('div', { class: 'st-detail', text: e.detail }) : null))));

  root.replaceChildren(back,
    el('h2', { text: `${t.organizationName} ${t.talkeeName}同志的${t.talkTypeName}` }),
    el('p', { class: 'st-hint', text: `您以“${page.viewedAs}”的身份查看，只显示您有权阅看的内容（第十六条）。` }),
    el('div', { class: 'st-talk' },
      el('div', { class: 'st-parts' }, overviewBox,
        page.viewedAs === '办公室' && t.stage === 'PREPARATION' ? talkNoticeBox(t.talkId) : null,
        documents, parts),
      el('div', { class: 'st-timeline' }, events)));
  if (options.onTalk) options.onTalk(t);
}

// ---------------------------------------------------------------------------------- entry point

/**
 * Draws the ledger or a talk's page into the node, by the address: #/ledger or #/ledger/<talkId>.
 * options.backLink: { href, text } shown above the ledger (e.g. back to the task list).
 */
export function renderLedger(node, options = {}) {
  addStyle();
  const root = el('div', { class: 'st-ledger' });
  node.replaceChildren(root);
  const match = window.location.hash.match(/^#\/ledger\/([^?]+)/);
  if (match) {
    renderTalk(root, decodeURIComponent(match[1]), options);
  } else {
    renderList(root, options);
  }
}

/** The ledger's link for a header or a navigation bar. */
export function ledgerLink(className) {
  return el('a', { href: '#/ledger', class: className, title: '谈话台账：您有权查看的监督谈话' },
    el('span', { class: 'glyphicon glyphicon-list-alt', 'aria-hidden': 'true' }), ' 谈话台账');
}
