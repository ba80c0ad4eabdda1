// A Promise Ambassador designs a survey in headless Chromium by keyboard alone, and every
// designer page passes axe-core's WCAG 2.2 A/AA rules, problems and all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, tabTo, press, axeContext, axeOnPage } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });


/** Tabs to a text box, empties it and types `text` (new lines with Enter). */
async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

async function assertAxeClean(page, what) {
  assert.deepEqual(await axeOnPage(page), [], `${what} (${page.url()})`);
}

test('an ambassador designs a survey by keyboard, and every designer page passes axe-core', async () => {
  const context = await axeContext(browser);
  const page = await context.newPage();
  await page.goto(server.signInLink('ambassador@council.test', 'ambassador'));
  await press(page, 'button[type="submit"]');
  assert.match(page.url(), /\/staff$/);

  await press(page, 'a[href="/staff/surveys/new"]');
  await assertAxeClean(page, 'new survey');
  await press(page, 'button[type="submit"]:has-text("Start designing")');
  assert.match(await page.locator('.error-summary').innerText(), /Write the survey's title/);
  await assertAxeClean(page, 'new survey with problems');
  await typeInto(page, '#title', 'Our say on health');
  await press(page, 'button[type="submit"]:has-text("Start designing")');
  assert.match(page.url(), /\/staff\/surveys\/our-say-on-health\/design/);
  await assertAxeClean(page, 'designer overview with problems');

  await typeInto(page, '#new-text', 'Can you see a doctor when you need to?');
  await tabTo(page, '#new-kind');
  await page.keyboard.type('Yes');
  await press(page, 'button[type="submit"]:has-text("Add question")');
  assert.match(page.url(), /\/design\/q\/1/);
  assert.match(await page.locator('#priority-error').innerText(), /missing key "priority"/);
  await assertAxeClean(page, 'question with a problem');

  await tabTo(page, '#priority');
  await page.keyboard.type('health');
  await press(page, 'button[value="save"]');
  assert.equal(await page.locator('.field.error').count(), 0);
  assert.match(await page.locator('.preview').innerText(), /Can you see a doctor when you need to\?/);
  assert.equal(await page.locator('.preview input[type="radio"]').count(), 3, 'yes, no and not sure, as a child sees them');
  await assertAxeClean(page, 'question with its preview');

  await press(page, 'a.back');
  await typeInto(page, '#intro', 'We want to know how easy it is to stay healthy.\n\nIt takes two minutes.');
  await typeInto(page, '#languages', 'en\npl');
  await press(page, 'button[type="submit"]:has-text("Save")');
  assert.match(await page.locator('#languages-error').innerText(), /has no \[translations\.pl\] table/);
  await assertAxeClean(page, 'overview with a translation to do');

  await press(page, 'a[href$="/design/translations/pl"]');
  await assertAxeClean(page, 'translation side by side');
  await typeInto(page, '#title', 'Nasze zdanie o zdrowiu');
  await typeInto(page, '#intro', 'Chcemy wiedzieć, jak łatwo jest dbać o zdrowie.');
  await typeInto(page, '#q-see-doctor-need-text', 'Czy możesz iść do lekarza, kiedy potrzebujesz?');
  await press(page, 'button[type="submit"]:has-text("Save translation")');
  assert.equal(await page.locator('.problems').count(), 0);

  await press(page, 'a.back');
  assert.match(await page.locator('#problems, p:has-text("No problems")').first().innerText(), /No problems/);
  await press(page, 'a[href$="/design/preview"]');
  await assertAxeClean(page, 'preview');
  await press(page, 'a[hreflang="pl"]');
  assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
  assert.match(await page.locator('main').innerText(), /Czy możesz iść do lekarza/);
  await assertAxeClean(page, 'preview in Polish');
  await press(page, 'a:has-text("Back to the designer")');
  await press(page, 'a[href$="/design/bank"]');
  await assertAxeClean(page, 'question bank');
  await press(page, 'button[type="submit"]:has-text("Add"):near(:text("How old are you?"))');
  assert.match(page.url(), /\/design\/q\/2/);
  await press(page, 'a.back');
  await press(page, 'button[value="up"]');
  const order = await page.locator('ol.questions > li > a').allInnerTexts();
  assert.equal(order[0], 'How old are you?', 'moved up by keyboard');

  await context.close();
});

test('results, the themes board and the concerns list pass axe-core', async () => {
  const answers = [
    { 'age-band': '11 to 13', 'feel-safe': 5, activities: ['Sport'], 'one-wish': 'More trips out at the weekend' },
    { 'age-band': '14 to 15', 'feel-safe': 4, activities: ['Gaming'], 'one-wish': 'More trips out with my carers' },
    { 'age-band': '11 to 13', 'feel-safe': 2, 'one-wish': 'sometimes I want to kill myself' },
  ];
  for (let i = 0; i < 12; i++) {
    const response = await fetch(`${server.address}/api/v1/surveys/big-promise/responses`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: answers[i % 3] }),
    });
    assert.equal(response.status, 201);
  }
  const context = await axeContext(browser);
  const page = await context.newPage();
  await page.goto(server.signInLink('results-lead@council.test', 'staff'));
  await press(page, 'button[type="submit"]');
  for (const path of ['/staff/surveys/big-promise/results', '/staff/surveys/big-promise/themes', '/staff/concerns']) {
    await page.goto(server.address + path);
    assert.equal(await page.locator('h1').count(), 1, path);
    await assertAxeClean(page, path);
  }
  await page.goto(`${server.address}/staff/surveys/big-promise/results`);
  assert.ok(await page.locator('svg.chart').count() > 5, 'a chart for each question');
  assert.match(await page.locator('main').innerText(), /12 responses/);
  await context.close();
});
