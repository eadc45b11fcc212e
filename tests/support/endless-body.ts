// A request body that would go on for `totalBytes`, handed out one chunk per read, counting what
// the server pulled and whether it hung up: proof that a body was refused without being read.
export type BodyTally = { pulledBytes: number; cancelled: boolean };

export function endlessBody({
  totalBytes,
  chunkBytes = 64 * 1024,
  fill = 0x61,
}: {
  totalBytes: number;
  chunkBytes?: number;
  fill?: number;
}) {
  const tally: BodyTally = { pulledBytes: 0, cancelled: false };
  const chunk = new Uint8Array(chunkBytes).fill(fill);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (tally.pulledBytes >= totalBytes) return controller.close();
        tally.pulledBytes += chunk.byteLength;
        controller.enqueue(chunk.slice());
      },
      cancel() {
        tally.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, tally };
}

/** A POST whose body streams (chunked, as from a client that sends no length) or claims `contentLength`. */
export function streamingPost(
  url: string,
  stream: ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
): Request {
  // `duplex` is required by Node for a streamed body; the DOM typings do not know it yet.
  return new Request(url, { method: "POST", body: stream, headers, duplex: "half" } as RequestInit);
}
