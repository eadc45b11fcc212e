import { NextRequest } from "next/server";
import { handleAuthRequest } from "@/lib/auth/route";
import { bodyLimits, withBoundedBody } from "@/lib/http/body";
import { withErrorResponses } from "@/lib/kernel/errors";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth reads the body itself, so it gets a copy read under the form cap.
const handle = withErrorResponses(async (request: Request, context: Context) =>
  handleAuthRequest(new NextRequest(await withBoundedBody(request, { maxBytes: bodyLimits.form })), context),
);

export { handle as GET, handle as POST };
