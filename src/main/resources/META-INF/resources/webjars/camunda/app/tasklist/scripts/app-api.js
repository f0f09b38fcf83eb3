/*
 * 监督谈话：任务列表脚本修改数据时带上的防跨站令牌（X-XSRF-TOKEN）。
 *
 * 应用自己的 /api 与 Camunda 的 webapp 接口共用登录会话和防跨站令牌：令牌在 XSRF-TOKEN
 * Cookie 中；Cookie 尚未设置时，从 webapp 接口任一答复的 X-XSRF-TOKEN 响应头中取得。
 * 由 plan-tasklist.js、attachments-tab.js、notices.js 和 ledger-page.js 共用。
 */

const appRoot = document.querySelector('base')?.getAttribute('app-root') || '/camunda';

function cookie(name) {
  const found = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

/** The webapps' CSRF token: from its cookie, or from the header of an answer of the webapp API. */
export async function csrfToken() {
  const fromCookie = cookie('XSRF-TOKEN');
  if (fromCookie) return fromCookie;
  const response = await fetch(`${appRoot}/api/admin/auth/user/default`, { credentials: 'same-origin' });
  return response.headers.get('X-XSRF-TOKEN') || '';
}
