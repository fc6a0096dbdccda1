import http from "node:http";
import https from "node:https";
import { PEER_HEADER } from "./client-ip";

/**
 * Puts the socket's remote address on every incoming request as `x-tandem-peer`, overwriting any header of that name
 * the client sent. Route handlers see only headers, and `x-forwarded-for` is the client's to write when no proxy
 * sits in front (lib/http/client-ip.ts). Installed once from instrumentation-node.ts, before traffic arrives; it
 * wraps the servers' `emit` so that it sees the request before Next.js does.
 */
const marker = Symbol.for("tandem.peerAddress");

export function installPeerAddress(): void {
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as unknown as { emit: (...args: unknown[]) => boolean; [marker]?: true };
    if (proto[marker]) continue;
    const original = proto.emit;
    proto.emit = function emit(this: unknown, event: unknown, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage | undefined;
        if (request?.headers) request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return original.call(this, event, ...args);
    };
    proto[marker] = true;
  }
}
