import { render } from "@testing-library/react";
import {
  AppRouterContext,
  type AppRouterInstance,
} from "next/dist/shared/lib/app-router-context.shared-runtime";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { inLanguage } from "./in-language";

// Client components that navigate read Next's app router from its context; outside a Next page the
// test puts a router there whose moves it can read.

export function renderInPage(ui: ReactNode) {
  const router: AppRouterInstance = {
    back: vi.fn(),
    forward: vi.fn(),
    refresh: vi.fn(),
    push: vi.fn(),
    replace: vi.fn(),
    prefetch: vi.fn(),
    bfcacheId: "test",
  };
  return {
    router,
    ...render(inLanguage(<AppRouterContext.Provider value={router}>{ui}</AppRouterContext.Provider>)),
  };
}
