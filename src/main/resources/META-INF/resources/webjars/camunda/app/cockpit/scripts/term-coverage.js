/*
 * 监督谈话：驾驶舱插件“一届任期定期谈话全覆盖”。
 * 在 Cockpit 首页（cockpit.dashboard）列出本党委（党组）本届任期内任职的各下一级党组织“一把手”
 * 的定期谈话情况（任期指开展谈话的党委的任期，第五条），数据来自 /api/coverage。
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

function standing(r) {
  if (r.covered) return '已谈话';
  if (!r.missed) return '尚未谈话';
  return r.current ? '任期届满未谈话' : '离任前未谈话';
}

function render(node, rows) {
  node.textContent = '';
  const title = document.createElement('h3');
  title.textContent = '一届任期定期谈话全覆盖';
  node.appendChild(title);
  const summary = document.createElement('p');
  if (rows.length === 0) {
    summary.textContent = '尚未登记本届任期。请在 seeds/organization.yaml 的 committee.term 中填写，或由办公室通过 POST /api/committee/terms 登记。';
    node.appendChild(summary);
    return;
  }
  // 按人计：本届任期内在任过的每一位“一把手”都应谈到（第五条），连任者只计一次
  const persons = new Set(rows.map((r) => r.leaderId));
  const covered = new Set(rows.filter((r) => r.covered).map((r) => r.leaderId));
  const first = rows[0];
  const term = `${first.termName ? first.termName : '本届'}任期（${first.termStart} 至 ${first.termEnd}）`;
  summary.textContent = `${term}内任职的下一级党组织“一把手”共 ${persons.size} 人，`
    + `已开展定期谈话 ${covered.size} 人，尚未谈话 ${persons.size - covered.size} 人；`
    + `距本届任期届满还有 ${first.daysToTermEnd} 天。`;
  if (first.daysToTermEnd <= WARNING_DAYS && covered.size < persons.size) {
    summary.style.color = '#c62828';
    summary.style.fontWeight = 'bold';
  }
  node.appendChild(summary);

  const table = document.createElement('table');
  table.style.borderCollapse = 'collapse';
  table.style.width = '100%';
  const head = document.createElement('tr');
  ['党组织', '“一把手”', '任职期间', '本届任期内定期谈话', '覆盖情况']
    .forEach((h) => cell(head, h, 'th'));
  table.appendChild(head);
  rows.forEach((r) => {
    const tr = document.createElement('tr');
    cell(tr, r.organizationName);
    cell(tr, r.leaderName);
    cell(tr, `${r.tenureStart} 至 ${r.current ? '今' : r.tenureEnd}`);
    cell(tr, r.regularTalks > 0 ? `${r.regularTalks} 次（${r.talkDates.join('、')}）` : '0 次');
    const state = cell(tr, standing(r));
    state.style.color = r.covered ? '#2e7d32' : '#c62828';
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
