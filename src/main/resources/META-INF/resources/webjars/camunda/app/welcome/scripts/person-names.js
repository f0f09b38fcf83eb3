/*
 * 监督谈话：中文姓名连写，不加空格。
 *
 * 人员的姓保存在 Camunda 的 firstName、名保存在 lastName（见 organization/PersonName.java），
 * 四个应用按 “firstName lastName” 显示，中间有一个空格：“王 海”。本脚本把下列位置中
 * 恰好是“姓 名”（均为汉字，姓一至两字、名一至三字）的文字改为连写“王海”；只改显示：
 *   - 页头右上角的登录人姓名（四个应用）；
 *   - 任务列表卡片上的办理人、任务详情中的办理人；
 *   - 首页“个人资料”中的姓名。
 * 其他文字（含“监督谈话 任务列表”这样的品牌名）不在这些位置，不受影响。
 *
 * 四个应用的 config.js 都在 customScripts 中登记本文件：首页为 scripts/person-names.js，
 * 其他应用为 ../welcome/scripts/person-names.js。
 */

const PLACES = [
  '[cam-widget-header] li.account > .dropdown-toggle',
  '.tasks-list h5.assignee',
  '[cam-tasklist-task-meta] li.assignee .view-value',
  '.user-profile h4.user-profile-name'
].join(', ');

const SPACED_NAME = /^(\s*)(\p{Script=Han}{1,2}) (\p{Script=Han}{1,3})(\s*)$/u;

function joinNames(place) {
  const walker = document.createTreeWalker(place, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = SPACED_NAME.exec(node.nodeValue);
    if (match) {
      node.nodeValue = match[1] + match[2] + match[3] + match[4];
    }
  }
}

let scheduled = false;

if (typeof MutationObserver !== 'undefined') {
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(() => {
        scheduled = false;
        document.querySelectorAll(PLACES).forEach(joinNames);
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
