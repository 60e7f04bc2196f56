// Preloaded into the Microsoft 365 Agents Playground (`node -r <this file> agentsplayground ...`).
// The Playground has no host option and listens on every interface; whoever reaches it acts as the signed-in
// (admin) user and reads every reply, sign-in links included. This makes every TCP listen in the process bind to
// loopback instead. Unix sockets and named pipes are left alone.
'use strict';

const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;

function isPortArgument(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (first !== null && typeof first === 'object' && !Array.isArray(first) && first.path === undefined && first.fd === undefined && first.handle === undefined && first._handle === undefined) {
    return originalListen.call(this, { ...first, host: LOOPBACK }, ...args.slice(1));
  }
  if (isPortArgument(first) || first === undefined || typeof first === 'function') {
    const port = isPortArgument(first) ? Number(first) : 0;
    const rest = isPortArgument(first) ? args.slice(1) : args;
    // listen(port, host?, backlog?, callback?): drop a given host, keep backlog and callback.
    const tail = typeof rest[0] === 'string' ? rest.slice(1) : rest;
    return originalListen.call(this, port, LOOPBACK, ...tail);
  }
  return originalListen.apply(this, args);
};
