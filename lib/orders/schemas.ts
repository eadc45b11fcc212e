import { z } from "zod";
import { idSchema } from "@/lib/kernel/forms";

export const orderIdSchema = idSchema("That order does not exist.");

export const shipOrderSchema = z.object({
  orderId: orderIdSchema,
  carrier: z
    .string()
    .trim()
    .min(2, "Name the carrier (e.g. USPS, DHL, Omniva)")
    .max(60, "At most 60 characters"),
  trackingNumber: z
    .string()
    .trim()
    .min(4, "Enter the tracking number from the receipt")
    .max(60, "At most 60 characters")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, "Letters, digits, spaces and dashes only"),
});

export const receiveOrderSchema = z.object({ orderId: orderIdSchema });
