// Stand-in for `openclaw gateway run` on harness test nodes: answers the same health endpoints.
// Usage: node fake-gateway.mjs [PORT | --port PORT]  (else env FAKE_GATEWAY_PORT, OPENCLAW_GATEWAY_PORT, PORT)
// Env FAKE_GATEWAY_ERROR=<text>: also print an ERROR line at start (for log keyword tests).
import { createServer } from 'node:http';

function pickPort(argv, env) {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => /^\d+$/.test(a));
  const port = Number(raw ?? env.FAKE_GATEWAY_PORT ?? env.OPENCLAW_GATEWAY_PORT ?? env.PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`ERROR fake gateway: no valid port (argv ${JSON.stringify(argv)})`);
    process.exit(2);
  }
  return port;
}

const log = (msg) => process.stdout.write(`${new Date().toISOString()} ${msg}\n`);
const host = '127.0.0.1';
const port = pickPort(process.argv.slice(2), process.env);

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  let status = 200;
  let body;
  if (req.method === 'GET' && path === '/health') body = { ok: true, status: 'live' };
  else if (req.method === 'GET' && path === '/ready') body = { ready: true };
  else {
    status = 404;
    body = { ok: false, error: 'not found' };
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  log(`${req.method} ${req.url} ${status}`);
});

server.on('error', (err) => {
  console.error(`${new Date().toISOString()} ERROR gateway failed to listen on ${host}:${port}: ${err.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  log(`gateway listening on ${host}:${port} (pid ${process.pid})`);
  if (process.env.FAKE_GATEWAY_ERROR) log(`ERROR ${process.env.FAKE_GATEWAY_ERROR}`);
});

function shutdown(sig) {
  log(`received ${sig}, shutting down`);
  server.close();
  server.closeAllConnections?.();
  process.exit(0);
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
