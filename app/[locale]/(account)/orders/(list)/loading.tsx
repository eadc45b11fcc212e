import { PageLoading } from "@/app/_components/layout/page-loading";

// Read fresh for the buyer on every visit, never from a cache.
export default function Loading() {
  return <PageLoading title="Your orders" note="Loading your orders…" />;
}
