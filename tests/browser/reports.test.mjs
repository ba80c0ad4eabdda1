// "You said, we did" in headless Chromium: staff close a survey, build and publish a report by
// keyboard; the published page passes axe-core, weighs under 30 KB and prints to A4.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startServer, launch, tabTo, press, axeContext, axeOnPage } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });


test('staff publish a report by keyboard, and the report passes axe-core and prints', async () => {
  for (let i = 0; i < 10; i++) {
    const response = await fetch(`${server.address}/api/v1/surveys/my-home/responses`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: { 'feel-safe': 4 + (i % 2) } }),
    });
    assert.equal(response.status, 201);
  }
  const context = await axeContext(browser);
  const page = await context.newPage();
  await page.goto(server.signInLink('reports-lead@council.test', 'staff'));
  await press(page, 'button[type="submit"]');
  await page.goto(`${server.address}/staff/surveys/my-home`);
  await press(page, 'button:has-text("Close")');

  await page.goto(`${server.address}/staff/reports`);
  assert.deepEqual(await axeOnPage(page), [], 'reports list');
  await tabTo(page, '#title');
  await page.keyboard.type('My home: what changed');
  // Open surveys are listed too, marked open; this report answers the one just closed.
  await tabTo(page, 'div.choice:not(:has(label:has-text("open"))) input[name="survey"]');
  await page.keyboard.press('Space');
  await press(page, 'button:has-text("Start the report")');
  assert.deepEqual(await axeOnPage(page), [], 'report editor');

  await tabTo(page, '#you_said-new');
  await page.keyboard.type('You want more say in decisions about your home');
  await tabTo(page, 'input[name="evidence"]');
  await page.keyboard.press('Space');
  await tabTo(page, '#action-new');
  await page.keyboard.type('Young people now help choose what goes into their placement plan');
  await tabTo(page, '#status-new');
  await page.keyboard.type('Done');
  await press(page, 'button:has-text("Add statement")');
  await press(page, 'button:has-text("Publish")');

  const link = await page.locator('a:has-text("Read it as young people do")').getAttribute('href');
  const response = await page.goto(server.address + link);
  const html = await response.text();
  assert.ok(html.length < 30 * 1024, `${html.length} bytes`);
  assert.match(await page.locator('main').innerText(), /You said: You want more say in decisions about your home/);
  assert.match(await page.locator('main').innerText(), /in 10 of you said/);
  assert.deepEqual(await axeOnPage(page), [], 'published report');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  // Kept to be looked at, with how the print stylesheet lays out the page.
  const shots = process.env.OURVOICE_SCREENSHOTS ?? '/tmp';
  mkdirSync(shots, { recursive: true });
  writeFileSync(`${shots}/report.pdf`, pdf);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${shots}/report-print.png`, fullPage: true });
  assert.equal(await page.locator('header nav, footer').evaluateAll((els) => els.filter((e) => e.offsetParent).length), 0, 'no site navigation on paper');
  await page.emulateMedia({ media: 'screen' });
  // A4 pages: 595 by 842 points.
  assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 595\.\d+ 841\.\d+\]|\/MediaBox \[0 0 595\.\d+ 842\.\d+\]/);
  await page.goto(`${server.address}/reports/priorities`);
  assert.match(await page.locator('main').innerText(), /Over time: /);
  assert.deepEqual(await axeOnPage(page), [], 'priority dashboard');
  assert.ok(pdf.length > 1000 && pdf.subarray(0, 4).toString() === '%PDF', 'prints to PDF');
  await context.close();
});
