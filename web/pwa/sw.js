/*
 * Embassy's service worker. The build puts VERSION (a hash of the build) and SHELL (the app's
 * files) above this text. The app's files are kept for the version; API reads (GET /api/…) go to
 * the network first and fall back to the last answer this browser got, so what was last loaded
 * can be read offline. Nothing else is kept: no sign-in traffic, nothing but GET, no other origin.
 */
const SHELL_CACHE = `embassy-shell-${VERSION}`;
const API_CACHE = 'embassy-api';

self.addEventListener('install', (event) => {
  event.waitUntil(
    // Each file on its own: one that fails to arrive is fetched when it is needed instead.
    caches
      .open(SHELL_CACHE)
      .then((cache) => Promise.allSettled(SHELL.map((file) => cache.add(file))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('embassy-shell-') && key !== SHELL_CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** Whose answer this is: the signed-in person's id from the bearer token, so one never reads another's. */
function userOf(request) {
  const token = (request.headers.get('authorization') ?? '').replace(/^Bearer /, '');
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.sub === 'string' ? payload.sub : 'anonymous';
  } catch {
    return 'anonymous';
  }
}

/** The API answer's key in the cache: its address and its reader. */
function apiKey(request) {
  const url = new URL(request.url);
  url.searchParams.set('embassy-reader', userOf(request));
  return url.href;
}

async function networkFirst(request, cacheName, key) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(key);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (path.startsWith('/api/')) {
    // Public pages, unsubscribes and downloads are read fresh; exports are not kept on the device.
    if (path.startsWith('/api/auth') || path.includes('/export')) return;
    event.respondWith(networkFirst(request, API_CACHE, apiKey(request)));
    return;
  }
  if (path === '/config.json') {
    event.respondWith(networkFirst(request, SHELL_CACHE, request.url));
    return;
  }
  if (request.mode === 'navigate') {
    // Every dashboard address is the one page; offline, the kept copy of it.
    event.respondWith(fetch(request).catch(() => caches.match('/index.html')));
    return;
  }
  if (path.startsWith('/assets/') || path.startsWith('/icons/')) {
    event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
  }
});
