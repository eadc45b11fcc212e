import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// Each test renders into a clean document, with the answers it stubbed for the server taken back.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
