// Shared by the browser checks: counting checks, the REST calls that set up and drive the work
// (each person as themself, HTTP basic with the demo passwords), and small helpers.

/** Counts checks and prints each; `finish()` prints "<name>: N passed, M failed" and exits. */
export function checks(name) {
  const tally = { passed: 0, failed: 0 };
  function check(label, ok, detail = '') {
    if (ok) tally.passed++; else tally.failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${ok || !detail ? '' : `: ${detail}`}`);
    return ok;
  }
  function finish() {
    console.log(`${name}: ${tally.passed} passed, ${tally.failed} failed`);
    process.exit(tally.failed ? 1 : 0);
  }
  return { check, finish, tally };
}

/** The demo password of a person of seeds/organization.yaml (the administrator's is admin). */
export const passwordOf = (user) => (user === 'admin' ? 'admin' : 'demo');

export const basicAuth = (user) =>
  'Basic ' + Buffer.from(`${user}:${passwordOf(user)}`).toString('base64');

/**
 * REST calls against the application at `base`, as a person: `call` answers the status and the
 * parsed body and never throws; `rest` throws on anything but 2xx; `engine` is `rest` under
 * /engine-rest; `awaitTask` waits up to 15 s for the first task the query finds.
 */
export function restClient(base) {
  async function call(user, method, p, body) {
    const r = await fetch(`${base}${p}`, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: basicAuth(user) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    let parsed = null;
    try { parsed = text ? JSON.parse(text) : null; } catch { parsed = text; }
    return { status: r.status, body: parsed };
  }
  async function rest(user, method, p, body) {
    const r = await call(user, method, p, body);
    if (r.status >= 300) throw new Error(`${method} ${p} as ${user}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
  const engine = (user, method, p, body) => rest(user, method, `/engine-rest${p}`, body);
  async function awaitTask(user, query) {
    for (let i = 0; i < 60; i++) {
      const found = await engine(user, 'GET', `/task?${query}`);
      if (found.length) return found[0];
      await sleep(250);
    }
    throw new Error(`no task for ${user}: ${query}`);
  }
  return { call, rest, engine, awaitTask };
}

export const str = (value) => ({ value, type: 'String' });
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Today in China (YYYY-MM-DD), and a talk date three days ahead within this year. */
export const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const inThreeDays = new Date(Date.parse(today) + 3 * 86400000).toISOString().slice(0, 10);
export const planned = inThreeDays.slice(0, 4) === today.slice(0, 4) ? inThreeDays : today;
