/*
 * 监督谈话：任务列表页头的“通知”。
 *
 * 页头（tasklist.navbar.action）显示“通知”及未读条数；点击打开通知列表（最新的在前，可加载更多），
 * 点击一条即标为已读并打开有关的任务（#/?task=…）或谈话页面（#/ledger/…）；“全部标为已读”。
 * 未读条数每 60 秒、回到本页面时和办理完成一个任务后刷新。
 * 数据来自 /api/notices（以任务列表的登录会话访问；修改时带 X-XSRF-TOKEN 请求头），
 * 服务器只返回登录人本人的通知。所有内容一律作为文字显示（textContent），不作为 HTML。
 */

import { csrfToken } from './app-api.js';

const REFRESH_MS = 60000;
const PAGE_SIZE = 20;

let badge = null;
let panel = null;
let nextPage = 1;

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value == null || value === false) return;
    if (name === 'text') node.textContent = value;
    else if (name === 'style') node.style.cssText = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  });
  children.flat().forEach((child) => child != null && node.append(child));
  return node;
}

/** A time from the API (China time) as the app writes times: 「2026年12月30日 14:05」. */
function time(iso) {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${day}日 ${iso.slice(11, 16)}`;
}

async function api(method, path) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = await csrfToken();
  const response = await fetch(`/api/notices${path}`, { method, headers, credentials: 'same-origin' });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((body && body.message) || `服务器返回 ${response.status}`);
  }
  return body;
}

function showCount(unread) {
  if (!badge) return;
  badge.textContent = unread > 99 ? '99+' : String(unread);
  badge.style.display = unread > 0 ? '' : 'none';
  badge.parentElement.title = unread > 0 ? `通知：${unread} 条未读` : '通知：没有未读的通知';
}

async function refreshCount() {
  try {
    showCount((await api('GET', '/unread-count')).unread);
  } catch (e) {
    // 未登录或网络中断时不显示条数，下次刷新再试
  }
}

function target(notice) {
  if (notice.taskId) return `#/?task=${encodeURIComponent(notice.taskId)}`;
  if (notice.talkId) return `#/ledger/${encodeURIComponent(notice.talkId)}`;
  return null;
}

async function open(notice, item) {
  if (!notice.read) {
    try {
      showCount((await api('POST', `/${notice.id}/read`)).unread);
      notice.read = true;
      item.classList.remove('st-notice-unread');
      item.style.fontWeight = 'normal';
      item.style.background = '';
    } catch (e) {
      message(e.message);
    }
  }
  const href = target(notice);
  if (href) {
    closePanel();
    window.location.hash = href;
  }
}

function row(notice) {
  const item = el('li', {
    class: `st-notice${notice.read ? '' : ' st-notice-unread'}`,
    style: `padding:8px 12px;border-bottom:1px solid #eee;cursor:pointer;${notice.read ? '' : 'font-weight:bold;background:#f5f9ff;'}`,
    title: notice.body
  },
  el('div', { style: 'font-size:12px;color:#777', text: `${notice.kindLabel}　${time(notice.createdAt)}${notice.read ? '' : '　未读'}` }),
  el('div', { class: 'st-notice-subject', text: notice.subject }),
  el('div', { style: 'font-weight:normal;color:#555;white-space:pre-wrap;font-size:12px', text: notice.body }));
  item.addEventListener('click', () => open(notice, item));
  return item;
}

function message(text) {
  const list = panel && panel.querySelector('ul');
  if (list) list.append(el('li', { class: 'st-notice-error', style: 'padding:8px 12px;color:#a94442', text }));
}

async function loadPage() {
  const list = panel.querySelector('ul');
  const more = panel.querySelector('.st-notice-more');
  try {
    const page = await api('GET', `?page=${nextPage}&size=${PAGE_SIZE}`);
    if (nextPage === 1) list.replaceChildren();
    if (page.total === 0) {
      list.append(el('li', { class: 'st-notice-empty', style: 'padding:12px;color:#777', text: '没有通知。' }));
    }
    page.rows.forEach((notice) => list.append(row(notice)));
    showCount(page.unread);
    more.style.display = nextPage < page.pages ? '' : 'none';
    nextPage++;
  } catch (e) {
    message(`无法读取通知：${e.message}`);
  }
}

function closePanel() {
  if (panel) panel.remove();
  panel = null;
}

function togglePanel(anchor) {
  if (panel) {
    closePanel();
    return;
  }
  nextPage = 1;
  const readAll = el('button', { type: 'button', class: 'btn btn-xs btn-default st-notice-read-all', text: '全部标为已读' });
  readAll.addEventListener('click', async (event) => {
    event.stopPropagation();
    try {
      showCount((await api('POST', '/read-all')).unread);
      panel.querySelectorAll('.st-notice-unread').forEach((item) => {
        item.classList.remove('st-notice-unread');
        item.style.fontWeight = 'normal';
        item.style.background = '';
      });
    } catch (e) {
      message(e.message);
    }
  });
  const close = el('button', { type: 'button', class: 'btn btn-xs btn-link', text: '关闭' });
  close.addEventListener('click', closePanel);
  const more = el('button', { type: 'button', class: 'btn btn-xs btn-default st-notice-more', style: 'display:none;margin:8px 12px', text: '加载更多' });
  more.addEventListener('click', loadPage);
  panel = el('div', {
    class: 'st-notice-panel', role: 'dialog', 'aria-label': '通知',
    style: 'position:absolute;right:0;top:100%;z-index:2000;width:420px;max-height:70vh;overflow:auto;'
      + 'background:#fff;color:#333;border:1px solid #ccc;box-shadow:0 4px 12px rgba(0,0,0,.2);text-align:left'
  },
  el('div', { style: 'display:flex;justify-content:space-between;align-items:center;padding:8px 12px;border-bottom:1px solid #ddd' },
    el('strong', { text: '通知' }), el('span', {}, readAll, ' ', close)),
  el('ul', { style: 'list-style:none;margin:0;padding:0' }, el('li', { style: 'padding:12px;color:#777', text: '正在读取……' })),
  more);
  anchor.append(panel);
  loadPage();
}

/** After Tasklist completes a task (its own XHR calls …/complete or …/submit-form), refresh the count. */
function watchCompletions() {
  const send = XMLHttpRequest.prototype.send;
  const openRequest = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.stNoticeCompletes = /\/task\/[^/]+\/(complete|submit-form)$/.test(String(url).split('?')[0]);
    return openRequest.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (this.stNoticeCompletes) {
      this.addEventListener('loadend', () => setTimeout(refreshCount, 500));
    }
    return send.apply(this, args);
  };
}

let started = false;
function start() {
  if (started) return;
  started = true;
  watchCompletions();
  setInterval(refreshCount, REFRESH_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refreshCount();
  });
  document.addEventListener('click', (event) => {
    if (panel && !event.target.closest('.st-notices')) closePanel();
  });
}

export default [
  {
    id: 'supervisionTalk.notices',
    pluginPoint: 'tasklist.navbar.action',
    priority: 500,
    render: (node) => {
      badge = el('span', { class: 'badge st-notice-count', style: 'display:none;margin-left:4px;background:#d9534f' });
      const button = el('a', { href: '', class: 'st-notice-bell', role: 'button', title: '通知' },
        el('span', { class: 'glyphicon glyphicon-bell', 'aria-hidden': 'true' }), ' 通知', badge);
      button.addEventListener('click', (event) => {
        event.preventDefault();
        togglePanel(wrapper);
      });
      const wrapper = el('span', { class: 'st-notices', style: 'position:relative;display:inline-block' }, button);
      node.replaceChildren(wrapper);
      start();
      refreshCount();
    }
  }
];
