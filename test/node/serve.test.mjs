// The pages server (npm start, the tests' and the bench's pages) answers on 127.0.0.1 and
// on no other address of the machine.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, it } from 'node:test';
import { serve } from '../../tools/serve.mjs';

const reachable = (host, port) =>
  new Promise((done) => {
    const socket = connect({ host, port }, () => { socket.end(); done(true); });
    socket.on('error', () => done(false));
    socket.setTimeout(2000, () => { socket.destroy(); done(false); });
  });

describe('the pages server', () => {
  it('serves the demo on 127.0.0.1 only', async (t) => {
    const server = await serve();
    try {
      const response = await fetch(`${server.url}/demo/`);
      assert.equal(response.status, 200);
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const others = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === 'IPv4');
      if (!others.length) return t.skip('this machine has no other IPv4 address to try');
      for (const { address } of others) assert.equal(await reachable(address, server.port), false, `reachable on ${address}`);
    } finally {
      await server.close();
    }
  });
});
