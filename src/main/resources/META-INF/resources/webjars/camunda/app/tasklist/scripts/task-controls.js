/*
 * 监督谈话：任务列表只显示本人能用的操作。
 *
 * Tasklist 7.24 对所有人都显示以下操作，但本应用的授权（security/BaseAuthorizations.java，
 * application.yaml 中 defaultUserPermissionNameForTask: TASK_WORK）只允许任务的办理人和
 * 候选人认领、取消认领和办理任务，点了也会被流程引擎拒绝：
 *   - 页头“创建任务”：需要对任务（Task）的 CREATE 权限，只有系统管理员有；
 *   - 页头“发起流程”：没有可发起的流程（CREATE_INSTANCE）时对话框是空的，如被谈话人；
 *   - 任务详情中的“设置跟进日期”、到期日期的修改和 ×、“添加用户组”（及修改用户组）、
 *     点击办理人姓名改派他人、他人任务上的“×”（撤销办理人）：都需要对该任务的
 *     TASK_ASSIGN 或 UPDATE 权限（或对其流程定义的 TASK_ASSIGN、UPDATE_TASK），
 *     只有系统管理员有。
 * 本脚本向流程引擎询问当前登录人的这些权限（GET /authorization/check、
 * /process-definition/count?startablePermissionCheck=true），在 <body> 上标记
 * st-may-create-task、st-may-start-process、st-may-assign-task（针对当前打开的任务）；
 * ../styles/tasklist-clean.css 只在有标记时显示这些操作。查询完成前和查询失败时一律不显示
 * （操作本身仍由引擎把关）。有权限的人（系统管理员，或被授予了这些权限的人）照常看到并使用它们。
 *
 * 另外，tasklist-clean.css 对所有人隐藏任务卡片上的优先级“50”（本应用的流程不设优先级，
 * 所有任务都是默认的 50）和流程名称后的版本标签“(v. 1.0)”（流程模型的 versionTag，
 * 供建模人员在流程监控中区分版本），并把错误提示移到左下角，不再遮住表单右下角的“完成”。
 */
import { engineGet, isAuthorized, taskById } from './engine-api.js';

const TASK = 7;
const PROCESS_DEFINITION = 6;

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('../styles/tasklist-clean.css', import.meta.url).href;
document.head.appendChild(style);

function mark(name, on) {
  document.body.classList.toggle(name, !!on);
}

let signedIn = null;

/** What the person may do anywhere in Tasklist: create tasks, start processes. */
async function userAbilities(userId) {
  signedIn = userId || null;
  mark('st-may-create-task', false);
  mark('st-may-start-process', false);
  if (!userId) {
    return;
  }
  const [createTask, startable] = await Promise.all([
    isAuthorized('CREATE', 'Task', TASK),
    engineGet('/process-definition/count?latestVersion=true&active=true'
      + '&startableInTasklist=true&startablePermissionCheck=true')
      .then((r) => r.count > 0, () => false)
  ]);
  if (signedIn === userId) {
    mark('st-may-create-task', createTask);
    mark('st-may-start-process', startable);
  }
}

/** Whether the person may change the task's dates, groups and assignee. */
async function mayAssign(taskId) {
  const checks = [
    isAuthorized('TASK_ASSIGN', 'Task', TASK, taskId),
    isAuthorized('UPDATE', 'Task', TASK, taskId)
  ];
  const task = await taskById(taskId).catch(() => null);
  if (task && task.processDefinitionId) {
    const definition = await engineGet(`/process-definition/${encodeURIComponent(task.processDefinitionId)}`)
      .catch(() => null);
    if (definition) {
      checks.push(isAuthorized('TASK_ASSIGN', 'ProcessDefinition', PROCESS_DEFINITION, definition.key));
      checks.push(isAuthorized('UPDATE_TASK', 'ProcessDefinition', PROCESS_DEFINITION, definition.key));
    }
  }
  return (await Promise.all(checks)).some(Boolean);
}

let openTask = null;

async function taskAbilities(taskId) {
  openTask = taskId || null;
  mark('st-may-assign-task', false);
  if (!taskId) {
    return;
  }
  const allowed = await mayAssign(taskId);
  if (openTask === taskId) {
    mark('st-may-assign-task', allowed);
  }
}

// The inline fields open with the Enter key or a paste as well as with a click: refuse those too
// (the Tab key still moves on).
const FIXED_FIELDS = '[cam-tasklist-task-meta] [cam-widget-inline-field]';
['keydown', 'paste'].forEach((type) => {
  document.addEventListener(type, (event) => {
    if ((type === 'paste' || event.key === 'Enter')
        && !document.body.classList.contains('st-may-assign-task')
        && event.target instanceof Element && event.target.closest(FIXED_FIELDS)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);
});

const angular = window.angular;
if (angular) {
  angular.module('cam.tasklist').run(['$rootScope', '$location', ($rootScope, $location) => {
    $rootScope.$watch('authentication', (authentication) => {
      userAbilities(authentication && authentication.name);
      taskAbilities(authentication && $location.search().task);
    });
    $rootScope.$on('$locationChangeSuccess', () => {
      const taskId = $location.search().task || null;
      if (taskId !== openTask) {
        taskAbilities(taskId);
      }
    });
  }]);
} else {
  console.error('监督谈话：未找到 AngularJS，任务列表中本人不能使用的操作无法隐藏');
}
