// Council sign-in against a real, OpenID-certified provider run here (the npm package
// oidc-provider, with its own login and consent pages): staff in the council's ourvoice group
// come in as staff, an invited partner as itself, and anyone else is told to ask for an
// invitation. ourvoice uses the authorisation code flow with PKCE, which the provider requires.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Provider from 'oidc-provider';
import { startServer, launch, press, axeContext, axeOnPage, freePort } from './harness.mjs';

// The people the council's directory knows, by the login typed at the provider.
const directory = {
  'sam.lead': { email: 'Sam.Lead@council.test', email_verified: true, name: 'Sam Lead', groups: ['all-staff', 'ourvoice-staff'] },
  'nhs.contact': { email: 'nurse@nhs.test', email_verified: true, name: 'Nia Nurse', groups: [] },
  'someone.else': { email: 'someone@council.test', email_verified: true, name: 'Someone Else', groups: ['all-staff'] },
  'unverified': { email: 'sam.lead@council.test', email_verified: false, name: 'Not Sam', groups: ['ourvoice-staff'] },
};

let server, browser, issuer, idp;
before(async () => {
  const port = await freePort();
  const back = `http://127.0.0.1:${port}/sign-in/council/back`;
  const issuerPort = await freePort();
  issuer = `http://127.0.0.1:${issuerPort}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: 'ourvoice', client_secret: 'a-long-test-secret-for-the-council', redirect_uris: [back],
      grant_types: ['authorization_code'], response_types: ['code'],
    }],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    // As Entra ID and Google do: the claims are in the ID token itself.
    conformIdTokenClaims: false,
    cookies: { keys: ['a-test-cookie-key'] },
    findAccount: async (_, id) => ({ accountId: id, claims: async () => ({ sub: id, ...directory[id] }) }),
  });
  idp = provider.listen(issuerPort, '127.0.0.1');
  server = await startServer({
    OURVOICE_BIND: `127.0.0.1:${port}`,
    OURVOICE_OIDC_ISSUER: issuer,
    OURVOICE_OIDC_CLIENT_ID: 'ourvoice',
    OURVOICE_OIDC_CLIENT_SECRET: 'a-long-test-secret-for-the-council',
    OURVOICE_OIDC_NAME: 'your Northshire account',
    OURVOICE_OIDC_STAFF_GROUPS: 'ourvoice-staff',
  });
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); idp?.closeAllConnections(); idp?.close(); });

/** At the provider: logs in as `login` and consents, back to ourvoice. */
async function atProvider(page, login) {
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', 'anything');
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Sign-in")')]);
  if (await page.locator('button:has-text("Continue")').count()) {
    await Promise.all([page.waitForURL((url) => url.href.startsWith(server.address)), page.click('button:has-text("Continue")')]);
  }
  await page.waitForLoadState();
}

/** From ourvoice's sign-in page to the provider (with PKCE) and back, as `login`; a browser
 * still signed in at the provider comes straight back. */
async function signIn(page, login) {
  await page.goto(`${server.address}/sign-in`);
  const asked = page.waitForRequest((r) => r.url().startsWith(`${issuer}/auth`));
  await press(page, 'a:has-text("Sign in with your Northshire account")');
  assert.match((await asked).url(), /code_challenge_method=S256/, 'PKCE');
  if (page.url().startsWith(issuer)) await atProvider(page, login);
}

test('council staff in the ourvoice group sign in as staff, and come back as the same account', async () => {
  const context = await axeContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.address}/sign-in`);
  assert.deepEqual(await axeOnPage(page), [], 'the sign-in page with its council button');
  await signIn(page, 'sam.lead');
  assert.equal(new URL(page.url()).pathname, '/staff');
  assert.match(await page.locator('main').innerText(), /Signed in as Sam Lead \(staff\)/);
  await press(page, 'button:has-text("Sign out")');
  await signIn(page, 'sam.lead');
  assert.equal(new URL(page.url()).pathname, '/staff');
  await page.goto(`${server.address}/staff/people`);
  const people = await page.locator('main').innerText();
  assert.equal(people.match(/sam\.lead@council\.test/g)?.length, 1, `one account, not two: ${people}`);
  await context.close();
});

test('an invited partner signs in with the provider as itself; someone in no group is told to ask for an invitation', async () => {
  server.signInLink('nurse@nhs.test', 'partner');
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'nhs.contact');
  assert.equal(new URL(page.url()).pathname, '/staff/partner', 'a partner lands on its own actions');
  await context.close();

  const stranger = await axeContext(browser);
  const other = await stranger.newPage();
  await signIn(other, 'someone.else');
  assert.match(await other.locator('main').innerText(), /someone@council\.test\) is not set up for ourvoice yet\. Ask the Participation team to invite you/);
  assert.deepEqual(await axeOnPage(other), []);
  await other.goto(`${server.address}/staff`);
  assert.match(other.url(), /\/sign-in/, 'not signed in');
  await stranger.close();
});

test('an address the provider has not verified, a forged state and a replayed code sign no one in', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'unverified');
  assert.match(await page.locator('main').innerText(), /did not say which email address is yours/);
  await context.close();

  // A browser at the provider; the way back to ourvoice (a fresh, unused code) is caught
  // before the browser takes it, so each attack below uses a code nobody has spent.
  const forging = await browser.newContext();
  const page2 = await forging.newPage();
  let back;
  await page2.route(`${issuer}/**`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    let reply = await route.fetch({ maxRedirects: 0 });
    let at = reply.headers().location;
    while (at && !new URL(at, issuer).href.startsWith(server.address)) {
      const next = await forging.request.get(new URL(at, issuer).href, { maxRedirects: 0 });
      if (!next.headers().location) break;
      at = next.headers().location;
    }
    if (at && new URL(at, issuer).href.startsWith(server.address)) {
      back = new URL(at, issuer);
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>caught</title><main>caught</main>' });
    }
    return at ? route.fulfill({ status: 303, headers: { location: new URL(at, issuer).href } }) : route.fulfill({ response: reply });
  });
  await page2.goto(`${server.address}/sign-in`);
  await press(page2, 'a:has-text("Sign in with your Northshire account")');
  await page2.fill('input[name="login"]', 'sam.lead');
  await page2.fill('input[name="password"]', 'anything');
  await Promise.all([page2.waitForNavigation(), page2.click('button:has-text("Sign-in")')]);
  if (!back) await Promise.all([page2.waitForNavigation(), page2.click('button:has-text("Continue")')]);
  assert.ok(back?.searchParams.get('code'), 'the way back was caught');
  const pending = (await forging.cookies(server.address)).find((c) => c.name === 'ov_council');
  assert.ok(pending, 'ourvoice keeps the sign-in in progress in a cookie');
  const [state, , nonce] = pending.value.split('.');
  assert.equal(back.searchParams.get('state'), state);

  // The state changed (a login forced on someone): refused before the code is used.
  const forged = new URL(back);
  forged.searchParams.set('state', 'forged');
  await page2.goto(forged.href);
  assert.match(await page2.locator('main').innerText(), /That sign-in did not finish/);
  // The right code and state but not the verifier that began it (a code stolen in flight):
  // the provider refuses the exchange, so PKCE is really checked.
  await forging.addCookies([{ ...pending, value: `${state}.not-the-verifier-that-began-it-0000000000000.${nonce}` }]);
  await page2.goto(back.href);
  assert.match(await page2.locator('main').innerText(), /an answer ourvoice cannot trust/);
  await page2.goto(`${server.address}/staff`);
  assert.match(page2.url(), /\/sign-in/, 'not signed in');
  // The same code and state in a browser that never began a sign-in: refused.
  const replay = await browser.newContext();
  const thief = await replay.newPage();
  await thief.goto(back.href);
  assert.match(await thief.locator('main').innerText(), /That sign-in did not finish/);
  await thief.goto(`${server.address}/staff`);
  assert.match(thief.url(), /\/sign-in/);
  await replay.close();
  await forging.close();
});
