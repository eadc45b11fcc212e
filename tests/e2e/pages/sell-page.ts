import sharp from "sharp";
import { expect, type Page } from "@playwright/test";

export type PedalCarFields = {
  era: string;
  year?: string;
  plate: string;
  condition: string;
  restored: "yes" | "no";
  restoredBy?: string;
  windscreen: string;
  steeringWheel: string;
  customVersion: string;
};

/** A plain-colour JPEG, as a seller's photo. */
export async function photo(name: string, color: { r: number; g: number; b: number }) {
  const buffer = await sharp({ create: { width: 800, height: 600, channels: 3, background: color } })
    .jpeg()
    .toBuffer();
  return { name, mimeType: "image/jpeg", buffer };
}

/** /sell and /sell/<id>: the sell form. */
export class SellPage {
  constructor(readonly page: Page) {}

  async goto(id?: number | string) {
    await this.page.goto(id === undefined ? "/sell" : `/sell/${id}`);
  }

  async describe({ title, description }: { title: string; description?: string }) {
    await this.page.getByLabel("Title").fill(title);
    if (description !== undefined) await this.page.getByLabel("Description").fill(description);
  }

  async pedalCar(fields: PedalCarFields) {
    const page = this.page;
    await page.getByLabel("Era", { exact: true }).selectOption(fields.era);
    if (fields.year) await page.getByLabel("Production year, if known").fill(fields.year);
    await page.getByLabel("Licence plate").selectOption(fields.plate);
    await page.getByLabel("Condition", { exact: true }).selectOption(fields.condition);
    await page.getByLabel("Restored?").selectOption(fields.restored);
    if (fields.restoredBy) await page.getByLabel("Restored by (if restored)").fill(fields.restoredBy);
    await page.getByLabel("Windscreen").selectOption(fields.windscreen);
    await page.getByLabel("Steering wheel").selectOption(fields.steeringWheel);
    await page.getByLabel("Custom emergency version").selectOption(fields.customVersion);
  }

  async where({ country, city }: { country: string; city?: string }) {
    await this.page.getByLabel("Country (two letters)").fill(country);
    if (city) await this.page.getByLabel("City").fill(city);
  }

  /** Adds one shipping destination with its price. */
  async shipsTo(destination: string, price: string) {
    await this.page.getByRole("button", { name: "Add a destination" }).click();
    await this.page.getByLabel("Destination 1", { exact: true }).fill(destination);
    await this.page.getByLabel("Price (USD)").fill(price);
  }

  async auction({
    startingBid,
    reserve,
    endsAtLocal,
  }: {
    startingBid: string;
    reserve?: string;
    endsAtLocal: string;
  }) {
    await this.page.getByLabel("Sale format").selectOption("auction");
    await this.page.getByLabel("Starting bid").fill(startingBid);
    if (reserve) await this.page.getByLabel(/Reserve price/).fill(reserve);
    await this.page.getByLabel("Auction length").selectOption("custom");
    await this.page.getByLabel("Ends on (your local time)").fill(endsAtLocal);
  }

  async addPhotos(files: Awaited<ReturnType<typeof photo>>[]) {
    await this.page.getByLabel("Add photos").setInputFiles(files);
  }

  async askingPrice(price: string) {
    await this.page.getByLabel("Asking price").fill(price);
  }

  /** Publishes and lands on the dashboard; returns the new listing's id. */
  async publish(): Promise<number> {
    await this.page.getByRole("button", { name: "Publish" }).click();
    await expect(this.page).toHaveURL(/\/dashboard\/listings\?done=published&id=\d+/, { timeout: 30_000 });
    return Number(new URL(this.page.url()).searchParams.get("id"));
  }

  async saveDraft() {
    await this.page.getByRole("button", { name: "Save draft" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  }

  /** "YYYY-MM-DDTHH:MM" in the browser's time zone, `minutesFromNow` ahead, for the custom end field. */
  async localTimeIn(minutesFromNow: number): Promise<string> {
    return this.page.evaluate((minutes) => {
      const d = new Date(Date.now() + minutes * 60_000);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    }, minutesFromNow);
  }
}
