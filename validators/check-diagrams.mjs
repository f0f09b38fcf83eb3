// Renders every ../processes/*.bpmn with the bpmn-js NavigatedViewer in headless chromium,
// saves <repo>/target/diagrams/<name>.png and checks the diagram interchange (DI):
// every flow element has a shape/edge, edges dock on their source and target,
// no two shapes overlap (a boundary event may overlap its host), no label covers a shape or another label.
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { dirname, join, basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { withPage, Results } from './lib/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const processesDir = process.env.PROCESSES_DIR || join(root, 'processes');
const outDir = process.env.DIAGRAMS_DIR || join(root, 'target', 'diagrams');
const require = createRequire(import.meta.url);
const bpmnJsDir = dirname(require.resolve('bpmn-js/package.json'));
const bpmnJsVersion = require('bpmn-js/package.json').version;

const results = new Results('diagrams');
const files = readdirSync(processesDir).filter((f) => f.endsWith('.bpmn')).sort();
mkdirSync(outDir, { recursive: true });

const MARGIN = 40;

await withPage(async (page, pageErrors) => {
  await page.addStyleTag({ path: join(bpmnJsDir, 'dist/assets/diagram-js.css') });
  await page.addStyleTag({ path: join(bpmnJsDir, 'dist/assets/bpmn-js.css') });
  await page.addStyleTag({ content: 'html, body { margin: 0; padding: 0; background: #fff; overflow: hidden; } #canvas { position: absolute; inset: 0; }' });
  await page.addScriptTag({ path: join(bpmnJsDir, 'dist/bpmn-navigated-viewer.production.min.js') });

  for (const file of files) {
    const name = basename(file, '.bpmn');
    const xml = readFileSync(join(processesDir, file), 'utf8');
    pageErrors.length = 0;

    const r = await page.evaluate(async ({ xml, margin }) => {
      document.body.innerHTML = '<div id="canvas"></div>';
      if (window.viewer) {
        window.viewer.destroy();
      }
      const viewer = window.viewer = new window.BpmnJS({ container: '#canvas' });
      let warnings = [];
      try {
        ({ warnings } = await viewer.importXML(xml));
      } catch (e) {
        return { importError: String(e && e.message || e), warnings: (e && e.warnings || []).map((w) => String(w.message || w)) };
      }
      const registry = viewer.get('elementRegistry');
      const canvas = viewer.get('canvas');
      const definitions = viewer.getDefinitions();
      const is = (bo, type) => bo && bo.$instanceOf && bo.$instanceOf(type);

      // semantic flow elements (recursively, incl. boundary events and sub-process contents)
      const flowElements = [];
      const walk = (container) => {
        for (const fe of container.flowElements || []) {
          if (is(fe, 'bpmn:DataObject')) continue; // DataObject has no DI; its references do
          flowElements.push(fe);
          if (fe.flowElements) walk(fe);
        }
      };
      for (const root of definitions.rootElements || []) {
        if (is(root, 'bpmn:Process')) walk(root);
      }

      // DI as written in the XML
      const diIds = new Set();
      const diProblems = [];
      for (const diagram of definitions.diagrams || []) {
        for (const pe of (diagram.plane && diagram.plane.planeElement) || []) {
          if (!pe.bpmnElement) {
            diProblems.push(`${pe.id} refers to no BPMN element`);
            continue;
          }
          if (diIds.has(pe.bpmnElement.id)) diProblems.push(`${pe.bpmnElement.id} has more than one DI element`);
          diIds.add(pe.bpmnElement.id);
        }
      }
      const missing = [];
      for (const fe of flowElements) {
        const el = registry.get(fe.id);
        const needsEdge = is(fe, 'bpmn:SequenceFlow');
        if (!diIds.has(fe.id)) {
          missing.push(`${fe.$type.replace('bpmn:', '')} ${fe.id} has no ${needsEdge ? 'BPMNEdge' : 'BPMNShape'}`);
        } else if (!el) {
          missing.push(`${fe.$type.replace('bpmn:', '')} ${fe.id} was not rendered`);
        } else if (needsEdge !== !!el.waypoints) {
          missing.push(`${fe.id} is drawn as ${el.waypoints ? 'an edge' : 'a shape'}`);
        }
      }

      const bounds = (e) => ({ x: e.x, y: e.y, width: e.width, height: e.height });
      const name = (e) => e.id;
      const overlap = (a, b) => {
        const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        return w > 0 && h > 0 ? { w, h } : null;
      };

      // edges dock on their source and target
      const TOL = 2;
      const inside = (p, e) => p.x >= e.x - TOL && p.x <= e.x + e.width + TOL && p.y >= e.y - TOL && p.y <= e.y + e.height + TOL;
      const docking = [];
      for (const c of registry.filter((e) => e.waypoints && !e.labelTarget)) {
        const wp = c.waypoints;
        if (wp.length < 2) {
          docking.push(`${c.id} has ${wp.length} waypoint(s)`);
          continue;
        }
        if (c.source && !inside(wp[0], c.source)) docking.push(`${c.id} starts at (${wp[0].x},${wp[0].y}), not on its source ${c.source.id}`);
        if (c.target && !inside(wp[wp.length - 1], c.target)) docking.push(`${c.id} ends at (${wp[wp.length - 1].x},${wp[wp.length - 1].y}), not on its target ${c.target.id}`);
        for (let i = 1; i < wp.length; i++) {
          if (wp[i].x !== wp[i - 1].x && wp[i].y !== wp[i - 1].y) docking.push(`${c.id} has a diagonal segment (${wp[i - 1].x},${wp[i - 1].y})-(${wp[i].x},${wp[i].y})`);
        }
      }

      // shapes must not overlap, except a boundary event on its host and a container around its children
      const rootEl = canvas.getRootElement();
      // pools and lanes are containers: each flow node must lie inside the lane that lists it
      const isPool = (e) => is(e.businessObject, 'bpmn:Participant') || is(e.businessObject, 'bpmn:Lane');
      const poolShapes = registry.filter((e) => !e.waypoints && !e.labelTarget && e !== rootEl && e.parent && isPool(e));
      const shapes = registry.filter((e) => !e.waypoints && !e.labelTarget && e !== rootEl && e.parent && !isPool(e));
      const containment = [];
      const within = (a, b) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
      const lanes = poolShapes.filter((e) => is(e.businessObject, 'bpmn:Lane'));
      for (const lane of lanes) {
        for (const ref of lane.businessObject.flowNodeRef || []) {
          const el = registry.get(ref.id);
          if (!el) continue;
          const b = el.host ? el.host : el;
          if (!within(b, lane)) containment.push(`${ref.id} is not drawn inside its lane ${lane.id}`);
        }
      }
      for (let i = 0; i < lanes.length; i++) {
        for (let j = i + 1; j < lanes.length; j++) {
          if (overlap(lanes[i], lanes[j])) containment.push(`lanes ${lanes[i].id} ${lanes[j].id} overlap`);
        }
      }
      for (const s of shapes) {
        const n = lanes.filter((l) => overlap(s, l)).length;
        if (lanes.length && !s.host && n !== 1) containment.push(`${s.id} touches ${n} lanes`);
      }
      const ancestor = (a, b) => {
        for (let p = b.parent; p; p = p.parent) if (p === a) return true;
        return false;
      };
      const overlaps = [];
      for (let i = 0; i < shapes.length; i++) {
        for (let j = i + 1; j < shapes.length; j++) {
          const a = shapes[i];
          const b = shapes[j];
          if (a.host === b || b.host === a || ancestor(a, b) || ancestor(b, a)) continue;
          const o = overlap(a, b);
          if (o) overlaps.push(`${name(a)} and ${name(b)} overlap by ${o.w}x${o.h}`);
        }
      }

      // labels, measured as rendered: not on a shape (other than their own) nor on another label
      const labels = registry.filter((e) => e.labelTarget && e.businessObject && e.businessObject.name);
      const labelBox = (l) => {
        const visual = registry.getGraphics(l).querySelector('.djs-visual');
        const bb = visual.getBBox();
        return { x: l.x + bb.x, y: l.y + bb.y, width: bb.width, height: bb.height };
      };
      const labelProblems = [];
      const boxes = labels.map((l) => ({ l, box: labelBox(l) }));
      for (const { l, box } of boxes) {
        if (box.width === 0 || box.height === 0) labelProblems.push(`label of ${l.labelTarget.id} renders empty`);
        for (const s of shapes) {
          if (s === l.labelTarget) continue;
          const o = overlap(box, s);
          if (o) labelProblems.push(`label "${l.businessObject.name}" of ${l.labelTarget.id} covers ${s.id} (${Math.round(o.w)}x${Math.round(o.h)})`);
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const o = overlap(boxes[i].box, boxes[j].box);
          if (o) labelProblems.push(`labels of ${boxes[i].l.labelTarget.id} and ${boxes[j].l.labelTarget.id} overlap (${Math.round(o.w)}x${Math.round(o.h)})`);
        }
      }
      // no sequence flow runs through a label (a flow's own label may touch its flow)
      const connections = registry.filter((e) => e.waypoints && !e.labelTarget);
      const crosses = (p, q, r) => { // segment p-q against rectangle r (Liang-Barsky), shrunk by 1px
        const x0 = r.x + 1, x1 = r.x + r.width - 1, y0 = r.y + 1, y1 = r.y + r.height - 1;
        let t0 = 0, t1 = 1;
        const dx = q.x - p.x, dy = q.y - p.y;
        for (const [pp, qq] of [[-dx, p.x - x0], [dx, x1 - p.x], [-dy, p.y - y0], [dy, y1 - p.y]]) {
          if (pp === 0) {
            if (qq < 0) return false;
          } else {
            const t = qq / pp;
            if (pp < 0) { if (t > t1) return false; if (t > t0) t0 = t; } else { if (t < t0) return false; if (t < t1) t1 = t; }
          }
        }
        return true;
      };
      for (const { l, box } of boxes) {
        for (const c of connections) {
          if (c === l.labelTarget) continue;
          for (let i = 1; i < c.waypoints.length; i++) {
            if (crosses(c.waypoints[i - 1], c.waypoints[i], box)) {
              labelProblems.push(`sequence flow ${c.id} runs through the label "${l.businessObject.name}" of ${l.labelTarget.id}`);
              break;
            }
          }
        }
      }
      // embedded task labels must fit their box
      for (const s of shapes) {
        if (!is(s.businessObject, 'bpmn:Activity') || !s.businessObject.name) continue;
        const text = registry.getGraphics(s).querySelector('.djs-visual text');
        if (!text) continue;
        const bb = text.getBBox();
        if (bb.x < -1 || bb.y < -1 || bb.x + bb.width > s.width + 1 || bb.y + bb.height > s.height + 1) {
          labelProblems.push(`name of ${s.id} overflows its ${s.width}x${s.height} box`);
        }
      }

      // fit the whole diagram for the screenshot
      const inner = canvas.viewbox().inner;
      const width = Math.ceil(inner.width + 2 * margin);
      const height = Math.ceil(inner.height + 2 * margin);
      return {
        warnings: (warnings || []).map((w) => String(w.message || w)),
        counts: { flowElements: flowElements.length, shapes: shapes.length, edges: registry.filter((e) => e.waypoints).length, labels: labels.length },
        diProblems, missing, docking, overlaps: [...overlaps, ...containment], labelProblems,
        view: { x: inner.x - margin, y: inner.y - margin, width, height }
      };
    }, { xml, margin: MARGIN });

    if (r.importError) {
      results.check(`${file} imports into bpmn-js ${bpmnJsVersion}`, [`import error: ${r.importError}`, ...r.warnings.map((w) => `import warning: ${w}`)]);
      continue;
    }

    await page.setViewportSize({ width: r.view.width, height: r.view.height });
    await page.evaluate((view) => {
      window.viewer.get('canvas').resized();
      window.viewer.get('canvas').viewbox(view);
    }, r.view);
    const png = join(outDir, `${name}.png`);
    await page.screenshot({ path: png, fullPage: false });

    results.check(`${file} imports into bpmn-js ${bpmnJsVersion} and renders to ${relative(root, png)} (${r.view.width}x${r.view.height})`,
      [...r.warnings.map((w) => `import warning: ${w}`), ...pageErrors.map((e) => `page: ${e}`)]);
    results.check(`${file}: all ${r.counts.flowElements} flow elements have DI (${r.counts.shapes} shapes, ${r.counts.edges} edges)`, [...r.diProblems, ...r.missing]);
    results.check(`${file}: every edge docks on its source and target, orthogonal segments`, r.docking);
    results.check(`${file}: no two shapes overlap (boundary events only on their host)`, r.overlaps);
    results.check(`${file}: ${r.counts.labels} labels clear of shapes, flows and each other; task names fit`, r.labelProblems);
  }
}, { width: 1600, height: 1000 });

results.finish();
