/*
 * 监督谈话：任务列表中的“下级党委(党组)监督谈话工作情况”。
 *
 * 页头（tasklist.navbar.action）加一个“下级党委(党组)”链接，只给有下级党委(党组)的党委(党组)
 * 办公室、组织部门和纪检监察机关的工作人员；打开本应用的页面 #/oversight（tasklist.route）。
 * 页面内容见 oversight-page.js，数据来自 /api/oversight，以任务列表的登录会话访问。
 */
import { oversightLink, renderOversight } from './oversight-page.js';

export default [
  {
    id: 'supervisionTalk.oversightLink',
    pluginPoint: 'tasklist.navbar.action',
    priority: 390,
    render: (node) => oversightLink(node, 'supervision-talk-oversight-link')
  },
  {
    id: 'supervisionTalk.oversight',
    pluginPoint: 'tasklist.route',
    properties: { path: '/oversight' },
    render: (node) => renderOversight(node, { backLink: { href: '#/', text: '← 返回任务列表' } })
  }
];
