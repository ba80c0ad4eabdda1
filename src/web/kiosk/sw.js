// The kiosk's service worker: every page and file under its care is asked for from the
// network first (so a kiosk online always has the latest), and kept; with no network, the
// kept copy is served. Answers are never kept here: they wait in the page's IndexedDB.
const CACHE = 'ourvoice-kiosk-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then(async (response) => {
        if (response.ok) {
          const cache = await caches.open(CACHE);
          await cache.put(request, response.clone());
        }
        return response;
      })
      .catch(async () => {
        const kept = await caches.match(request);
        return kept || new Response('Not available without a network.', { status: 503, headers: { 'content-type': 'text/plain' } });
      }),
  );
});
