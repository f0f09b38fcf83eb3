/*
 * 监督谈话：Camunda 表单的中文界面文本。
 *
 * 任务列表用内置的 form-js 1.8.7 显示 Camunda 表单。form-js 的校验提示、“Select”“Search”
 * 等占位文字、动态列表按钮，以及日期选择器（flatpickr）的月份、星期都写死为英文，
 * 没有语言设置。本脚本（在 config.js 的 customScripts 中登记）监视页面，
 * 把这些英文原文按下面的对照表换成中文。
 *
 * 只处理表单容器 .fjs-container 和日期选择器 .flatpickr-calendar 之内的文本节点与
 * placeholder、aria-label、title 属性，且只替换与对照表完全相同的整段文字；
 * 输入框中的内容（value）从不改动，表单设计者写的标签、说明、选项、
 * 流程数据和 bpmn.io 标志（见 SKIP）也不处理。
 * 对照表中的 {n} 等代表原文中的数字或名称，原样带入译文。
 */

const TEXTS = {
  // 校验提示（form-js Validator）
  'Field is required.': '此项为必填项。',
  'Field must have minimum length of {n}.': '长度不能少于 {n} 个字。',
  'Field must have maximum length of {n}.': '长度不能超过 {n} 个字。',
  'Field must have minimum value of {n}.': '不能小于 {n}。',
  'Field must have maximum value of {n}.': '不能大于 {n}。',
  'Field must match pattern {pattern}.': '格式不正确（应符合 {pattern}）。',
  'Field must be a valid email.': '请填写有效的电子邮箱地址。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    '请填写有效的国际电话号码（如 +861012345678）。',
  'Date and time must both be entered.': '日期和时间须同时填写。',
  'Value is not a number.': '请填写数字。',
  'Value is expected to be an integer.': '请填写整数。',
  'Value is expected to have at most {n} decimal digit.': '最多保留 {n} 位小数。',
  'Value is expected to have at most {n} decimal digits.': '最多保留 {n} 位小数。',
  'Please select a valid value, the two nearest valid values are {a} and {b}.':
    '请填写有效的数值，最接近的两个有效值为 {a} 和 {b}。',

  // 下拉选择、标签列表
  Select: '请选择',
  Search: '搜索',
  'No results': '没有匹配的选项',
  'All values selected': '已全部选择',
  'Remove tag': '移除',

  // 动态列表
  'Add new': '添加',
  Collapse: '收起',
  'Expand all ({n})': '全部展开（{n}）',
  'Remove list item {n}': '删除第 {n} 项',

  // 数字、时间、表格、图片、内嵌页面
  Increment: '增加',
  Decrement: '减少',
  'hh:mm': '时:分',
  'hh:mm ?m': '时:分 上午/下午',
  'Nothing to show.': '暂无数据。',
  'Previous page': '上一页',
  'Next page': '下一页',
  'Click to sort by {label} descending': '按“{label}”降序排列',
  'Click to sort by {label} ascending': '按“{label}”升序排列',
  'Click to remove sorting': '取消排序',
  'This is an image placeholder': '图片占位',
  'No content to show.': '暂无内容。',

  // 日期输入框的格式提示（form-js 按浏览器语言生成，中文浏览器为 yyyy/mm/dd）
  'yyyy/mm/dd': '年/月/日',
  'yyyy-mm-dd': '年-月-日',
  'yyyy.mm.dd': '年.月.日',
  'mm/dd/yyyy': '月/日/年',
  'dd/mm/yyyy': '日/月/年',
  'dd.mm.yyyy': '日.月.年',

  // 日期选择器（flatpickr）
  Month: '月份',
  Year: '年份',
  Sun: '日',
  Mon: '一',
  Tue: '二',
  Wed: '三',
  Thu: '四',
  Fri: '五',
  Sat: '六'
};

// 月份名（下拉框）和日期的 aria-label（如 “January 31, 2026”）
['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'].forEach((month, i) => {
  TEXTS[month] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][i] + '月';
  TEXTS[`${month} {d}, {y}`] = `{y}年${i + 1}月{d}日`;
});

// 处理范围，以及其中不处理的元素（表单设计者写的文字、流程数据，以及 form-js 许可要求保留的
// bpmn.io 标志）
const SCOPE = '.fjs-container, .flatpickr-calendar';
const SKIP = [
  '.fjs-powered-by',
  '.fjs-form-field-text',
  '.fjs-form-field-label',
  '.fjs-form-field-description',
  '.fjs-dropdownlist-item',
  '.fjs-taglist-tag-label',
  '.fjs-table-td',
  '.fjs-select-display:not(.fjs-select-placeholder)',
  'textarea',
  '[contenteditable]'
].join(', ');
const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

const exact = new Map();
const patterns = [];
Object.entries(TEXTS).forEach(([english, chinese]) => {
  const names = [];
  const source = english.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part);
    if (name) {
      names.push(name[1]);
      return '(.+?)';
    }
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  if (names.length === 0) {
    exact.set(english, chinese);
  } else {
    patterns.push({ regexp: new RegExp(`^${source}$`), names, chinese });
  }
});

/** The Chinese for an English text (surrounding white space kept), or null. */
function translate(text) {
  const trimmed = text.trim();
  if (!trimmed || /[\u4e00-\u9fff]/.test(trimmed)) {
    return null;
  }
  let chinese = exact.get(trimmed);
  if (chinese === undefined) {
    for (const { regexp, names, chinese: template } of patterns) {
      const match = regexp.exec(trimmed);
      if (match) {
        chinese = template.replace(/\{(\w+)\}/g, (all, name) => match[names.indexOf(name) + 1]);
        break;
      }
    }
  }
  return chinese === undefined ? null : text.replace(trimmed, () => chinese);
}

function inScope(element) {
  return !!element && !!element.closest(SCOPE) && !element.closest(SKIP);
}

function translateTextNode(node) {
  if (inScope(node.parentElement)) {
    const chinese = translate(node.nodeValue);
    if (chinese !== null) {
      node.nodeValue = chinese;
    }
  }
}

function translateAttributes(element) {
  if (!inScope(element)) {
    return;
  }
  ATTRIBUTES.forEach((attribute) => {
    const value = element.getAttribute(attribute);
    const chinese = value === null ? null : translate(value);
    if (chinese !== null) {
      element.setAttribute(attribute, chinese);
    }
  });
}

/** Translates a subtree: the parts of it inside a form or a date picker. */
function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateTextNode(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const scopes = root.closest(SCOPE) ? [root] : [...root.querySelectorAll(SCOPE)];
  scopes.forEach((scope) => {
    translateAttributes(scope);
    scope.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(', ')).forEach(translateAttributes);
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateTextNode(node);
    }
  });
}

const observer = new MutationObserver((mutations) => {
  mutations.forEach((mutation) => {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translateTree);
    } else if (mutation.type === 'characterData') {
      translateTextNode(mutation.target);
    } else {
      translateAttributes(mutation.target);
    }
  });
});

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });
  translateTree(document.documentElement);
}
