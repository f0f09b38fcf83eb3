// Loads every ../forms/*.form into the form-js 1.8 viewer (the line Camunda 7.24 Tasklist ships)
// in headless chromium, and checks ids, binding keys and the camunda:formRef links of ../processes/*.bpmn.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { withPage, Results } from './lib/browser.mjs';
import { keyProblems } from './lib/form-keys.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const formsDir = process.env.FORMS_DIR || join(root, 'forms');
const processesDir = process.env.PROCESSES_DIR || join(root, 'processes');
const require = createRequire(import.meta.url);
const formJsDir = dirname(require.resolve('@bpmn-io/form-js/package.json'));
const formJsVersion = require('@bpmn-io/form-js/package.json').version;

const results = new Results('forms');

const formFiles = readdirSync(formsDir).filter((f) => f.endsWith('.form')).sort();
const bpmnFiles = readdirSync(processesDir).filter((f) => f.endsWith('.bpmn')).sort();

// --- read forms
const forms = [];
for (const file of formFiles) {
  const text = readFileSync(join(formsDir, file), 'utf8');
  let schema = null;
  let parseError = null;
  try {
    schema = JSON.parse(text);
  } catch (e) {
    parseError = `not valid JSON: ${e.message}`;
  }
  forms.push({ file, schema, parseError });
}

// --- import each form into form-js in the browser
await withPage(async (page, pageErrors) => {
  await page.addStyleTag({ path: join(formJsDir, 'dist/assets/form-js.css') });
  await page.addScriptTag({ path: join(formJsDir, 'dist/form-viewer.umd.js') });
  const viewerVersion = await page.evaluate(() => window.FormViewer && window.FormViewer.schemaVersion);
  console.log(`form-js ${formJsVersion} viewer loaded (schemaVersion ${viewerVersion})`);

  for (const f of forms) {
    if (f.parseError) {
      results.check(`${f.file} imports into form-js ${formJsVersion}`, [f.parseError]);
      continue;
    }
    pageErrors.length = 0;
    const outcome = await page.evaluate(async (schema) => {
      document.body.innerHTML = '<div id="form"></div>';
      const container = document.getElementById('form');
      const form = new window.FormViewer.Form({ container });
      const events = [];
      form.on('error', (e) => events.push(String(e && (e.error && e.error.message || e.message) || e)));
      try {
        const { warnings } = await form.importSchema(schema, {});
        const registered = form.get('formFieldRegistry').getAll().filter((f) => f.type !== 'default').length;
        form.destroy();
        return { ok: true, warnings: (warnings || []).map(String), events, registered };
      } catch (e) {
        return { ok: false, error: String(e && e.message || e), warnings: (e && e.warnings || []).map(String), events };
      }
    }, f.schema);
    const problems = [];
    if (!outcome.ok) problems.push(`import error: ${outcome.error}`);
    for (const w of outcome.warnings) problems.push(`import warning: ${w}`);
    for (const e of outcome.events) problems.push(`form error event: ${e}`);
    for (const e of pageErrors) problems.push(`page: ${e}`);
    results.check(`${f.file} imports into form-js ${formJsVersion}` + (outcome.ok ? ` (${outcome.registered} fields)` : ''), problems);
  }
});

// --- ids and keys
const formIds = new Map(); // id -> file
for (const f of forms) {
  if (!f.schema) continue;
  const problems = [];
  const id = f.schema.id;
  if (typeof id !== 'string' || !id.trim()) {
    problems.push('form has no "id"');
  } else if (formIds.has(id)) {
    problems.push(`form id "${id}" is also used by ${formIds.get(id)}`);
  } else {
    formIds.set(id, f.file);
  }
  if (!Array.isArray(f.schema.components)) problems.push('form has no "components" array');
  const { problems: kp, keyCount } = keyProblems(f.schema);
  problems.push(...kp);
  results.check(`${f.file} has ${typeof id === 'string' ? `id "${id}"` : 'an id'} and ${keyCount} unique keys`, problems);
}

// --- camunda:formRef links
const refs = new Map(); // form id -> [where]
for (const file of bpmnFiles) {
  const xml = readFileSync(join(processesDir, file), 'utf8');
  for (const m of xml.matchAll(/<([\w:]+)\b[^>]*?\bcamunda:formRef="([^"]*)"/g)) {
    const idMatch = /\bid="([^"]*)"/.exec(m[0]);
    const where = `${basename(file)}#${idMatch ? idMatch[1] : m[1]}`;
    if (!refs.has(m[2])) refs.set(m[2], []);
    refs.get(m[2]).push(where);
  }
}
const refProblems = [];
for (const [id, where] of refs) {
  if (!formIds.has(id)) refProblems.push(`camunda:formRef="${id}" (${where.join(', ')}) matches no form id`);
}
for (const [id, file] of formIds) {
  if (!refs.has(id)) refProblems.push(`form ${file} (id "${id}") is referenced by no camunda:formRef`);
}
const refCount = [...refs.values()].reduce((n, w) => n + w.length, 0);
results.check(`${refCount} camunda:formRef in ${bpmnFiles.length} processes match the ${formIds.size} form ids, every form referenced`, refProblems);

results.finish();
