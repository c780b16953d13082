#!/usr/bin/env node
// What scripts/check-bundle.mjs asks of a started bundle (argument: its base URL): the health check, the web app's
// page, a demo clerk's sign-in (CSRF token and session cookie as a browser does) and the case list.
const base = process.argv[2];
const jar = new Map();
async function call(path, init = {}) {
  const headers = { ...(init.headers ?? {}), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
  const res = await fetch(`${base}${path}`, { ...init, headers });
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return res;
}
function expect(ok, what) {
  if (!ok) {
    process.stderr.write(`bundle smoke: ${what}\n`);
    process.exit(1);
  }
  process.stdout.write(`bundle smoke: ok — ${what}\n`);
}

const health = await call('/healthz');
expect(health.ok, `/healthz answers ${health.status}`);
const page = await (await call('/')).text();
expect(page.includes('<div id="root">'), 'the web app is served');
const { token } = await (await call('/api/v1/auth/csrf')).json();
const login = await call('/api/v1/auth/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-csrf-token': token },
  body: JSON.stringify({ username: 'clerk1', password: 'Demo@2026clerk' }),
});
expect(login.ok, `a demo clerk signs in (${login.status})`);
const list = await call('/api/v1/cases?pageSize=5');
const body = await list.json();
expect(
  list.ok && Array.isArray(body.items) && body.items.length > 0,
  `the case list has the demo cases (${list.status})`,
);
