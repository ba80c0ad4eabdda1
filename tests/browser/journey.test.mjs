// A child completes surveys in headless Chromium with JavaScript off, by keyboard alone; every
// page type passes axe-core's WCAG 2.2 A/AA rules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, noScriptContext, press, tabTo, answerByKeyboard, axeContext, axeOnPage, axeViolations, smallTapTargets } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('a child completes the Big Promise survey with JavaScript off, keyboard only', async () => {
  const context = await noScriptContext(browser, server.address);
  const page = await context.newPage();
  await page.goto(`${server.address}/s/big-promise`);
  // Everything a child taps is at least 44 px each way, on a 360 px phone.
  const small = new Set();
  const tapTargets = async () => (await smallTapTargets(page)).forEach((t) => small.add(`${new URL(page.url()).pathname}: ${t}`));
  await tapTargets();
  // The only script is the quick-exit enhancement; with JavaScript off it does nothing.
  assert.deepEqual(await page.locator('script').evaluateAll((s) => s.map((e) => e.getAttribute('src'))), ['/assets/exit.js']);
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/q\//);
  let answered = 0;
  while (page.url().includes('/q/') && answered < 40) {
    const before = page.url();
    const heading = await page.locator('h1').textContent();
    assert.match(await page.locator('.caption').textContent(), /^Question \d+ of \d+$/);
    await tapTargets();
    await answerByKeyboard(page, { skip: heading.includes('social worker') });
    await page.waitForURL((url) => url.href !== before);
    answered += 1;
  }
  // 19 questions, less the follow-up to "moved home?" (the keyboard chose "No").
  assert.equal(answered, 18);
  assert.match(page.url(), /\/s\/big-promise\/check$/);
  assert.equal(await page.locator('h1').textContent(), 'Check your answers');
  assert.ok((await page.locator('dd', { hasText: 'Skipped' }).count()) >= 1);
  await tapTargets();
  await tabTo(page, 'form[action$="/send"] button');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/send$/);
  await tapTargets();
  // The keyboard chose the second answer everywhere: "Bad" for feeling safe and "No" for a
  // trusted adult, so help comes first.
  assert.equal(await page.locator('h1').textContent(), 'Thank you for telling us');
  await page.goto(`${server.address}/help`);
  await tapTargets();
  assert.deepEqual([...small], [], 'tap targets under 44 px');
  await context.close();
});

test('a child of five answers Little voices with a grown-up: a picture for every answer, each question read aloud', async () => {
  const context = await noScriptContext(browser, server.address);
  const page = await context.newPage();
  await page.goto(`${server.address}/s/little-voices`);
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/q\//);
  const small = [];
  const clips = [];
  while (page.url().includes('/q/') && clips.length < 10) {
    const before = page.url();
    assert.equal(await page.locator('svg.question-picture').count(), 1, `a picture above the question at ${before}`);
    const cards = page.locator('.choice');
    assert.equal(await cards.locator('svg').count(), await cards.count(), `a picture in every answer at ${before}`);
    clips.push(await page.locator('audio[controls]').getAttribute('src'));
    small.push(...await smallTapTargets(page));
    if (clips.length === 2) {
      await page.screenshot({ path: `${process.env.OURVOICE_SCREENSHOTS ?? '/tmp'}/little-voices-question.png`, fullPage: true });
      const { violations } = await axeViolations(browser, before, await context.cookies());
      assert.deepEqual(violations, [], `axe-core at ${before}`);
    }
    await answerByKeyboard(page);
    await page.waitForURL((url) => url.href !== before);
  }
  assert.equal(clips.length, 7);
  assert.deepEqual(small, [], 'tap targets under 44 px');
  await tabTo(page, 'form[action$="/send"] button');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/send$/);
  // Each clip plays in the browser: its length is known, a few seconds of speech.
  const scripted = await browser.newContext();
  const player = await scripted.newPage();
  await player.goto(`${server.address}/help`);
  for (const src of clips) {
    const seconds = await player.evaluate((src) => new Promise((resolve, reject) => {
      const audio = new Audio(src);
      audio.onloadedmetadata = () => resolve(audio.duration);
      audio.onerror = () => reject(new Error(`${src} does not play`));
    }), src);
    assert.ok(seconds > 1 && seconds < 60, `${src}: ${seconds} s`);
  }
  await scripted.close();
  await context.close();
});

test('a child with a code card answers in Arabic, right to left', async () => {
  const [code] = server.codes('kiosk', 1);
  const context = await noScriptContext(browser, server.address);
  const page = await context.newPage();
  await page.goto(`${server.address}/s/kiosk?lang=ar`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await tabTo(page, 'input#code');
  await page.keyboard.type(code.toLowerCase().replace('-', ''));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/q\//);
  assert.equal(await page.locator('h1').textContent(), 'ما مدى شعورك بالأمان حيث تعيش؟');
  await page.screenshot({ path: `${process.env.OURVOICE_SCREENSHOTS ?? '/tmp'}/kiosk-question-ar.png`, fullPage: true });
  await answerByKeyboard(page);
  await page.waitForURL(/\/q\/one-wish/);
  await answerByKeyboard(page);
  await page.waitForURL(/\/check$/);
  await tabTo(page, 'form[action$="/send"] button');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/send$/);
  await context.close();
});

test('every page type has no WCAG 2.2 A or AA violations', async () => {
  const context = await noScriptContext(browser, server.address);
  const page = await context.newPage();
  const checked = [];
  const check = async (label, url) => {
    const { status, violations } = await axeViolations(browser, url, await context.cookies());
    checked.push(`${label} (${status})`);
    assert.deepEqual(violations, [], `${label} at ${url}`);
  };
  for (const path of ['/', '/help', '/reports', '/contact', '/sign-in', '/sign-in/code', '/no-such-page', '/s/big-promise', '/s/kiosk?lang=ar']) {
    await check(path, server.address + path);
  }
  // Each kind of question, check answers and thank you, with the child's draft cookie.
  await page.goto(`${server.address}/s/big-promise`);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/q\//);
  for (const [kind, id] of [['choice', 'age-band'], ['scale', 'feel-safe'], ['yes_no', 'moved-recently'], ['multi', 'activities'], ['text', 'one-wish']]) {
    await check(`question (${kind})`, `${server.address}/s/big-promise/q/${id}`);
  }
  // A child answers at least one question: an empty response is refused.
  await page.goto(`${server.address}/s/big-promise/q/feel-safe`);
  await page.locator('input[name="answer"][value="4"]').check({ force: true });
  await page.locator('button[value="continue"]').click();
  await page.waitForURL(/\/q\/feel-settled/);
  await check('check answers', `${server.address}/s/big-promise/check`);
  // The thank-you page is the answer to sending itself: sent from a scripted context with
  // the same draft, so axe-core can run on it.
  const scripted = await axeContext(browser);
  await scripted.addCookies(await context.cookies());
  const sent = await scripted.newPage();
  await sent.goto(`${server.address}/s/big-promise/check`);
  await sent.locator('form[action$="/send"] button').click();
  await sent.waitForURL(/\/send$/);
  assert.equal(await sent.locator('h1').textContent(), 'Your answers have been sent');
  assert.deepEqual(await axeOnPage(sent), [], 'thank you');
  checked.push('thank you (200)');
  await scripted.close();
  assert.equal(checked.length, 16, checked.join(', '));
  await context.close();
});

test('a page with an error passes axe-core too', async () => {
  // What a child sees after typing a wrong code: the error summary, and the message by the field.
  const context = await axeContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.address}/s/kiosk`);
  await page.locator('#code').fill('AAAA-BBBB');
  await page.locator('button[type="submit"]').click();
  await page.waitForLoadState();
  assert.match(await page.content(), /There is a problem/);
  assert.deepEqual(await axeOnPage(page), []);
  await context.close();
});

test('help comes first after a worrying answer, and that page passes axe-core', async () => {
  const context = await axeContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.address}/s/how-are-things`);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/q\//);
  await page.goto(`${server.address}/s/how-are-things/q/one-wish`);
  await page.locator('#answer').fill('I want to kill myself');
  await page.locator('button[value="continue"]').click();
  await page.waitForURL(/\/check$/);
  await page.locator('form[action$="/send"] button').click();
  await page.waitForLoadState();
  assert.equal(await page.locator('h1').first().textContent(), 'Thank you for telling us');
  assert.ok(!page.url().includes('help'), 'nothing in the address says help was needed');
  assert.deepEqual(await axeOnPage(page), []);
  await context.close();
});

test('worrying answers ticked by keyboard put help first, with the council, and never say carers will read them', async () => {
  const context = await noScriptContext(browser, server.address);
  const page = await context.newPage();
  await page.goto(`${server.address}/s/how-are-things`);
  await press(page, 'button[type="submit"]');
  // "Really bad" to feeling safe: the first answer on the scale, chosen by keyboard.
  assert.match(page.url(), /\/q\/feel-safe$/);
  await tabTo(page, 'input[name="answer"]');
  await page.keyboard.press('Space');
  await press(page, 'button[value="continue"]');
  assert.match(page.url(), /\/q\/feel-happy$/);
  await tabTo(page, 'input[name="answer"]');
  await page.keyboard.press('Space');
  await press(page, 'button[value="continue"]');
  await page.goto(`${server.address}/s/how-are-things/q/trusted-adult`);
  await page.locator('label', { hasText: /^No$/ }).click();
  await press(page, 'button[value="continue"]');
  await page.goto(`${server.address}/s/how-are-things/check`);
  await press(page, 'form[action$="/send"] button');
  const text = await page.locator('main').innerText();
  assert.equal(await page.locator('h1').first().textContent(), 'Thank you for telling us');
  for (const help of ['999', '0800 1111', 'Childline 1-2-1 chat', 'Always Heard', '0300 373 3300', 'Monday to Friday, 09:00 to 17:00', '01632 960 123']) {
    assert.ok(text.includes(help), `${help} missing from the help panel:\n${text}`);
  }
  assert.ok(text.indexOf('0800 1111') < text.indexOf('Your answers have been sent'), 'help comes first');
  assert.ok(!/read what everyone says|will read/i.test(text), `never says who reads the answers:\n${text}`);
  assert.ok(await page.locator('a[href="/contact"]').count(), 'the contact page is a tap away');
  await context.close();
});

test('a shared phone: "Leave this site" forgets what was written, Back shows nothing, and reopening starts afresh', async () => {
  for (const how of ['link, JavaScript off', 'Escape twice']) {
    const context = how.startsWith('link') ? await noScriptContext(browser, server.address) : await browser.newContext();
    const page = await context.newPage();
    const secret = 'my carer shouts at me and I want to move';
    await page.goto(`${server.address}/s/how-are-things`);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/q\//);
    await page.goto(`${server.address}/s/how-are-things/q/one-wish`);
    await page.locator('#answer').fill(secret);
    await page.locator('button[value="continue"]').click();
    await page.waitForURL(/\/check$/);
    assert.ok((await page.content()).includes(secret));
    if (how.startsWith('link')) {
      await page.locator('a.exit').click();
    } else {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
    await page.waitForURL(server.exitUrl);
    assert.deepEqual((await context.cookies()).filter((c) => c.name === 'ov_draft'), [], `${how}: the draft's cookie is gone`);
    // Back: the page is fetched again (never kept in a cache), and there is no draft to show.
    await page.goBack();
    await page.waitForLoadState();
    assert.ok(!(await page.content()).includes(secret), `${how}: Back shows what was written at ${page.url()}`);
    // Reopening the survey offers a fresh start, not "carry on", and shows nothing written.
    await page.goto(`${server.address}/s/how-are-things`);
    const intro = await page.content();
    assert.ok(!intro.includes('Carry on where you left off') && !intro.includes(secret), `${how}: ${intro}`);
    await page.goto(`${server.address}/s/how-are-things/check`);
    assert.ok(!(await page.content()).includes(secret), `${how}: the check page still has the answer`);
    await context.close();
  }
});

test('with JavaScript, Escape twice leaves the site and Back does not return to the page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.address}/`);
  await page.goto(`${server.address}/s/big-promise`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL(server.exitUrl);
  await page.goBack();
  assert.equal(page.url(), `${server.address}/`, 'the survey page was replaced in history');
  // The link does the same.
  await page.goto(`${server.address}/help`);
  await page.locator('a.exit').click();
  await page.waitForURL(server.exitUrl);
  await page.goBack();
  assert.notEqual(page.url(), `${server.address}/help`);
  await context.close();
});

test('signed-in pages pass axe-core, and work by keyboard', async () => {
  const context = await axeContext(browser);
  const page = await context.newPage();
  await page.goto(server.signInLink('lead@council.test', 'staff'));
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/staff$/);
  for (const path of ['/staff', '/staff/people', '/staff/partners', '/staff/audit', '/staff/surveys/big-promise', '/staff/surveys/kiosk',
    '/staff/surveys/kiosk/design', '/staff/surveys/kiosk/design/translations/ar', '/staff/surveys/kiosk/design/preview?lang=ar']) {
    await page.goto(server.address + path);
    assert.deepEqual(await axeOnPage(page), [], path);
  }
  // Code cards, in Arabic, made by pressing the survey page's button: the sheet passes too,
  // with its print button shown (scripts run here).
  await page.goto(server.address + '/staff/surveys/kiosk');
  await page.selectOption('#card-lang', 'ar');
  await tabTo(page, 'button:has-text("Make printable cards")');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.ok(await page.locator('button.print').isVisible(), 'the print button shows where scripts run');
  assert.deepEqual(await axeOnPage(page), [], 'code cards');
  await context.close();
});
