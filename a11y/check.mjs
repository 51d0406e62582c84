// check.mjs opens each HTML file given on the command line in Debian's
// Chromium (puppeteer-core: no browser of its own is downloaded), runs
// axe-core on it and prints every violation with its rule id, impact and
// targets. It exits 1 when any violation is serious or critical, 2 when the
// browser or a page fails, and 0 otherwise.
//
//	node check.mjs ../dpia.html ../overblik.html
//
// CHROMIUM names the browser binary (default /usr/bin/chromium).
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import puppeteer from 'puppeteer-core';

const failing = new Set(['serious', 'critical']);
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check.mjs FILE.html...');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`a11y: no Chromium at ${executablePath} (set CHROMIUM)`);
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'dkgdpr-a11y-'));
let browser;
let serious = 0;
let status = 0;
try {
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
      `--user-data-dir=${profile}`,
    ],
  });
  for (const file of files) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
    // The reports' Content-Security-Policy forbids every script; evaluating
    // through the DevTools protocol is not subject to it, so the page is
    // checked as it is served, with its policy.
    await page.evaluate(axe.source);
    const result = await page.evaluate(() =>
      // eslint-disable-next-line no-undef
      window.axe.run(document, { resultTypes: ['violations', 'incomplete'] }));
    const violations = result.violations;
    const review = result.incomplete.map((v) => `${v.id} (${v.nodes.length})`);
    const bad = violations.filter((v) => failing.has(v.impact));
    serious += bad.length;
    console.log(`${basename(file)}: ${violations.length} violations, ${bad.length} serious or critical` +
      ` (axe-core ${result.testEngine.version}, ${result.passes.length} rules passed)`);
    if (review.length > 0) {
      console.log(`  axe could not decide, to review by hand: ${review.join(', ')}`);
    }
    for (const v of violations) {
      const mark = failing.has(v.impact) ? 'FAIL' : 'note';
      console.log(`  ${mark} ${v.id} [${v.impact}] ${v.nodes.length} element(s): ${v.help}`);
      for (const n of v.nodes.slice(0, 10)) {
        console.log(`       ${n.target.join(' ')}`);
      }
      if (v.nodes.length > 10) {
        console.log(`       … and ${v.nodes.length - 10} more`);
      }
    }
    for (const e of errors) {
      console.log(`  FAIL the page logged an error: ${e}`);
      status = 2;
    }
    await page.close();
  }
} catch (e) {
  console.error(`a11y: ${e && e.stack ? e.stack : e}`);
  status = 2;
} finally {
  if (browser) await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
if (status === 0 && serious > 0) status = 1;
console.log(status === 0 ? 'a11y: no serious or critical violations' : `a11y: ${serious} serious or critical violations`);
process.exit(status);
