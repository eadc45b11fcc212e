import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkFieldsMessage, fieldErrorsOf, fieldRefusal, idSchema, typedCentsSchema } from "./forms";

describe("fieldErrorsOf", () => {
  it("keeps the first message per dotted field, and names whole-input problems by the root given", () => {
    const schema = z.object({
      item: z.object({ era: z.enum(["late"], { error: "Choose the era" }) }),
      price: z.number({ error: "Enter a price" }).min(1, "Above zero"),
    });
    const parsed = schema.safeParse({ item: { era: "x" }, price: "no" });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({
      "item.era": "Choose the era",
      price: "Enter a price",
    });
    const whole = z
      .object({})
      .refine(() => false, "Nothing here")
      .safeParse({});
    expect(whole.success ? {} : fieldErrorsOf(whole.error)).toEqual({ form: "Nothing here" });
    expect(whole.success ? {} : fieldErrorsOf(whole.error, "body")).toEqual({ body: "Nothing here" });
  });
});

describe("idSchema and typedCentsSchema", () => {
  it("read ids from forms and refuse anything else with one message", () => {
    const id = idSchema("That listing does not exist.");
    expect(id.parse("12")).toBe(12);
    for (const bad of ["0", "-3", "1.5", "abc", "2147483648"])
      expect(id.safeParse(bad).error?.issues[0]?.message).toBe("That listing does not exist.");
  });

  it("read typed money as integer cents", () => {
    const money = typedCentsSchema({ missing: "Enter an amount", notMoney: "Enter a number" });
    expect(money.parse("1,250.50")).toBe(125050);
    expect(money.safeParse("twelve").error?.issues[0]?.message).toBe("Enter a number");
    expect(money.safeParse(undefined).error?.issues[0]?.message).toBe("Enter an amount");
  });
});

describe("fieldRefusal", () => {
  it("refuses with the one form message, from zod's issues or from errors already mapped", () => {
    const parsed = z.object({ email: z.email("Enter an email") }).safeParse({ email: "no" });
    expect(parsed.success ? null : fieldRefusal(parsed.error)).toEqual({
      ok: false,
      message: checkFieldsMessage,
      fieldErrors: { email: "Enter an email" },
    });
    expect(fieldRefusal({ newPassword: "Too short" })).toEqual({
      ok: false,
      message: checkFieldsMessage,
      fieldErrors: { newPassword: "Too short" },
    });
  });
});
