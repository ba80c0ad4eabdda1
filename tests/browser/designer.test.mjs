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

/** Fails if the page scrolls sideways at its current width. */
async function assertFits(page, what) {
  const { scroll, width, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
    // The innermost elements that reach past the screen's edge, with their words.
    wide: [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth)
      .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth))
      .filter((e) => { for (let up = e.parentElement; up; up = up.parentElement) if (getComputedStyle(up).overflowX !== 'visible') return false; return true; })
      .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${e.textContent.trim().slice(0, 40)}"`),
  }));
  assert.ok(scroll <= width, `${what} scrolls sideways: ${scroll} px wide on a ${width} px screen (${page.url()}): ${wide.join(', ')}`);
}

for (const width of [1280, 360]) {
  test(`an ambassador designs a survey by keyboard at ${width} px, and every designer page passes axe-core`, async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const check = async (what) => { await assertAxeClean(page, what); await assertFits(page, what); };
    await page.goto(server.signInLink(`ambassador-${width}@council.test`, 'ambassador'));
    await press(page, 'button[type="submit"]');
    assert.match(page.url(), /\/staff$/);

    await press(page, 'a[href="/staff/surveys/new"]');
    await check('new survey');
    await press(page, 'button[type="submit"]:has-text("Start designing")');
    assert.match(await page.locator('.error-summary').innerText(), /Write the survey's title/);
    await check('new survey with problems');
    await typeInto(page, "#title", `Our say on health ${width}`);
    await press(page, 'button[type="submit"]:has-text("Start designing")');
    assert.match(page.url(), new RegExp(`/staff/surveys/our-say-on-health-${width}/design`));
    // Nothing in red before anything was typed; what to do next instead.
    assert.equal(await page.locator('.error-summary, .problems, .field.error').count(), 0);
    assert.match(await page.locator('[role="status"]').innerText(), /Next: add its first question/);
    await check('a new survey');

    await typeInto(page, '#new-text', 'Can you see a doctor when you need to?');
    await tabTo(page, '#new-kind');
    await page.keyboard.type('Yes');
    await press(page, 'button[type="submit"]:has-text("Add question")');
    assert.match(page.url(), /\/design\/q\/1/);
    assert.equal(await page.locator('.field.error').count(), 0, 'a new question waits for its first save');
    await press(page, 'button[value="save"]');
    assert.match(await page.locator('#priority-error').innerText(), /^Error:\s+Choose the priority\.$/);
    await check('question with a problem');

    await tabTo(page, '#priority');
    await page.keyboard.type('health');
    await press(page, 'button[value="save"]');
    assert.equal(await page.locator('.field.error').count(), 0);
    assert.match(await page.locator('.preview').innerText(), /Can you see a doctor when you need to\?/);
    assert.equal(await page.locator('.preview input[type="radio"]').count(), 3, 'yes, no and not sure, as a child sees them');
    await check('question with its preview');

    // Polish is ticked from a list; a translation with only its title saves, and the rest
    // shows in English, listed as not translated yet.
    await press(page, 'a.back');
    await tabTo(page, '#languages-pl');
    await page.keyboard.press('Space');
    await press(page, 'button[type="submit"]:has-text("Save")');
    assert.equal(await page.locator('.field.error').count(), 0);
    assert.match(await page.locator('#untranslated').innerText(), /Polski \(pl\)[\s\S]*the title[\s\S]*question 1/);
    await check('overview with a translation to do');
    await press(page, 'a[href$="/design/translations/pl#title"]');
    await check('translation side by side');
    await typeInto(page, '#title', 'Nasze zdanie o zdrowiu');
    await press(page, 'button[type="submit"]:has-text("Save translation")');
    assert.equal(await page.locator('.problems').count(), 0);
    await press(page, 'a.back');
    assert.match(await page.locator('p:has-text("No problems")').innerText(), /ready to send for review/);
    assert.doesNotMatch(await page.locator('#untranslated').innerText(), /the title/);

    await press(page, 'a[href$="/design/bank"]');
    await check('question bank');
    await press(page, 'button[type="submit"]:has-text("Add"):near(:text("How old are you?"))');
    assert.match(page.url(), /\/design\/q\/2/);
    await press(page, 'a.back');
    await press(page, 'button[value="up"]');
    const order = await page.locator('ol.questions > li > a').allInnerTexts();
    assert.equal(order[0], 'How old are you?', 'moved up by keyboard');

    // "Only ask if…": pick the earlier question, then tick its answers.
    await press(page, 'ol.questions > li:nth-child(2) > a');
    await tabTo(page, '#show_if_question');
    await page.keyboard.type('How old');
    await press(page, 'button[value="save"]');
    await tabTo(page, '#show_if_answer-0');
    await page.keyboard.press('Space');
    await press(page, 'button[value="save"]');
    assert.equal(await page.locator('#show_if_answer-0:checked').count(), 1);
    await check('a question asked only sometimes');

    await press(page, 'a.back');
    await press(page, 'a[href$="/design/preview"]');
    await check('preview');
    assert.match(await page.locator('main').innerText(), /Asked only if “How old are you\?” was answered 11 to 13/);
    await press(page, 'a[hreflang="pl"]');
    assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
    const polish = await page.locator('main').innerText();
    assert.match(polish, /Nasze zdanie o zdrowiu/);
    assert.match(polish, /Can you see a doctor when you need to\?/, 'English where Polish is not written yet');
    await check('preview in Polish');
    await context.close();
  });
}

let planted = false;
for (const width of [1280, 360]) {
  test(`results, the themes board and the concerns list read at ${width} px, pass axe-core, and answers move in bulk`, async () => {
    const answers = [
      { 'age-band': '11 to 13', 'feel-safe': 5, activities: ['Sport'], 'one-wish': 'More trips out at the weekend' },
      { 'age-band': '14 to 15', 'feel-safe': 4, activities: ['Gaming'], 'one-wish': 'More trips out with my carers' },
      { 'age-band': '11 to 13', 'feel-safe': 2, 'one-wish': 'sometimes I want to kill myself' },
    ];
    for (let i = 0; !planted && i < 12; i++) {
      const response = await fetch(`${server.address}/api/v1/surveys/big-promise/responses`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: answers[i % 3] }),
      });
      assert.equal(response.status, 201);
    }
    planted = true;
    const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const check = async (what) => { await assertAxeClean(page, what); await assertFits(page, what); };
    await page.goto(server.signInLink(`results-lead-${width}@council.test`, 'staff'));
    await press(page, 'button[type="submit"]');
    for (const path of ['/staff/surveys/big-promise/results', '/staff/surveys/big-promise/themes', '/staff/concerns']) {
      await page.goto(server.address + path);
      assert.equal(await page.locator('h1').count(), 1, path);
      await check(path);
    }
    await page.goto(`${server.address}/staff/surveys/big-promise/results`);
    const main = await page.locator('main').innerText();
    assert.match(main, /12 responses/);
    assert.ok(await page.locator('td.bar rect').count() > 5, 'a bar beside each count');
    assert.doesNotMatch(main, /yes_no|in_review|cared-for/, 'labels in words, not file keywords');
    assert.match(main, /Yes, no or not sure/);
    // No word is broken across lines in the answers' tables.
    const broken = await page.evaluate(() => [...document.querySelectorAll('table.counts th')].filter((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      const words = th.innerText.split(/\s+/).filter(Boolean);
      return words.length === 1 && range.getClientRects().length > 1;
    }).map((th) => th.innerText));
    assert.deepEqual(broken, [], 'one-word labels stay whole');

    // The themes board: tick two answers by keyboard, choose where they go, move them together.
    await page.goto(`${server.address}/staff/surveys/big-promise/themes?q=trips`);
    const boxes = page.locator('.answer input[type="checkbox"]');
    assert.equal(await boxes.count(), 8, 'the search finds the 8 answers about trips');
    for (const id of (await boxes.evaluateAll((all) => all.map((box) => box.id))).slice(0, 2)) {
      await tabTo(page, `[id="${id}"]`);
      await page.keyboard.press('Space');
    }
    assert.equal(await page.locator('.answer input[type="checkbox"]:checked').count(), 2);
    await tabTo(page, '#to');
    await page.keyboard.type('Health');
    await press(page, 'button[type="submit"]:has-text("Move ticked answers")');
    assert.match(await page.locator('[role="status"]').innerText(), /Moved 2 answers\./);
    assert.equal(await page.locator('#q').inputValue(), 'trips', 'the search is kept');
    await check('the board after a move');
    await page.goto(`${server.address}/staff/surveys/big-promise/themes?theme=health%2F`);
    assert.ok(await page.locator('.answer').count() >= 2, 'the moved answers are in their new theme');
    await context.close();
  });
}
