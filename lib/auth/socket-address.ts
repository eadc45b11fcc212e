import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * Next.js gives route handlers the request's headers but not its connection, and it only fills in
 * X-Forwarded-For when the client sent none. So every incoming request gets this header, set from
 * the connection before Next reads the request, replacing whatever a client may have sent as it.
 */
export const socketAddressHeader = "x-moskvitch-socket-address";

type RequestStart = { request: IncomingMessage; socket: Socket };
const installed = Symbol.for("moskvitch.socket-address-recorded");

/** Starts stamping each request with its connection's address; safe to call more than once. */
export function recordSocketAddresses(): void {
  const registry = globalThis as { [installed]?: boolean };
  if (registry[installed]) return;
  registry[installed] = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as RequestStart;
    request.headers[socketAddressHeader] = socket.remoteAddress ?? "";
  });
}
