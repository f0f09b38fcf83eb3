/*
 * 监督谈话：任务列表脚本读取流程引擎 REST 接口的方式。
 *
 * 与任务列表自身相同，使用登录会话访问 /camunda/api/engine/engine/<引擎名>/…
 * （只读请求，无需 X-XSRF-TOKEN）。引擎名取自页面地址 /camunda/app/tasklist/<引擎名>/。
 */

const appRoot = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const engineName = (/\/app\/tasklist\/([^/]+)\//.exec(window.location.pathname) || [])[1] || 'default';

/** GET on the engine API, the JSON answer; throws on a refusal. */
export async function engineGet(path) {
  const response = await fetch(`${appRoot}/api/engine/engine/${engineName}${path}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status}`);
  }
  return response.json();
}

/**
 * Whether the signed-in person holds the permission; Camunda's own check
 * (GET /authorization/check). resourceType: 6 process definition, 7 task.
 */
export async function isAuthorized(permissionName, resourceName, resourceType, resourceId) {
  const query = new URLSearchParams({ permissionName, resourceName, resourceType: String(resourceType) });
  if (resourceId) {
    query.set('resourceId', resourceId);
  }
  try {
    return (await engineGet(`/authorization/check?${query}`)).authorized === true;
  } catch (e) {
    return false;
  }
}

const tasks = new Map();

/** The task as the engine REST API gives it, read once per opening of the task. */
export function taskById(taskId, fresh = false) {
  if (fresh || !tasks.has(taskId)) {
    const loading = engineGet(`/task/${encodeURIComponent(taskId)}`);
    loading.catch(() => tasks.delete(taskId));
    tasks.set(taskId, loading);
  }
  return tasks.get(taskId);
}
