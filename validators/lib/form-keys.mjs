// Binding keys of a form-js schema, as form-js 1.8 lays them out: a group with a `path`
// prefixes its children; a dynamiclist binds its `path` and its children are relative to one list item.

export function collectBindings(schema) {
  const bindings = []; // { path: string[] | null, where: string }
  const ids = [];
  const walk = (components, prefix, where) => {
    for (const c of components || []) {
      const label = `${c.type}${c.id ? ' ' + c.id : ''}`;
      if (c.id !== undefined) {
        ids.push(c.id);
      }
      if (typeof c.key === 'string' && c.type !== 'button') {
        bindings.push({ path: [...prefix, ...c.key.split('.')], where: `${where}${label}` });
      }
      if (c.type === 'dynamiclist') {
        if (typeof c.path !== 'string' || !c.path) {
          bindings.push({ path: null, where: `${where}${label}: dynamiclist without path` });
          continue;
        }
        const listPath = [...prefix, ...c.path.split('.')];
        bindings.push({ path: listPath, where: `${where}${label}` });
        walk(c.components, [...listPath, '[]'], `${where}${label} > `);
      } else if (Array.isArray(c.components)) {
        const groupPrefix = typeof c.path === 'string' && c.path ? [...prefix, ...c.path.split('.')] : prefix;
        walk(c.components, groupPrefix, `${where}${label} > `);
      }
    }
  };
  walk(schema.components, [], '');
  return { bindings, ids };
}

const show = (path) => path.join('.').replace(/\.\[\]/g, '[]');

export function keyProblems(schema) {
  const problems = [];
  const { bindings, ids } = collectBindings(schema);

  const idCount = new Map();
  for (const id of ids) idCount.set(id, (idCount.get(id) || 0) + 1);
  for (const [id, n] of idCount) {
    if (n > 1) problems.push(`component id "${id}" used ${n} times`);
  }

  const byPath = new Map(); // joined path -> where
  for (const b of bindings) {
    if (!b.path) {
      problems.push(b.where);
      continue;
    }
    if (b.path.some((seg) => seg === '')) {
      problems.push(`${b.where}: empty segment in key/path "${show(b.path)}"`);
    }
    const k = b.path.join('.');
    if (byPath.has(k)) {
      problems.push(`key "${show(b.path)}" bound twice: ${byPath.get(k)} and ${b.where}`);
    } else {
      byPath.set(k, b.where);
    }
  }
  // "a" and "a.b" collide (a value cannot also be an object); a list path may only hold its items ("a[]...")
  for (const b of bindings) {
    if (!b.path) continue;
    for (let i = 1; i < b.path.length; i++) {
      const parent = b.path.slice(0, i).join('.');
      if (byPath.has(parent) && b.path[i] !== '[]') {
        problems.push(`key "${show(b.path)}" (${b.where}) is nested under the bound key "${show(b.path.slice(0, i))}" (${byPath.get(parent)})`);
      }
    }
  }
  return { problems, keyCount: bindings.length };
}
