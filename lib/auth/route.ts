import "server-only";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "./options";

export async function handleAuthRequest(
  request: NextRequest,
  context: { params: Promise<{ nextauth: string[] }> },
) {
  return NextAuth(request, context, await getAuthOptions());
}
