/*
 * 监督谈话：流程监控中的“谈话台账”。
 *
 * 导航栏（cockpit.navigation）加一项“谈话台账”，打开本应用的页面 #/ledger（cockpit.route）；
 * 点击台账中的一行打开该谈话的页面 #/ledger/谈话编号，已结束的谈话也可打开（流程监控社区版
 * 本身不能查看已结束的流程实例）。页面与任务列表共用 ../../tasklist/scripts/ledger-page.js，
 * 数据来自 /api/ledger，以流程监控的登录会话访问。
 */
import { renderLedger, ledgerLink } from '../../tasklist/scripts/ledger-page.js';

export default [
  {
    id: 'supervisionTalk.ledgerNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 60,
    properties: { path: '/ledger' },
    checkActive: (path) => path.indexOf('#/ledger') > -1,
    render: (node) => {
      node.replaceChildren(ledgerLink('supervision-talk-ledger-link'));
    }
  },
  {
    id: 'supervisionTalk.ledger',
    pluginPoint: 'cockpit.route',
    properties: { path: '/ledger' },
    render: (node) => renderLedger(node)
  },
  {
    id: 'supervisionTalk.ledgerTalk',
    pluginPoint: 'cockpit.route',
    properties: { path: '/ledger/:talkId' },
    render: (node) => renderLedger(node)
  }
];
