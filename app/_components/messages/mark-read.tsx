"use client";

import { useEffect } from "react";
import { markConversationReadAction } from "@/lib/messages/actions";
import { announceHeaderCounts } from "@/app/_components/notifications/header-counts";

/** Once a thread is on screen, marks it read up to its last message and has the header count again. */
export function MarkRead({ conversationId, upTo }: { conversationId: number; upTo: number }) {
  useEffect(() => {
    markConversationReadAction(conversationId, upTo).then(
      (changed) => changed && announceHeaderCounts(),
      () => {},
    );
  }, [conversationId, upTo]);
  return null;
}
