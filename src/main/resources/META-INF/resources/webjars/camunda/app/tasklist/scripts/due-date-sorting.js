/*
 * 监督谈话：任务列表默认按“到期日期 升序”排列。
 *
 * Tasklist 7.24 的任务列表只按地址中的 sorting 参数排序；地址中没有该参数时，
 * 列表写入默认的“创建时间 降序”。筛选器中保存的排序（本应用的筛选器均为到期日期升序）
 * 不起作用，config.js 也没有默认排序的选项。
 *
 * 本脚本（在 config.js 的 customScripts 中登记，于 AngularJS 启动之前载入）为任务列表
 * 应用添加一个启动块：每次进入任务列表页面而地址中没有 sorting 参数时（登录后、
 * 打开书签、点击页头），补上“到期日期 升序”。用户在页面上改选的排序照常写入地址并保留。
 */

const DUE_DATE_ASCENDING = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

const angular = typeof window !== 'undefined' ? window.angular : undefined;

if (angular) {
  angular.module('cam.tasklist').run(['$rootScope', '$location', ($rootScope, $location) => {
    $rootScope.$on('$locationChangeStart', () => {
      if ($location.path() === '/' && !$location.search().sorting) {
        $location.search('sorting', DUE_DATE_ASCENDING).replace();
      }
    });
  }]);
} else {
  console.error('监督谈话：未找到 AngularJS，任务列表保持默认排序（创建时间 降序）');
}
