/*
 * 监督谈话：登录页显示产品名称。
 *
 * 四个应用（首页、任务列表、流程监控、系统管理）的登录页原本只显示 Camunda 标志和应用名称
 * （如“任务列表”）。本插件在登录页的插件点 <应用>.login 上显示“监督谈话”，排在应用名称之上，
 * 并隐藏 Camunda 标志。应用名称取自页面 <base app-name="…">，与 Camunda 登录页用的相同。
 *
 * 四个应用的 config.js 都在 customScripts 中登记本文件：首页为 scripts/product-name.js，
 * 其他应用为 ../welcome/scripts/product-name.js（路径相对于各应用的目录）。
 */

const PRODUCT_NAME = '监督谈话';
const PLUGIN_ID = 'supervisionTalk.productName';
const appName = document.querySelector('base')?.getAttribute('app-name') || 'welcome';

const style = document.createElement('style');
style.textContent = `
  .form-signin { display: flex; flex-direction: column; }
  .form-signin > [data-plugin-id="${PLUGIN_ID}"] { order: -1; }
  .form-signin .login-logo { display: none; }
  .st-product-name { margin: 0 0 8px; text-align: center; font-size: 36px; font-weight: bold;
    letter-spacing: 0.2em; color: #b5152b; }
`;
document.head.appendChild(style);

export default {
  id: PLUGIN_ID,
  pluginPoint: `${appName}.login`,
  priority: 1000,
  render: (node) => {
    const name = document.createElement('h1');
    name.className = 'st-product-name';
    name.textContent = PRODUCT_NAME;
    node.replaceChildren(name);
  }
};
