/*
 * 监督谈话：流程监控中的“下级党委(党组)监督谈话工作情况”。
 *
 * 导航栏（cockpit.navigation）加一项“下级党委(党组)”（只给有下级党委(党组)的党委(党组)办公室、
 * 组织部门和纪检监察机关的工作人员），打开本应用的页面 #/oversight（cockpit.route）。页面与任务列表
 * 共用 ../../tasklist/scripts/oversight-page.js，数据来自 /api/oversight，以流程监控的登录会话访问。
 */
import { oversightLink, renderOversight } from '../../tasklist/scripts/oversight-page.js';

export default [
  {
    id: 'supervisionTalk.oversightNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: { path: '/oversight' },
    checkActive: (path) => path.indexOf('#/oversight') > -1,
    render: (node) => oversightLink(node, 'supervision-talk-oversight-link')
  },
  {
    id: 'supervisionTalk.oversight',
    pluginPoint: 'cockpit.route',
    properties: { path: '/oversight' },
    render: (node) => renderOversight(node)
  }
];
