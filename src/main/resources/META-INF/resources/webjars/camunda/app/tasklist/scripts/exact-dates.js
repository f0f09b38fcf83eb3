/*
 * 监督谈话：任务列表中的日期只有一种写法：2026年12月30日。
 *
 * Tasklist 7.24 在任务卡片（到期、跟进、创建时间）和任务详情（到期、跟进日期）上只显示
 * “9 天后”“几秒前”之类的相对时间，确切日期只在鼠标悬停的提示中。本脚本在每个相对时间
 * 前写出确切日期：“到期 2026年12月30日（9 天后）”。提示和其他日期的格式由 config.js 的
 * dateFormat 和 ../locales/zh.json 的 dateLocales 统一为同一写法（需要时刻的再加“HH:mm”）。
 *
 * 表单说明文字（form-js 的 text 组件）中的日期来自流程数据，写作“2026-12-28”；本脚本把
 * 说明文字中这种写法的日期改为“2026年12月28日”（只改显示，不改数据，也不碰输入框）。
 *
 * 相对时间由 Angular 的 am-time-ago 指令显示并定时刷新，其日期取自同一作用域
 * （am-time-ago 属性中的表达式，如 task.due）。页面变化时（MutationObserver）重新写出。
 */
import { dayText, isoDayText } from './china-dates.js';

const RELATIVE = '.tasks-list [am-time-ago], [cam-tasklist-task-meta] [am-time-ago]';
const FORM_TEXT = '.fjs-form-field-text';
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b(?![T:\d])/g;

/** The date an am-time-ago element counts from, read from its Angular scope. */
function relativeDate(element) {
  const angular = window.angular;
  const scope = angular && angular.element(element).scope();
  return scope ? scope.$eval(element.getAttribute('am-time-ago')) : null;
}

function writeExactDate(element) {
  const text = dayText(relativeDate(element));
  const before = element.previousElementSibling;
  let exact = before && before.classList.contains('st-exact-date') ? before : null;
  if (!text) {
    if (exact) {
      exact.remove();
    }
    return;
  }
  if (!exact) {
    exact = document.createElement('span');
    exact.className = 'st-exact-date';
    element.before(exact);
  }
  if (exact.textContent !== text) {
    exact.textContent = text;
  }
}

function rewriteFormTextDates(container) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (ISO_DAY.test(node.nodeValue)) {
      node.nodeValue = node.nodeValue.replace(ISO_DAY, (all, y, m, d) => isoDayText(y, m, d));
    }
    ISO_DAY.lastIndex = 0;
  }
}

let scheduled = false;

function update() {
  scheduled = false;
  document.querySelectorAll(RELATIVE).forEach(writeExactDate);
  document.querySelectorAll(FORM_TEXT).forEach(rewriteFormTextDates);
}

if (typeof MutationObserver !== 'undefined') {
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(update);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
