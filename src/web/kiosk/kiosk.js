// The kiosk: one screen at a time, each child's answers kept on the device (IndexedDB) under a
// random id made here, and sent when there is a network, with retries that wait longer each
// time. The server stores each id once, so an answer sent twice is counted once; an answer is
// removed from the device only once the server says it has it.
(() => {
  'use strict';
  const body = document.body;
  const slug = body.dataset.slug;
  const lang = document.documentElement.lang;
  const ends = Date.parse(body.dataset.ends);
  const limit = Number(body.dataset.limit);
  const screens = [...document.querySelectorAll('[data-screen]')];
  const questions = screens.filter((s) => s.dataset.screen === 'question');
  const screen = (name) => screens.find((s) => s.dataset.screen === name);
  const TAKEN = `ourvoice-kiosk-taken:${slug}:${body.dataset.ends}`;

  // ---- The answers waiting on this device ----
  const DB = 'ourvoice-kiosk';
  const WAITING = 'waiting';
  const open = () => new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(WAITING, { keyPath: 'receipt' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const inStore = async (mode, work) => {
    const db = await open();
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(WAITING, mode);
      const request = work(transaction.objectStore(WAITING));
      transaction.oncomplete = () => { db.close(); resolve(request.result); };
      transaction.onerror = transaction.onabort = () => { db.close(); reject(transaction.error); };
    });
  };
  const waiting = () => inStore('readonly', (s) => s.getAll());
  const keep = (record) => inStore('readwrite', (s) => s.put(record));
  const forget = (receipt) => inStore('readwrite', (s) => s.delete(receipt));

  const randomId = () => (crypto.randomUUID ? crypto.randomUUID()
    : [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join(''));

  // ---- Screens ----
  let trail = [];
  let current = null;
  const show = (next, { remember = true } = {}) => {
    if (remember && current && current !== next) trail.push(current);
    const moved = current !== null;
    screens.forEach((s) => { s.hidden = s !== next; });
    current = next;
    window.scrollTo(0, 0);
    // A screen reader hears the new screen's heading, as it would a new page's.
    const heading = next.querySelector('h1');
    if (heading && moved) { heading.tabIndex = -1; heading.focus(); }
  };
  const back = () => {
    const previous = trail.pop();
    if (previous) show(previous, { remember: false });
  };

  /** The values given to one question, as the survey stores them. */
  const given = (form) => [...form.elements]
    .filter((e) => e.name && e.name.startsWith('answer-') && (e.type === 'radio' || e.type === 'checkbox' ? e.checked : e.value.trim()))
    .map((e) => e.value.trim());

  /** Whether a question is asked, given the answers before it. */
  const asked = (form, so_far) => {
    if (!form.dataset.showIf) return true;
    const rule = JSON.parse(form.dataset.showIf);
    const answer = so_far[rule.question];
    return answer !== undefined && [].concat(answer).some((a) => rule.answers.includes(a));
  };

  /** Every answer given to the questions asked, in the form the server takes. */
  const collected = () => {
    const answers = {};
    for (const form of questions) {
      if (!asked(form, answers)) continue;
      const values = given(form);
      if (!values.length) continue;
      const several = [...form.elements].some((e) => e.type === 'checkbox');
      answers[form.dataset.question] = several ? values : values[0];
    }
    return answers;
  };

  /** Whether an answer puts help first (the survey's own help_if; words of concern are read
   * when the answers reach the server, which puts them on the concerns list). */
  const helpFirst = (answers) => questions.some((form) => {
    if (!form.dataset.helpIf || answers[form.dataset.question] === undefined) return false;
    const worrying = JSON.parse(form.dataset.helpIf);
    return [].concat(answers[form.dataset.question]).some((a) => worrying.includes(a));
  });

  /** The next question asked after `form` (or the first), else the screen to send. */
  const after = (form) => {
    const answers = collected();
    const from = form ? questions.indexOf(form) + 1 : 0;
    return questions.slice(from).find((q) => asked(q, answers)) || screen('send');
  };

  /** Everything of one child gone: their answers, where they were. */
  const reset = () => {
    questions.forEach((form) => form.reset());
    screen('send').querySelector('[data-nothing]').hidden = true;
    trail = [];
  };

  const taken = () => Number(localStorage.getItem(TAKEN) || 0);
  const ended = () => Date.now() > ends || taken() >= limit;
  const toStart = () => {
    reset();
    const start = screen('start');
    start.querySelector('[data-ended]').hidden = !ended();
    start.querySelector('[data-start]').hidden = ended();
    show(start, { remember: false });
  };

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.matches('[data-start]') && !ended()) show(after(null));
    else if (button.matches('[data-skip]')) {
      button.form.reset();
      show(after(button.form));
    } else if (button.matches('[data-back]')) back();
    else if (button.matches('[data-go="help"]')) show(screen('help'));
    else if (button.matches('[data-leave]') || button.matches('[data-next]')) toStart();
    else if (button.matches('[data-send]')) send();
    else if (button.matches('[data-sync]')) sync({ again: true });
  });
  questions.forEach((form) => form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(after(form));
  }));

  async function send() {
    const answers = collected();
    if (!Object.keys(answers).length) {
      screen('send').querySelector('[data-nothing]').hidden = false;
      return;
    }
    await keep({ receipt: randomId(), slug, language: lang, answers });
    localStorage.setItem(TAKEN, String(taken() + 1));
    const help = helpFirst(answers);
    reset();
    show(screen(help ? 'help-first' : 'thanks'), { remember: false });
    await said();
    sync();
  }

  // ---- Sending ----
  let wait = 1000;
  let timer = null;
  let sending = false;
  let count = 0;

  async function sync({ again = false } = {}) {
    if (sending) return;
    sending = true;
    clearTimeout(timer);
    let cut = false;
    try {
      for (const record of await waiting()) {
        if (record.refused && !again) continue;
        let response;
        try {
          response = await fetch(`/kiosk/${record.slug}/answers`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            credentials: 'same-origin',
            body: JSON.stringify({ receipt: record.receipt, language: record.language, answers: record.answers }),
          });
        } catch {
          cut = true;
          break;
        }
        if (response.status === 200 || response.status === 201) {
          await forget(record.receipt);
        } else if (response.status >= 500 || response.status === 408 || response.status === 429) {
          cut = true;
          break;
        } else {
          // Refused (the kiosk ended long ago, the survey closed, …): kept, and said to staff.
          const reply = await response.json().catch(() => ({}));
          record.refused = reply.errors?.[0]?.message || `refused (${response.status})`;
          await keep(record);
        }
      }
    } finally {
      sending = false;
    }
    await said();
    if (cut) {
      timer = setTimeout(sync, wait + Math.random() * wait / 2);
      wait = Math.min(wait * 2, 30000);
    } else {
      wait = 1000;
    }
  }

  /** How many answers wait, said to staff at the foot of the page. */
  async function said() {
    const all = await waiting();
    count = all.length;
    const refused = all.filter((r) => r.refused);
    const line = document.getElementById('waiting');
    line.textContent = count === 0 ? 'No answers waiting to be sent.'
      : `${count} ${count === 1 ? 'answer' : 'answers'} waiting to be sent.`
        + (refused.length ? ` ${refused.length} could not be sent (${refused[0].refused}); they are kept.` : '');
    body.dataset.waiting = String(count);
  }

  // Staff are warned before leaving while answers wait (a language link stays in the kiosk).
  let within = false;
  document.querySelectorAll('.languages a').forEach((a) => a.addEventListener('click', () => { within = true; }));
  window.addEventListener('beforeunload', (event) => {
    if (count > 0 && !within) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  window.addEventListener('online', () => { wait = 1000; sync(); });

  // ---- Working offline ----
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk/' }).catch(() => {});
    if (navigator.onLine) {
      const paths = body.dataset.offline.split(' ').filter(Boolean);
      caches.open('ourvoice-kiosk-v1').then((cache) => cache.addAll(paths)).catch(() => {});
    }
  }
  const storage = document.getElementById('storage');
  (navigator.storage?.persist ? navigator.storage.persist() : Promise.resolve(false)).then((kept) => {
    storage.textContent = kept
      ? 'This browser keeps the waiting answers even when space runs low.'
      : 'This browser has not promised to keep the waiting answers if space runs low: send them before you leave the kiosk.';
  });

  toStart();
  said().then(() => sync());
  setInterval(() => { if (count) sync(); }, 60000);
})();
