import { Link } from "@/lib/i18n/navigation";
import { itemSchema } from "@/lib/catalogue/item-schemas";
import { reportSegmentOfItem } from "@/lib/reports/segments";

/** "Market report: Pedal cars · Late, soft tires", for an item whose segment has a report; nothing otherwise. */
export function MarketReportLink({ item, className }: { item: unknown; className: string }) {
  const parsed = itemSchema.safeParse(item);
  const segment = parsed.success ? reportSegmentOfItem(parsed.data) : undefined;
  if (!segment) return null;
  return (
    <p className={className}>
      <Link href={segment.path} data-testid="market-report-link">
        Market report: {segment.label}
      </Link>
    </p>
  );
}
