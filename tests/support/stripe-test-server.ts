import http from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for api.stripe.com that the real `stripe` SDK talks to over plain HTTP (the SDK's
// host/port/protocol settings). It records every request, answers the few endpoints checkout uses with
// Stripe-shaped objects, replays responses for a repeated Idempotency-Key as Stripe does, and can be
// told to fail.

export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  /** The form body, nested the way Stripe reads it (`line_items[0][price_data][currency]` → objects and arrays). */
  body: Record<string, unknown>;
};

type Session = Record<string, unknown> & { id: string; status: string };
type Transfer = Record<string, unknown> & { id: string; amount: number; amount_reversed: number };

export type StripeTestServer = {
  url: string;
  requests: RecordedRequest[];
  sessions: Map<string, Session>;
  /** Transfers to connected accounts, with their reversals, by id. */
  transfers: Map<string, Transfer>;
  /** The next `times` requests answer with this HTTP status and a Stripe error body. */
  failNext: (times: number, status?: number) => void;
  close: () => Promise<void>;
};

export async function startStripeTestServer(): Promise<StripeTestServer> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Session>();
  const transfers = new Map<string, Transfer>();
  const byIdempotencyKey = new Map<string, { status: number; body: unknown }>();
  let failures: { times: number; status: number } = { times: 0, status: 500 };
  let counter = 0;

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://stripe.test");
    const body = parseStripeForm(req.method === "GET" ? url.search.slice(1) : raw);
    const idempotencyKey = header(req, "idempotency-key");
    requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      idempotencyKey,
      authorization: header(req, "authorization"),
      body,
    });

    const send = (status: number, payload: unknown) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": `req_test_${++counter}`,
        ...(status >= 400 ? { "stripe-should-retry": "false" } : {}),
      });
      res.end(JSON.stringify(payload));
    };
    if (failures.times > 0) {
      failures.times -= 1;
      return send(failures.status, {
        error: {
          type: failures.status === 402 ? "card_error" : "api_error",
          message: "The test server was told to fail this request.",
        },
      });
    }
    if (idempotencyKey && byIdempotencyKey.has(idempotencyKey)) {
      const earlier = byIdempotencyKey.get(idempotencyKey)!;
      return send(earlier.status, earlier.body);
    }
    const [status, payload] = route(req.method ?? "GET", url.pathname, body);
    if (idempotencyKey && req.method === "POST")
      byIdempotencyKey.set(idempotencyKey, { status, body: payload });
    send(status, payload);
  });

  function route(method: string, path: string, body: Record<string, unknown>): [number, unknown] {
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const id = `cs_test_${String(++counter).padStart(6, "0")}`;
      const session: Session = {
        ...checkoutSessionFrom(body),
        status: "open",
        id,
        url: `https://checkout.stripe.test/c/pay/${id}`,
      };
      sessions.set(id, session);
      return [200, session];
    }
    const sessionPath = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    if (sessionPath) {
      const session = sessions.get(sessionPath[1]!);
      if (!session)
        return [
          404,
          {
            error: {
              type: "invalid_request_error",
              message: `No such checkout.session: '${sessionPath[1]}'`,
            },
          },
        ];
      if (sessionPath[2] && method === "POST") {
        if (session.status !== "open")
          return [
            400,
            { error: { type: "invalid_request_error", message: "Only open sessions can be expired." } },
          ];
        session.status = "expired";
      }
      return [200, session];
    }
    if (method === "POST" && path === "/v1/refunds") {
      return [
        200,
        {
          id: `re_test_${++counter}`,
          object: "refund",
          payment_intent: body.payment_intent,
          ...(body.amount ? { amount: Number(body.amount) } : {}),
          metadata: body.metadata ?? {},
          status: "succeeded",
        },
      ];
    }
    // A payment intent paid by card: its charge is what transfers are made from.
    const paymentIntent = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (paymentIntent && method === "GET") {
      const id = paymentIntent[1]!;
      return [200, { id, object: "payment_intent", status: "succeeded", latest_charge: `ch_of_${id}` }];
    }
    if (method === "POST" && path === "/v1/transfers") {
      const transfer: Transfer = {
        id: `tr_test_${String(++counter).padStart(6, "0")}`,
        object: "transfer",
        amount: Number(body.amount),
        amount_reversed: 0,
        currency: body.currency,
        destination: body.destination,
        transfer_group: body.transfer_group ?? null,
        source_transaction: body.source_transaction ?? null,
        metadata: body.metadata ?? {},
        reversals: { object: "list", data: [] as unknown[] },
      };
      transfers.set(transfer.id, transfer);
      return [200, transfer];
    }
    const reversal = /^\/v1\/transfers\/([^/]+)\/reversals$/.exec(path);
    if (reversal && method === "POST") {
      const transfer = transfers.get(reversal[1]!);
      if (!transfer)
        return [
          404,
          { error: { type: "invalid_request_error", message: `No such transfer: '${reversal[1]}'` } },
        ];
      const amount = body.amount ? Number(body.amount) : transfer.amount - transfer.amount_reversed;
      if (amount > transfer.amount - transfer.amount_reversed)
        return [400, { error: { type: "invalid_request_error", message: "Reversal exceeds the transfer." } }];
      transfer.amount_reversed += amount;
      const made = {
        id: `trr_test_${String(++counter).padStart(6, "0")}`,
        object: "transfer_reversal",
        amount,
        transfer: transfer.id,
        metadata: body.metadata ?? {},
      };
      (transfer.reversals as { data: unknown[] }).data.push(made);
      return [200, made];
    }
    return [
      404,
      { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` } },
    ];
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sessions,
    transfers,
    failNext: (times, status = 500) => {
      failures = { times, status };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function header(req: http.IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** What Stripe would answer: the session with its amounts added up from the line items and shipping. */
function checkoutSessionFrom(body: Record<string, unknown>): Record<string, unknown> {
  const items =
    (body.line_items as
      { quantity: string; price_data: { unit_amount: string; currency: string } }[] | undefined) ?? [];
  const subtotal = items.reduce((sum, i) => sum + Number(i.price_data.unit_amount) * Number(i.quantity), 0);
  const shippingOptions =
    (body.shipping_options as { shipping_rate_data: { fixed_amount: { amount: string } } }[] | undefined) ??
    [];
  const shipping = Number(shippingOptions[0]?.shipping_rate_data.fixed_amount.amount ?? 0);
  return {
    object: "checkout.session",
    mode: body.mode,
    status: "open",
    payment_status: "unpaid",
    currency: items[0]?.price_data.currency ?? "usd",
    amount_subtotal: subtotal,
    amount_total: subtotal + shipping,
    client_reference_id: body.client_reference_id ?? null,
    metadata: body.metadata ?? {},
    expires_at: Number(body.expires_at),
    payment_intent: null,
    livemode: false,
  };
}

/** Decodes Stripe's bracketed form encoding into objects and arrays. */
function parseStripeForm(encoded: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    const parts = key.replace(/\]/g, "").split("[");
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const container = node as Record<string, unknown>;
      if (last) {
        container[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
      container[part] ??= nextIsIndex ? [] : {};
      node = container[part] as Record<string, unknown>;
    });
  }
  return root;
}
