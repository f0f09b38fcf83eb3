/*
 * 监督谈话：Camunda Cockpit 配置。
 *
 * 本文件覆盖 camunda-webapp-webjar 自带的 app/cockpit/scripts/config.js
 * （classpath 中本项目的 classes 目录排在 webjar 之前）。自带文件中除注释外
 * 没有任何设置，其余选项的默认值由 webapp 代码提供，无需在此重复。
 *
 * 中文界面文本在 ../locales/zh.json（含 dateLocales：月份、星期与
 * “3 天前”之类的相对时间格式），按浏览器语言选择：zh-CN、zh-TW 等都取 zh，
 * 不在 availableLocales 中的语言回退到 fallbackLocale（zh）。
 */

// 本文件在 AngularJS 启动之前以 ES 模块方式加载。页面标题服务会把启动时的
// <title>（自带 index.html 中为 "Camunda ..."）作为所有页面标题的前缀，
// 因此在此先改为中文，与页头显示的“厂商 + 应用名”保持一致。
if (typeof document !== 'undefined') {
  document.title = '监督谈话 流程监控';
}

export default {
  // 驾驶舱插件: 首页的“一届任期定期谈话全覆盖”表(数据来自 /api/coverage);
  // 导航栏“谈话台账”及台账、谈话页面(#/ledger,数据来自 /api/ledger);
  // 导航栏“下级党委(党组)”及下级党委(党组)监督谈话工作情况页面(#/oversight,数据来自 /api/oversight)
  // 登录页显示“监督谈话”、姓名连写“王海”(四个应用共用,在 welcome 目录)
  customScripts: ['scripts/term-coverage.js', 'scripts/ledger-cockpit.js', 'scripts/oversight-cockpit.js',
    '../welcome/scripts/product-name.js', '../welcome/scripts/person-names.js'],
  // 页头品牌显示为 "vendor name"；vendor 为空时 webapp 会回退为 "Camunda"
  app: {
    name: '流程监控',
    vendor: '监督谈话'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
