import { PageLoading } from "@/app/_components/layout/page-loading";

// An answer compares the item with recorded sales and may convert currencies, which can take a moment.
export default function Loading() {
  return (
    <PageLoading
      title="Check fair value before you bid"
      note="Working out a fair price from recorded sales…"
    />
  );
}
