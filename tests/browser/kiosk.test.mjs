// An offline kiosk in Chromium, tried the way it will fail in the field: staff start it online,
// the network goes, young people answer one after another, the browser is closed and opened
// again, the network comes back, the server dies in the middle of the sending and starts
// again. Exactly as many responses are stored as were given, each once.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, freePort, launchKeeping, countRows, launch, axeViolations } from './harness.mjs';

const ANSWERS = 50;
const profile = mkdtempSync(join(tmpdir(), 'ourvoice-kiosk-'));
let server;
let context;
after(async () => {
  await context?.close().catch(() => {});
  server?.stop();
  rmSync(profile, { recursive: true, force: true });
});

/** The number of answers the kiosk says wait, at the foot of its page. */
async function waitingSaid(page) {
  const words = await page.locator('#waiting').textContent();
  return words.startsWith('No answers') ? 0 : Number(words.split(' ')[0]);
}

/** One young person at the kiosk: a face, their own words, send, and the next person. */
async function answerOnce(page, n) {
  await page.locator('[data-screen="start"] [data-start]').click();
  const safe = page.locator('form[data-question="feel-safe"]');
  await safe.locator(`input[value="${(n % 3) + 3}"]`).check();
  await safe.locator('button[type="submit"]').click();
  const wish = page.locator('form[data-question="one-wish"]');
  await wish.locator('textarea').fill(`kiosk wish number ${n}`);
  await wish.locator('button[type="submit"]').click();
  await page.locator('[data-screen="send"] [data-send]').click();
  const thanks = page.locator('[data-screen="thanks"]');
  await thanks.waitFor({ state: 'visible' });
  // Nothing of this child's answers is left for the next.
  await thanks.locator('[data-next]').click();
  await page.locator('[data-screen="start"]').waitFor({ state: 'visible' });
  assert.equal(await page.locator('form[data-question="one-wish"] textarea').inputValue(), '');
  assert.equal(await page.locator('input[name^="answer-"]:checked').count(), 0);
}

/** The kiosk's page in a browser whose network is cut, served by its worker. */
async function openOffline() {
  context = await launchKeeping(profile, { viewport: { width: 800, height: 1000 } });
  await context.setOffline(true);
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(`${server.address}/kiosk/kiosk/app`);
  await page.locator('[data-screen="start"]').waitFor({ state: 'visible' });
  return page;
}

test('a kiosk takes 50 answers with no network, through a browser restart and a server crash, and stores each once', { timeout: 240000 }, async () => {
  const port = await freePort();
  const env = { OURVOICE_BIND: `127.0.0.1:${port}` };
  server = await startServer(env);

  // Staff start the kiosk while online; the device is signed out of the staff pages.
  context = await launchKeeping(profile, { viewport: { width: 800, height: 1000 } });
  let page = context.pages()[0] ?? await context.newPage();
  await page.goto(server.signInLink('kiosk-staff@council.test', 'staff'));
  await page.locator('button[type="submit"]').click();
  await page.goto(`${server.address}/kiosk/kiosk`);
  await page.locator('#limit').fill(String(ANSWERS + 10));
  await page.locator('button:has-text("Start the kiosk")').click();
  await page.waitForURL(/\/kiosk\/kiosk\/app$/);
  const checker = await launch();
  const { violations } = await axeViolations(checker, page.url(), await context.cookies());
  await checker.close();
  assert.deepEqual(violations, [], 'the kiosk passes axe-core');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await page.waitForFunction(async () => (await (await caches.open('ourvoice-kiosk-v1')).keys()).length >= 5);
  assert.equal((await page.goto(`${server.address}/staff`)).url().endsWith('/sign-in'), true, 'signed out of staff pages');
  await page.goto(`${server.address}/kiosk/kiosk/app`);

  // The network goes; the first half answer, and nothing reaches the server.
  await context.setOffline(true);
  const shots = process.env.OURVOICE_SCREENSHOTS ?? '/tmp';
  await page.screenshot({ path: `${shots}/kiosk-start.png` });
  for (let n = 0; n < ANSWERS / 2; n++) await answerOnce(page, n);
  assert.equal(await waitingSaid(page), ANSWERS / 2);
  assert.equal(countRows('SELECT count(*) FROM responses'), 0);
  // Help is there with no network.
  await page.locator('[data-go="help"]').first().click();
  assert.match(await page.locator('[data-screen="help"]').textContent(), /0800 1111/);
  await page.locator('[data-screen="help"] [data-back]').click();

  // Staff are warned before leaving while answers wait.
  let warned = null;
  page.once('dialog', async (dialog) => { warned = dialog.type(); await dialog.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(warned, 'beforeunload');

  // The browser is closed, and opened again with still no network (and no server at all).
  await context.close();
  server.stop();
  page = await openOffline();
  assert.equal(await waitingSaid(page), ANSWERS / 2, 'the waiting answers are still there');
  for (let n = ANSWERS / 2; n < ANSWERS; n++) await answerOnce(page, n);
  assert.equal(await waitingSaid(page), ANSWERS);

  // The network comes back; the server dies in the middle of the sending, and starts again.
  // (Each send is held back a little, so that the server dies while answers are still going.)
  await context.route('**/kiosk/kiosk/answers', async (route) => {
    await new Promise((r) => setTimeout(r, 40));
    await route.continue().catch(() => {});
  });
  server = await startServer(env);
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  const deadline = Date.now() + 30000;
  while (countRows('SELECT count(*) FROM responses') < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  server.stop();
  const sentBeforeTheCrash = countRows('SELECT count(*) FROM responses');
  assert.ok(sentBeforeTheCrash >= 3 && sentBeforeTheCrash < ANSWERS, `killed during the sending (${sentBeforeTheCrash} in)`);
  server = await startServer(env);
  await page.waitForFunction(() => document.body.dataset.waiting === '0', null, { timeout: 120000 });

  // Exactly 50, each once.
  assert.equal(countRows('SELECT count(*) FROM responses'), ANSWERS);
  assert.equal(countRows("SELECT count(DISTINCT value) FROM answers WHERE question_id = 'one-wish'"), ANSWERS);
  assert.equal(countRows("SELECT count(*) FROM answers WHERE question_id = 'one-wish'"), ANSWERS);
  assert.equal(countRows("SELECT count(*) FROM receipts WHERE id LIKE 'kiosk:%'"), ANSWERS);
});
