/*
 * 监督谈话：驾驶舱插件“一届任期定期谈话全覆盖”。
 * 在 Cockpit 首页（cockpit.dashboard）列出各下一级党组织“一把手”本届任期内的定期谈话情况，
 * 数据来自 /api/coverage。
 */
const WARNING_DAYS = 183;

function cell(row, text, tag = 'td') {
  const el = document.createElement(tag);
  el.textContent = text == null ? '' : String(text);
  el.style.padding = '4px 10px';
  el.style.borderBottom = '1px solid #ddd';
  el.style.textAlign = 'left';
  row.appendChild(el);
  return el;
}

function render(node, rows) {
  node.textContent = '';
  const title = document.createElement('h3');
  title.textContent = '一届任期定期谈话全覆盖';
  node.appendChild(title);
  const covered = rows.filter((r) => r.covered).length;
  const summary = document.createElement('p');
  summary.textContent = `共 ${rows.length} 个下一级党组织，本届任期内已开展定期谈话 ${covered} 个，尚未覆盖 ${rows.length - covered} 个。`;
  node.appendChild(summary);

  const table = document.createElement('table');
  table.style.borderCollapse = 'collapse';
  table.style.width = '100%';
  const head = document.createElement('tr');
  ['党组织', '“一把手”', '本届任期', '任期内定期谈话', '覆盖情况', '距任期届满（天）']
    .forEach((h) => cell(head, h, 'th'));
  table.appendChild(head);
  rows.forEach((r) => {
    const tr = document.createElement('tr');
    cell(tr, r.organizationName);
    cell(tr, r.leaderName);
    cell(tr, `${r.termStart} 至 ${r.termEnd}`);
    cell(tr, r.regularTalks > 0 ? `${r.regularTalks} 次（${r.talkDates.join('、')}）` : '0 次');
    const state = cell(tr, r.covered ? '已覆盖' : '未覆盖');
    state.style.color = r.covered ? '#2e7d32' : '#c62828';
    const days = cell(tr, r.daysToTermEnd);
    if (!r.covered && r.daysToTermEnd <= WARNING_DAYS) {
      days.style.color = '#c62828';
      days.style.fontWeight = 'bold';
    }
    table.appendChild(tr);
  });
  node.appendChild(table);
}

export default {
  id: 'supervisionTalk.termCoverage',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  render: (node) => {
    node.textContent = '正在读取一届任期全覆盖情况……';
    fetch('/api/coverage', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) {
          throw new Error(`HTTP ${response.status}`);
        }
        return response.json();
      })
      .then((rows) => render(node, rows))
      .catch((error) => {
        node.textContent = `无法读取一届任期全覆盖情况：${error.message}`;
      });
  }
};
