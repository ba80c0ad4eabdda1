// Shared set-up for the browser tests: a real ourvoice server on a fresh database (given by
// the Rust test that runs these), and Debian's Chromium driven by playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const BIN = process.env.OURVOICE_BIN;
const DATABASE_URL = process.env.OURVOICE_TEST_DATABASE_URL;
const SURVEYS = process.env.OURVOICE_TEST_SURVEYS;
if (!BIN || !DATABASE_URL || !SURVEYS) {
  throw new Error('run these through `cargo test` (tests/api/browser.rs), which sets OURVOICE_BIN, OURVOICE_TEST_DATABASE_URL and OURVOICE_TEST_SURVEYS');
}

/** A small site of the tests' own on a free port, answering every request with `body`;
 * resolves to its address. It does not keep the process alive. */
async function littleSite(headers, body) {
  const site = createServer((_, res) => res.writeHead(200, headers).end(body));
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  site.unref();
  return `http://127.0.0.1:${site.address().port}`;
}

/** A stand-in for the neutral site "Leave this site" goes to (the internet is out of reach). */
async function neutralSite() {
  return `${await littleSite({ 'content-type': 'text/html' }, '<title>Weather</title><h1>Weather</h1>')}/weather`;
}

/** Starts the server (with `env` added to its environment) and resolves to { address, exitUrl,
 * stop, codes(slug, n), signInLink(email, role) }. */
export async function startServer(env = {}) {
  const exitUrl = await neutralSite();
  const child = spawn(BIN, ['serve'], {
    env: { ...process.env, DATABASE_URL, OURVOICE_BIND: '127.0.0.1:0', OURVOICE_SURVEYS: SURVEYS, OURVOICE_EXIT_URL: exitUrl, OURVOICE_COUNCIL_OUT_OF_HOURS: '01632 960 123', RUST_LOG: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = await new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/ourvoice is serving at (http:\/\/\S+?)\/?\n/);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`ourvoice exited (${code}) before serving: ${seen}`)));
  });
  const codes = (slug, n) =>
    execFileSync(BIN, ['codes', slug, '--count', String(n)], { env: { ...process.env, DATABASE_URL, RUST_LOG: 'warn' } })
      .toString().trim().split('\n');
  const signInLink = (email, role) =>
    execFileSync(BIN, ['admin', 'create-user', email, '--role', role, '--base-url', address], { env: { ...process.env, DATABASE_URL, RUST_LOG: 'warn' } })
      .toString().trim();
  return { address, exitUrl, codes, signInLink, stop: () => child.kill('SIGKILL') };
}

/** Reads one number from the test's database (SQLite through Python, PostgreSQL through psql). */
export function countRows(sql) {
  if (DATABASE_URL.startsWith('postgres')) {
    return Number(execFileSync('psql', [DATABASE_URL, '-qAtc', sql]).toString().trim());
  }
  const file = DATABASE_URL.replace(/^sqlite:\/\//, '');
  const script = 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])';
  return Number(execFileSync('python3', ['-c', script, file, sql]).toString().trim());
}

/** A port nothing listens on, for a server that must come back on the same address. */
export async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium with its profile in `dir` (fresh for a test, and kept when it is opened again, as a
 * tablet keeps its browser's storage through a restart). */
export function launchKeeping(dir, options = {}) {
  return chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', args: ARGS, ...options });
}

/** Debian's Chromium, headless, with no network of its own. Playwright gives every launch a
 * fresh, empty user-data-dir (it refuses --user-data-dir among the args). */
export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}

/** A context the way a child on a cheap phone meets us: JavaScript off. */
export async function noScriptContext(browser, base) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  // Any request to another host fails the test.
  context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== base) throw new Error(`request to another host: ${url.href}`);
    return route.continue();
  });
  return context;
}

/** Tabs to `selector`, presses Enter, and waits for the page it leads to. */
export async function press(page, selector) {
  await tabTo(page, selector);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

/** Presses Tab until the focused element matches `selector` (at most 80 presses). */
export async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator(`${selector}:focus`).count()) return;
  }
  throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

/** Answers whatever question is on the page, by keyboard, and presses Continue (or Skip). */
export async function answerByKeyboard(page, { skip = false } = {}) {
  if (skip) {
    await tabTo(page, 'button[value="skip"]');
    await page.keyboard.press('Enter');
    return;
  }
  if (await page.locator('textarea#answer').count()) {
    await tabTo(page, 'textarea#answer');
    await page.keyboard.type('More trips out at the weekend');
  } else if (await page.locator('input[type="checkbox"]').count()) {
    await tabTo(page, '#answer-1');
    await page.keyboard.press('Space');
    await tabTo(page, '#answer-2');
    await page.keyboard.press('Space');
  } else {
    await tabTo(page, 'input[name="answer"]');
    await page.keyboard.press('ArrowDown'); // moves to, and chooses, the second answer
  }
  await tabTo(page, 'button[value="continue"]');
  await page.keyboard.press('Enter');
}

/** axe-core served from a URL of its own, so Chromium compiles it once and keeps the code
 * (given inline, as the script's text, it is compiled again on every page). */
let axeUrl;
function axeScript() {
  axeUrl ??= littleSite({ 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' },
    readFileSync(require.resolve('axe-core/axe.min.js'))).then((site) => `${site}/axe.min.js`);
  return axeUrl;
}

/** Runs axe-core (WCAG 2.2 A and AA rules) on the page as it is; returns the violations. */
export async function axeOnPage(page) {
  await page.addScriptTag({ url: await axeScript() });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
}

/** A scripted context for running axe-core: our Content-Security-Policy rightly refuses the
 * script from another origin that axe is loaded as, so this context alone bypasses it. */
export function axeContext(browser) {
  return browser.newContext({ bypassCSP: true });
}

/** One scripted page per browser for axeViolations: a new context would start a new renderer
 * process for every page checked. */
const axePages = new WeakMap();

/** Opens `url` in a scripted context holding only `cookies` and runs axe-core there. */
export async function axeViolations(browser, url, cookies = []) {
  if (!axePages.has(browser)) axePages.set(browser, axeContext(browser).then((context) => context.newPage()));
  const page = await axePages.get(browser);
  await page.context().clearCookies();
  await page.context().addCookies(cookies);
  const response = await page.goto(url);
  return { status: response.status(), violations: await axeOnPage(page) };
}

/** What a child can tap on the page that is less than 44 px high or wide (links, buttons, fields,
 * audio controls,
 * and the row of each radio or tick box), as "tag: words (w×h)"; the hidden skip link aside. */
export async function smallTapTargets(page) {
  return page.evaluate(() => {
    const tappable = [...document.querySelectorAll('a[href], button, select, textarea, audio[controls], input:not([type=hidden])')]
      .filter((e) => !e.classList.contains('skip'))
      .map((e) => (['radio', 'checkbox'].includes(e.type) ? e.closest('.choice') ?? e : e));
    return [...new Set(tappable)]
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ e, box }) => `${e.tagName.toLowerCase()}: ${e.textContent.trim().slice(0, 30)} (${Math.round(box.width)}×${Math.round(box.height)})`);
  });
}
