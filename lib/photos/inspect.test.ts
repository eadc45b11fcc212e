import { describe, expect, it } from "vitest";
import { sniffImageFormat } from "./inspect";

describe("sniffImageFormat", () => {
  it("reads the format from the first bytes, not the name", () => {
    expect(sniffImageFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe("jpeg");
    expect(sniffImageFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("png");
    expect(sniffImageFormat(Buffer.from("RIFF\0\0\0\0WEBPVP8 ", "latin1"))).toBe("webp");
    expect(sniffImageFormat(Buffer.from("\0\0\0\x18ftypheic\0\0\0\0", "latin1"))).toBe("heic");
    expect(sniffImageFormat(Buffer.from("GIF89a......"))).toBeNull();
    expect(sniffImageFormat(Buffer.from("just text named photo.jpg"))).toBeNull();
  });
});
