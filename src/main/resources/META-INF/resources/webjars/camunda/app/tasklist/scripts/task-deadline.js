/*
 * 监督谈话：每个任务表单之上写明办理期限，如“办理期限: 3月1日24时前”。
 *
 * 期限就是任务的到期日期（流程模型中的 camunda:dueDate，北京时间当日 23:59:59），写法与
 * 服务器端 deadline/Deadlines.dueText 相同。本脚本为所有表单统一显示，不必在每个 .form 文件中
 * 重复：打开任务时经流程引擎 REST 接口读取该任务（GET /task/{id}，任务列表本身也读取它），
 * 在任务详情的任务名称、流程名称之下（表单之上）写一行；任务没有到期日期时不写。
 * 已过期限的，在后面注明“（已逾期）”。
 */
import { deadlineText, toDate } from './china-dates.js';
import { taskById } from './engine-api.js';

const HEADER = '[cam-tasklist-task] .task-card > header .names';

let shown = { taskId: null, text: '' };
let scheduled = false;

function currentTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

function render() {
  const names = document.querySelector(HEADER);
  if (!names) {
    return;
  }
  let line = names.querySelector(':scope > .st-deadline');
  const text = shown.taskId === currentTaskId() ? shown.text : '';
  if (!text) {
    if (line) {
      line.remove();
    }
    return;
  }
  if (!line) {
    line = document.createElement('p');
    line.className = 'st-deadline';
    names.appendChild(line);
  }
  if (line.textContent !== text) {
    line.textContent = text;
    line.classList.toggle('st-overdue', text.endsWith('（已逾期）'));
  }
}

async function load(taskId) {
  shown = { taskId, text: '' };
  if (!taskId) {
    return;
  }
  const task = await taskById(taskId, true).catch(() => null);
  if (shown.taskId !== taskId || !task || !task.due) {
    return;
  }
  const overdue = toDate(task.due) < new Date();
  shown = { taskId, text: `办理期限: ${deadlineText(task.due)}${overdue ? '（已逾期）' : ''}` };
  render();
}

function update() {
  scheduled = false;
  const taskId = currentTaskId();
  if (taskId !== shown.taskId) {
    load(taskId);
  }
  render();
}

if (typeof MutationObserver !== 'undefined') {
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(update);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
