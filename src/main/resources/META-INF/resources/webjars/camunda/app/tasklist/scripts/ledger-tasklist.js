/*
 * 监督谈话：任务列表中的“谈话台账”。
 *
 * 页头（tasklist.navbar.action）加一个“谈话台账”链接，打开本应用的页面 #/ledger
 * （tasklist.route）；点击台账中的一行打开该谈话的页面 #/ledger/谈话编号。页面内容见
 * ledger-page.js，数据来自 /api/ledger，以任务列表的登录会话访问。
 */
import { renderLedger, ledgerLink } from './ledger-page.js';

const BACK_TO_TASKS = { href: '#/', text: '← 返回任务列表' };

function page(node) {
  renderLedger(node, { backLink: BACK_TO_TASKS });
}

export default [
  {
    id: 'supervisionTalk.ledgerLink',
    pluginPoint: 'tasklist.navbar.action',
    priority: 400,
    render: (node) => {
      node.replaceChildren(ledgerLink('supervision-talk-ledger-link'));
    }
  },
  {
    id: 'supervisionTalk.ledger',
    pluginPoint: 'tasklist.route',
    properties: { path: '/ledger' },
    render: page
  },
  {
    id: 'supervisionTalk.ledgerTalk',
    pluginPoint: 'tasklist.route',
    properties: { path: '/ledger/:talkId' },
    render: page
  }
];
