import { PageLoading } from "@/app/_components/layout/page-loading";

// Read fresh for the seller on every visit, never from a cache.
export default function Loading() {
  return <PageLoading title="Your listings" note="Loading your listings…" />;
}
