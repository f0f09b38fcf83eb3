/*
 * 监督谈话：任务详情中的“附件”标签页（插件点 tasklist.task.detail）。
 *
 * 自查、协作单位提供材料、开展谈话（谈话记录）、提出整改措施、报告整改情况这五种任务可以上传附件：
 * PDF、OFD、Word、Excel、PNG/JPEG 图片（服务器按文件内容判断类型，与文件名无关），每个不超过
 * 服务器设定的大小（默认 20MB）。任务办结前，办理人可以上传和删除；办结后附件随谈话保存，只能查看
 * 和下载。数据来自 /api/tasks/{taskId}/attachments 和 /api/attachments/{id}，以任务列表的登录会话
 * 访问（上传、删除时带 X-XSRF-TOKEN 请求头）。谁能看到哪些附件由服务器逐一判断（第十六条）。
 * 文件名等一律作为文字显示。
 */
import { dayText } from './china-dates.js';
import { taskById } from './engine-api.js';
import { csrfToken } from './app-api.js';

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach((child) => node.append(child));
  return node;
}

/** A call of the app's API; throws an Error with the server's Chinese message when refused. */
async function call(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = await csrfToken();
  const response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    const error = new Error((json && json.message) || `操作未成功（服务器返回 ${response.status}），请稍后重试。`);
    error.status = response.status;
    throw error;
  }
  return { json, response };
}

function sizeText(bytes) {
  const mb = bytes / 1048576;
  if (mb >= 1) return Number.isInteger(mb) ? `${mb}MB` : `${mb.toFixed(1)}MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)}KB`;
  return `${bytes}字节`;
}

function timeText(value) {
  const time = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false
  }).format(new Date(value));
  return `${dayText(value)} ${time}`;
}

const TYPES = {
  'application/pdf': 'PDF', 'application/ofd': 'OFD', 'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'image/png': 'PNG 图片', 'image/jpeg': 'JPEG 图片'
};

/** Renders the tab for the task into node. */
function render(node, taskId) {
  const files = `/api/tasks/${encodeURIComponent(taskId)}/attachments`;
  const message = el('div', { class: 'st-attachments-message', role: 'alert',
    style: 'margin:8px 0;color:#b94a48;' });
  const list = el('div', { class: 'st-attachments-list' });
  // the browser's own file button is labelled in the browser's language: a Chinese button opens it
  const input = el('input', { type: 'file', class: 'st-attachments-file',
    accept: '.pdf,.ofd,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg', style: 'display:none;' });
  const choose = el('button', { type: 'button', class: 'btn btn-default btn-sm st-attachments-choose' }, '选择文件');
  const chosen = el('span', { class: 'st-attachments-chosen', style: 'margin:0 10px;' }, '未选择文件');
  const upload = el('button', { type: 'button', class: 'btn btn-primary btn-sm st-attachments-upload' }, '上传');
  const hint = el('p', { class: 'text-muted st-attachments-hint' });
  const form = el('div', { class: 'st-attachments-form', style: 'margin:8px 0;' }, input, choose, chosen, upload);
  choose.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    chosen.textContent = input.files && input.files[0] ? input.files[0].name : '未选择文件';
  });
  let maxBytes = 20 * 1024 * 1024;
  node.replaceChildren(el('div', { class: 'st-attachments', style: 'padding:10px 15px;' },
    hint, form, message, list));

  function say(text, ok = false) {
    message.textContent = text;
    message.style.color = ok ? '#3c763d' : '#b94a48';
  }

  function row(file) {
    const link = el('a', { href: `/api/attachments/${file.id}`, download: file.fileName,
      class: 'st-attachment-link' }, file.fileName);
    const remove = el('button', { type: 'button', class: 'btn btn-link btn-xs st-attachment-remove' }, '删除');
    remove.addEventListener('click', async () => {
      if (!window.confirm(`删除附件“${file.fileName}”？`)) return;
      try {
        await call('DELETE', `${files}/${file.id}`);
        say(`已删除“${file.fileName}”。`, true);
        await load();
      } catch (e) {
        say(e.message);
      }
    });
    return el('tr', {}, el('td', {}, link), el('td', {}, TYPES[file.contentType] || file.contentType),
      el('td', {}, sizeText(file.size)), el('td', {}, file.partLabel),
      el('td', {}, file.uploadedByName || file.uploadedBy), el('td', {}, timeText(file.uploadedAt)),
      el('td', { class: 'st-attachment-actions' }, open ? remove : ''));
  }

  let open = true;

  async function load() {
    try {
      const { json, response } = await call('GET', files);
      maxBytes = Number(response.headers.get('X-Attachment-Max-Bytes')) || maxBytes;
      show(json || []);
    } catch (e) {
      if (e.status === 404) {
        open = false;
        form.style.display = 'none';
        hint.textContent = '该任务已办结，没有附件。';
        list.replaceChildren();
        return;
      }
      form.style.display = 'none';
      hint.textContent = e.message;
      list.replaceChildren();
    }
  }

  async function checkOpen() {
    open = Boolean(await taskById(taskId, true));
  }

  function show(attachments) {
    form.style.display = open ? '' : 'none';
    hint.textContent = open
      ? `可上传 PDF、OFD、Word、Excel、PNG 或 JPEG 图片，每个不超过${sizeText(maxBytes)}（按文件内容判断类型）。`
        + '任务完成后附件随谈话保存，不能再删除。'
      : '该任务已办结，附件随谈话保存，只能查看和下载。';
    if (!attachments.length) {
      list.replaceChildren(el('p', { class: 'st-attachments-empty' }, '还没有附件。'));
      return;
    }
    list.replaceChildren(el('table', { class: 'table table-condensed st-attachments-table' },
      el('thead', {}, el('tr', {}, ...['文件名', '类型', '大小', '所属部分', '上传人', '上传时间', '']
        .map((h) => el('th', {}, h)))),
      el('tbody', {}, ...attachments.map(row))));
  }

  upload.addEventListener('click', async () => {
    const file = input.files && input.files[0];
    if (!file) {
      say('请先选择要上传的文件。');
      return;
    }
    if (file.size > maxBytes) {
      say(`附件不能超过${sizeText(maxBytes)}，未上传。请压缩或拆分后重新上传。`);
      return;
    }
    const body = new FormData();
    body.append('file', file, file.name);
    upload.disabled = true;
    say('正在上传……', true);
    try {
      const { json } = await call('POST', files, body);
      say(`已上传“${json.fileName}”。`, true);
      input.value = '';
      chosen.textContent = '未选择文件';
      await load();
    } catch (e) {
      say(e.message);
    } finally {
      upload.disabled = false;
    }
  });

  checkOpen().catch(() => { open = false; }).finally(load);
}

export default [
  {
    id: 'supervisionTalk.attachments',
    pluginPoint: 'tasklist.task.detail',
    label: '附件',
    priority: 50,
    render: (node, { taskId }) => render(node, taskId)
  }
];
