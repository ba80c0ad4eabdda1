// Every child in their own language: the Big Promise survey completed in Polish and in Arabic
// in headless Chromium with JavaScript off, by keyboard alone. Arabic runs right to left with
// the layout mirrored, in the system's own fonts; screenshots are kept to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startServer, launch, noScriptContext, tabTo, answerByKeyboard, smallTapTargets } from './harness.mjs';

const SHOTS = `${process.env.OURVOICE_SCREENSHOTS ?? '/tmp'}/languages`;
mkdirSync(SHOTS, { recursive: true });

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const WORDS = {
  pl: { title: 'Wielka Obietnica', caption: /^Pytanie \d+ z \d+$/, check: 'Sprawdź swoje odpowiedzi', sent: 'Twoje odpowiedzi zostały wysłane', helped: 'Dziękujemy, że nam o tym mówisz', first: 'Jak bezpiecznie czujesz się tam, gdzie mieszkasz?' },
  ar: { title: 'الوعد الكبير', caption: /^السؤال \d+ من \d+$/, check: 'راجع إجاباتك', sent: 'تم إرسال إجاباتك', helped: 'شكرًا لأنك أخبرتنا', first: 'ما مدى شعورك بالأمان في مكان سكنك؟' },
};

/** The fonts Chromium drew `selector` with, from the DevTools protocol. */
async function fontsOf(context, page, selector) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** Where the first answer's control sits against its words, and "Leave this site" against
 * "Get help now": the two things a mirrored layout swaps. */
async function layout(page) {
  const [radio, words, exit, help] = await Promise.all(
    ['#answer-1', 'label[for="answer-1"]', 'a.exit', 'a.help'].map((s) => page.locator(s).boundingBox()));
  return { controlFirst: radio.x < words.x + words.width / 2, exitRight: exit.x > help.x };
}

for (const lang of ['pl', 'ar']) {
  test(`a child completes the Big Promise survey in ${lang === 'pl' ? 'Polish' : 'Arabic'}, keyboard only`, async () => {
    const words = WORDS[lang];
    const context = await noScriptContext(browser, server.address);
    const page = await context.newPage();
    const fontRequests = [];
    page.on('request', (r) => { if (r.resourceType() === 'font') fontRequests.push(r.url()); });
    await page.goto(`${server.address}/s/big-promise?lang=${lang}`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
    assert.equal(await page.locator('h1').textContent(), words.title);
    await page.screenshot({ path: `${SHOTS}/${lang}-1-intro.png`, fullPage: true });
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/q\//);
    assert.equal(await page.locator('h1').textContent(), words.first);
    const mirrored = await layout(page);
    assert.deepEqual(mirrored, lang === 'ar' ? { controlFirst: false, exitRight: false } : { controlFirst: true, exitRight: true });
    await page.screenshot({ path: `${SHOTS}/${lang}-2-question.png`, fullPage: true });
    let answered = 0;
    while (page.url().includes('/q/') && answered < 40) {
      const before = page.url();
      assert.match(await page.locator('.caption').textContent(), words.caption);
      assert.deepEqual(await smallTapTargets(page), [], `tap targets under 44 px at ${before}`);
      if (page.url().endsWith('/feel-safe')) await page.screenshot({ path: `${SHOTS}/${lang}-3-scale.png`, fullPage: true });
      await answerByKeyboard(page);
      await page.waitForURL((url) => url.href !== before);
      answered += 1;
    }
    assert.equal(answered, 18);
    assert.equal(await page.locator('h1').textContent(), words.check);
    await page.screenshot({ path: `${SHOTS}/${lang}-4-check.png`, fullPage: true });
    await tabTo(page, 'form[action$="/send"] button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/send$/);
    // The keyboard chose "Bad" for feeling safe, which puts help first, in the child's language.
    assert.equal(await page.locator('h1').textContent(), words.helped);
    assert.equal(await page.locator('h2', { hasText: words.sent }).count(), 1);
    await page.screenshot({ path: `${SHOTS}/${lang}-5-thanks.png`, fullPage: true });
    // Fonts come from the system: none downloaded, and every glyph drawn by an installed font.
    assert.deepEqual(fontRequests, []);
    const fonts = await fontsOf(context, page, 'h1');
    assert.ok(fonts.length > 0 && fonts.every((f) => !f.isCustomFont && f.glyphCount > 0), JSON.stringify(fonts));
    await context.close();
  });
}

// Found in a held-out walk: "Back" in Chinese is two characters, 31 px wide, and every page
// with it had a link too small to tap.
test('words as short as two Chinese characters still make 44 px tap targets', async () => {
  const context = await noScriptContext(browser, server.address);
  const page = await context.newPage();
  await page.goto(`${server.address}/s/big-promise?lang=zh`);
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/q\//);
  for (let i = 0; i < 2; i++) {
    const before = page.url();
    assert.deepEqual(await smallTapTargets(page), [], `tap targets under 44 px at ${before}`);
    await answerByKeyboard(page);
    await page.waitForURL((url) => url.href !== before);
  }
  await page.goto(`${server.address}/s/big-promise/check`);
  assert.deepEqual(await smallTapTargets(page), [], 'tap targets under 44 px on the check page');
  await context.close();
});
