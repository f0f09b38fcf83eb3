// Headless Debian chromium driven by playwright-core (no browser download needed).
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/**
 * Runs fn(page, pageErrors) in a fresh chromium profile and always closes the browser.
 * pageErrors collects uncaught page exceptions and console errors.
 */
export async function withPage(fn, viewport = { width: 1280, height: 800 }) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'validators-chromium-'));
  let context;
  try {
    // launchPersistentContext passes the fresh profile as --user-data-dir.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport,
      locale: 'zh-CN',
      offline: true,
      timeout: 60000
    });
    const page = context.pages()[0] || await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(String(err && err.message || err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') {
        pageErrors.push(`console.${msg.type()}: ${msg.text().split('\n')[0]}`);
      }
    });
    await page.setContent('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
    return await fn(page, pageErrors);
  } finally {
    if (context) {
      await context.close().catch(() => {});
    }
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Collects PASS/FAIL results and prints them as they come. */
export class Results {
  constructor(tool) {
    this.tool = tool;
    this.passed = 0;
    this.failed = 0;
  }

  check(name, problems) {
    const list = (problems || []).filter(Boolean);
    if (list.length === 0) {
      this.passed++;
      console.log(`PASS ${this.tool}: ${name}`);
    } else {
      this.failed++;
      console.log(`FAIL ${this.tool}: ${name}`);
      for (const p of list) {
        console.log(`       - ${p}`);
      }
    }
    return list.length === 0;
  }

  finish() {
    console.log(`${this.tool} summary: ${this.passed} checks passed, ${this.failed} checks failed`);
    process.exitCode = this.failed ? 1 : 0;
  }
}
