import { describe, expect, it } from "vitest";
import { DatabaseBusyError } from "@/db/busy";
import { errorResponse, HttpError } from "./errors";

describe("errorResponse", () => {
  it("answers a busy database with 503 and Retry-After, whatever form the wait took", async () => {
    const lockTimeout = Object.assign(new Error("canceling statement due to lock timeout"), {
      code: "55P03",
    });
    const statementTimeout = Object.assign(new Error("canceling statement due to statement timeout"), {
      code: "57014",
    });
    const noConnection = new Error("timeout exceeded when trying to connect");
    for (const error of [
      new DatabaseBusyError("busy"),
      lockTimeout,
      statementTimeout,
      noConnection,
      new Error("wrapped", { cause: lockTimeout }),
    ]) {
      const response = errorResponse(error);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await response.json()).code).toBe("busy");
    }
  });

  it("answers an HttpError with its status and message", async () => {
    const response = errorResponse(new HttpError("payload_too_large", "Too big."));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "Too big.", code: "payload_too_large" });
  });

  it("leaves our own failures to be thrown on (a 500, logged)", () => {
    const bug = new TypeError("undefined is not a function");
    expect(() => errorResponse(bug)).toThrow(bug);
  });
});
