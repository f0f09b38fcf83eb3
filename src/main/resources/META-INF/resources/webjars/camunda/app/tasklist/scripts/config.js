/*
 * 监督谈话：Camunda Tasklist 配置。
 *
 * 本文件覆盖 camunda-webapp-webjar 自带的 app/tasklist/scripts/config.js
 * （classpath 中本项目的 classes 目录排在 webjar 之前）。自带文件中除注释外
 * 只有快捷键 shortcuts 一项设置（已保留，说明译成中文）；本项目另加了
 * customScripts（见下）。其余选项的默认值由 webapp 代码提供，无需在此重复。
 *
 * 中文界面文本在 ../locales/zh.json（含 dateLocales：月份、星期与
 * “3 天前”之类的相对时间格式），按浏览器语言选择：zh-CN、zh-TW 等都取 zh，
 * 不在 availableLocales 中的语言回退到 fallbackLocale（zh）。
 */

// 本文件在 AngularJS 启动之前以 ES 模块方式加载。页面标题服务会把启动时的
// <title>（自带 index.html 中为 "Camunda ..."）作为所有页面标题的前缀，
// 因此在此先改为中文，与页头显示的“厂商 + 应用名”保持一致。
if (typeof document !== 'undefined') {
  document.title = '监督谈话 任务列表';
}

export default {
  // 自定义脚本（ES 模块，路径相对于 app/tasklist/）：
  // form-js-zh.js        Camunda 表单内置英文（校验提示、“Select”、日期选择器等）的中文
  // due-date-sorting.js  任务列表默认按到期日期升序排列
  // ledger-tasklist.js   页头“谈话台账”及台账、谈话页面（#/ledger，数据来自 /api/ledger）
  // oversight-tasklist.js 页头“下级党委(党组)”及下级党委(党组)监督谈话工作情况页面（#/oversight，
  //                      数据来自 /api/oversight；链接只给有下级党委(党组)的办公室、组织部门、纪检监察机关）
  // plan-tasklist.js     年度计划编辑页面（#/plan/年度，数据来自 /api/plans/年度/draft）
  // task-controls.js     只显示本人能用的操作（创建任务、发起流程、修改日期和用户组等），
  //                      错误提示不遮住“完成”（样式见 ../styles/tasklist-clean.css）
  // exact-dates.js       相对时间（“9 天后”）前写出确切日期 2026年12月30日
  // task-deadline.js     任务表单之上写明办理期限“办理期限: 3月1日24时前”
  // attachments-tab.js   任务详情中的“附件”标签页（上传、下载、删除，数据来自 /api/tasks/…/attachments）
  // notices.js           页头“通知”及未读条数、通知列表（数据来自 /api/notices，每 60 秒刷新）
  // product-name.js      登录页显示“监督谈话”（四个应用共用，在 welcome 目录）
  // person-names.js      姓名连写“王海”，不显示为“王 海”（四个应用共用，在 welcome 目录）
  customScripts: ['scripts/form-js-zh.js', 'scripts/due-date-sorting.js', 'scripts/ledger-tasklist.js',
    'scripts/oversight-tasklist.js', 'scripts/plan-tasklist.js',
    'scripts/task-controls.js', 'scripts/exact-dates.js', 'scripts/task-deadline.js', 'scripts/attachments-tab.js', 'scripts/notices.js',
    '../welcome/scripts/product-name.js', '../welcome/scripts/person-names.js'],
  // 页头品牌显示为 "vendor name"；vendor 为空时 webapp 会回退为 "Camunda"
  app: {
    name: '任务列表',
    vendor: '监督谈话'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // 日期的写法（camDate 过滤器，用于悬停提示、历史等）：一律为“2026年12月30日”，
  // 需要时刻的加“HH:mm”；不写星期（自带的 long 为 LLLL，带星期）。
  // 写法记号见 ../locales/zh.json 的 dateLocales.longDateFormat。
  dateFormat: {
    abbr: 'LLL',
    normal: 'LLL',
    long: 'LLL',
    short: 'LL'
  },

  // 与自带 config.js 相同的键盘快捷键；description 原样显示在“键盘快捷键”对话框中
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到筛选器列表中的第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单中的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
