/*
 * 监督谈话：任务列表中的“年度计划编辑页面”（#/plan/年度）。
 *
 * 办公室在「起草年度计划」任务中点击链接打开本页：一行一项定期谈话，党组织（括号内为现任“一把手”）、
 * 谈话人、计划月份、责任单位从下拉框中选择，计划依据勾选（可选多个），备注另填；可添加、删除行。
 * 「保存」把整张表交给 PUT /api/plans/{年度}/draft，服务器按年度计划的规则逐行检查，有问题时整表
 * 不保存，问题写在对应格子的下方；保存后回到任务点击“完成”。数据来自 GET /api/plans/{年度}/draft，
 * 以任务列表的登录会话访问（修改时带 X-XSRF-TOKEN）。只有办公室能打开。所有内容一律作为文字显示
 * （textContent）。
 */

import { csrfToken } from './app-api.js';

const STYLE_ID = 'supervision-talk-plan-style';

const COLUMNS = [
  ['organizationId', '党组织(被谈话人)'], ['talkerId', '谈话人'], ['plannedMonth', '计划月份'],
  ['responsibleUnit', '责任单位'], ['basis', '计划依据'], ['note', '备注']
];

const CSS = `
.st-plan { position: absolute; top: 0; right: 0; bottom: 0; left: 0; overflow: auto;
  padding: 15px 20px 40px; background: #fff; }
.st-plan h2 { margin: 0 0 4px; font-size: 22px; }
.st-plan .st-hint { color: #666; margin: 0 0 12px; white-space: pre-line; }
.st-plan .st-return { border-left: 3px solid #b5152b; padding: 4px 10px; margin-bottom: 12px; white-space: pre-wrap; }
.st-plan table { width: 100%; border-collapse: collapse; font-size: 13px; }
.st-plan th { background: #f4f4f4; white-space: nowrap; }
.st-plan th, .st-plan td { border: 1px solid #ddd; padding: 6px 8px; text-align: left; vertical-align: top; }
.st-plan td select.form-control { min-width: 120px; max-width: 220px; }
.st-plan td textarea.form-control { min-width: 160px; }
.st-plan .st-basis { display: flex; flex-wrap: wrap; gap: 2px 10px; max-width: 230px; }
.st-plan .st-basis label { font-weight: normal; margin: 0; white-space: nowrap; }
.st-plan .st-cell-error { color: #c62828; font-size: 12px; margin-top: 3px; white-space: pre-wrap; }
.st-plan td.st-invalid { background: #fff4f4; }
.st-plan .st-actions { display: flex; gap: 8px; margin: 12px 0; align-items: center; }
.st-plan .st-message { margin: 8px 0; }
.st-plan .st-message.st-error { color: #c62828; }
.st-plan .st-message.st-ok { color: #2e7d32; }
`;

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value == null || value === false) return;
    if (name === 'text') node.textContent = String(value);
    else if (name.startsWith('on')) node[name] = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  });
  children.flat().forEach((child) => {
    if (child != null) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  });
  return node;
}

async function call(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (body) {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = (await csrfToken()) || '';
  }
  const response = await fetch(url, { method, headers, credentials: 'same-origin',
    body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  let answer = null;
  try {
    answer = text ? JSON.parse(text) : null;
  } catch (e) {
    answer = null;
  }
  if (!response.ok) {
    const error = new Error(response.status === 401 ? '登录已失效，请重新登录。'
      : (answer && answer.message) || `服务器未能处理（HTTP ${response.status}）。`);
    error.rows = (answer && answer.rows) || [];
    throw error;
  }
  return answer;
}

function picker(name, choices, value, placeholder, onchange) {
  const select = el('select', { class: 'form-control input-sm', name, 'aria-label': placeholder, onchange },
    el('option', { value: '', text: `请选择${placeholder}` }),
    choices.map((c) => el('option', { value: c.value, text: c.label, selected: String(value ?? '') === c.value })));
  return select;
}

/** One row of the table, editing the row object in place. */
function rowNode(row, index, state, redraw) {
  const o = state.options;
  const cells = {
    organizationId: picker('organizationId', o.organizations, row.organizationId, '党组织',
      (e) => { row.organizationId = e.target.value; }),
    talkerId: picker('talkerId', o.talkers, row.talkerId, '谈话人', (e) => { row.talkerId = e.target.value; }),
    plannedMonth: picker('plannedMonth', o.months, row.plannedMonth, '月份',
      (e) => { row.plannedMonth = e.target.value ? Number(e.target.value) : null; }),
    responsibleUnit: picker('responsibleUnit', o.units, row.responsibleUnit, '责任单位',
      (e) => { row.responsibleUnit = e.target.value; }),
    basis: el('div', { class: 'st-basis' }, o.bases.map((b) => el('label', {},
      el('input', { type: 'checkbox', name: 'basis', value: b.value, checked: (row.basis || []).includes(b.value),
        onchange: (e) => {
          const chosen = new Set(row.basis || []);
          if (e.target.checked) chosen.add(b.value); else chosen.delete(b.value);
          row.basis = o.bases.map((x) => x.value).filter((v) => chosen.has(v));
        } }), ` ${b.label}`))),
    note: el('textarea', { class: 'form-control input-sm', name: 'note', rows: 2, maxlength: 500,
      'aria-label': '备注', oninput: (e) => { row.note = e.target.value; } })
  };
  cells.note.value = row.note || '';
  const errors = state.errors[index + 1] || {};
  const tr = el('tr', { class: 'st-plan-row', 'data-row': index + 1 }, el('td', { text: String(index + 1) }));
  COLUMNS.forEach(([key, title]) => {
    const problem = errors[key];
    tr.appendChild(el('td', { class: problem ? 'st-invalid' : null, 'data-field': key, 'aria-label': title },
      cells[key], problem ? el('div', { class: 'st-cell-error', text: problem }) : null));
  });
  tr.appendChild(el('td', {},
    errors.row ? el('div', { class: 'st-cell-error', text: errors.row }) : null,
    el('button', { type: 'button', class: 'btn btn-sm btn-default st-remove', text: '删除',
      onclick: () => { state.rows.splice(index, 1); state.errors = {}; redraw(); } })));
  return tr;
}

function draw(root, state) {
  const redraw = () => draw(root, state);
  const message = state.message ? el('p', { class: `st-message ${state.messageKind}`, role: 'status',
    text: state.message }) : null;
  // DOM's replaceChildren writes null as the text "null": the parts left out are dropped first
  root.replaceChildren(...[
    el('p', {}, el('a', { href: `#/?task=${encodeURIComponent(state.taskId)}`, class: 'st-back',
      text: '← 返回「起草年度计划」任务' })),
    el('h2', { text: `${state.year}年度定期谈话计划` }),
    el('p', { class: 'st-hint', text: '每行一项定期谈话，从列表中选择党组织、谈话人、计划月份和责任单位，勾选计划依据（可选多个）。'
      + '对县(市、区、旗)委、乡镇(街道)党(工)委书记开展定期谈话的，谈话人应为市委书记（第七条）。'
      + '保存后回到任务点击“完成”，提交书记审批。' }),
    state.returnReason ? el('div', { class: 'st-return', text: `书记退回意见：${state.returnReason}` }) : null,
    state.overview ? el('p', { class: 'st-hint', text: state.overview }) : null,
    message,
    el('table', { class: 'st-plan-table' },
      el('thead', {}, el('tr', {}, el('th', { text: '序号' }), COLUMNS.map(([, title]) => el('th', { text: title })),
        el('th', { text: '操作' }))),
      el('tbody', {}, state.rows.map((row, i) => rowNode(row, i, state, redraw)))),
    el('div', { class: 'st-actions' },
      el('button', { type: 'button', class: 'btn btn-default st-add', text: '添加一行',
        onclick: () => {
          state.rows.push({ organizationId: '', talkerId: '', plannedMonth: null, responsibleUnit: 'office',
            basis: [], note: '' });
          redraw();
        } }),
      el('button', { type: 'button', class: 'btn btn-primary st-save', text: '保存',
        onclick: () => save(root, state) }))
  ].filter((part) => part != null));
}

async function save(root, state) {
  try {
    const saved = await call('PUT', `/api/plans/${state.year}/draft`, { rows: state.rows });
    Object.assign(state, { rows: saved.rows, errors: {}, message: saved.message || '已保存。', messageKind: 'st-ok' });
  } catch (error) {
    const errors = {};
    error.rows.forEach((r) => { errors[r.row] = r.errors; });
    Object.assign(state, { errors, message: `未保存：${error.message}`, messageKind: 'st-error' });
  }
  draw(root, state);
}

async function renderPlan(node) {
  if (!document.getElementById(STYLE_ID)) {
    document.head.appendChild(el('style', { id: STYLE_ID, text: CSS }));
  }
  const root = el('div', { class: 'st-plan' }, el('p', { text: '正在读取年度计划……' }));
  node.replaceChildren(root);
  const year = Number((/#\/plan\/(\d{4})/.exec(window.location.hash) || [])[1]);
  try {
    if (!year) throw new Error('地址中没有计划年度，应为 #/plan/2027 这样的地址。');
    const draft = await call('GET', `/api/plans/${year}/draft`);
    draw(root, { ...draft, errors: {}, message: '', messageKind: '' });
  } catch (error) {
    root.replaceChildren(el('p', {}, el('a', { href: '#/', text: '← 返回任务列表' })),
      el('p', { class: 'st-message st-error', text: `无法打开年度计划：${error.message}` }));
  }
}

export default [
  {
    id: 'supervisionTalk.planTable',
    pluginPoint: 'tasklist.route',
    properties: { path: '/plan/:year' },
    render: renderPlan
  }
];
