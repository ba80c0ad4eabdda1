// Paper, as staff meet it in a browser: the printable sheet and the keying page pass axe-core,
// and a sheet is keyed by keyboard alone, one key or two a question, Tab between them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, axeViolations } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('staff print a survey and key a sheet by keyboard alone, and both pages pass axe-core', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.signInLink('paper-keyer@council.test', 'staff'));
  await page.locator('button[type="submit"]').click();
  const sheetUrl = `${server.address}/staff/surveys/how-are-things/paper?lang=ar`;
  await page.goto(sheetUrl);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  const batch = (await page.locator('.mark strong').textContent()).replace('Batch ', '');
  assert.deepEqual((await axeViolations(browser, sheetUrl, await context.cookies())).violations, [], 'the sheet');
  await page.pdf({ path: `${process.env.OURVOICE_SCREENSHOTS ?? '/tmp'}/paper-how-are-things-ar.pdf`, format: 'A4' });

  const keying = `${server.address}/staff/paper/${batch}`;
  await page.goto(keying);
  assert.deepEqual((await axeViolations(browser, keying, await context.cookies())).violations, [], 'the keying page');
  // The sheet number, then each question in order: a face, a face, skip, yes, a choice,
  // two ticks, skip, a choice, and the words written.
  await page.locator('#sheet').focus();
  const keys = ['1', '4', '2', '', 'y', '2', '1 5', '', '1', 'A bigger bedroom'];
  for (const [i, typed] of keys.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    if (i === 0) await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(typed);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForLoadState();
  assert.match(await page.locator('.notice').textContent(), /Sheet 1 keyed once/);
  assert.equal(await page.locator('#sheet').inputValue(), '2', 'the next new sheet is offered');
  await context.close();
});
