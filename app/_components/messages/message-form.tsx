"use client";

import { useActionState } from "react";
import { ActionError } from "@/app/_components/forms/action-error";
import { TextAreaField } from "@/app/_components/forms/fields";
import { replyAction, startConversationAction, type MessageFormState } from "@/lib/messages/actions";
import { messageLimits } from "@/lib/messages/rules";
import styles from "./messages.module.css";

const initial: MessageFormState = { ok: true, message: "", fieldErrors: {} };

/**
 * The first message about a listing or an order (`about`), or a reply in a conversation. A refused
 * message keeps what was typed; a sent reply empties the box.
 */
export function MessageForm(
  props:
    | { about: { listingId: number } | { orderId: number }; conversationId?: never }
    | { conversationId: number; about?: never },
) {
  const [state, action, pending] = useActionState(
    props.conversationId ? replyAction : startConversationAction,
    initial,
  );
  const label = props.conversationId ? "Reply" : "Your message";
  return (
    <form action={action} className={styles.form} aria-label={props.conversationId ? "Reply" : "New message"}>
      {props.conversationId && <input type="hidden" name="conversationId" value={props.conversationId} />}
      {props.about && "listingId" in props.about && (
        <input type="hidden" name="listingId" value={props.about.listingId} />
      )}
      {props.about && "orderId" in props.about && (
        <input type="hidden" name="orderId" value={props.about.orderId} />
      )}
      <TextAreaField
        name="body"
        label={label}
        idPrefix="message"
        rows={4}
        hint={`Plain text, up to ${messageLimits.maxLength.toLocaleString("en-US")} characters. Only the two of you (and the market's admins, if they must) can read it.`}
        error={state.fieldErrors.body}
        defaultValue={state.ok ? "" : (state.body ?? "")}
      />
      <button className="button button--small" type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send"}
      </button>
      <ActionError state={state.fieldErrors.body ? { ok: true, message: "" } : state} />
    </form>
  );
}
