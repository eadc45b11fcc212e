import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { SellForm } from "@/app/_components/sell/sell-form";
import { requireUser } from "@/lib/auth/session";
import styles from "./sell-page.module.css";

export const metadata: Metadata = { title: "Sell an item" };

export default async function SellPage() {
  await requireUser("/sell");
  return (
    <section className="sell-page" aria-labelledby="sell-heading">
      <h1 id="sell-heading">Sell an item</h1>
      <p className={styles.intro}>
        A pedal car, a classic Moskvitch, an AZLK toy or a spare part. Save a draft at any time; publishing
        checks that buyers have everything they need.{" "}
        <Link href="/value">Not sure what to ask? Check the fair value.</Link>
      </p>
      <SellForm />
    </section>
  );
}
