import { CommentText } from "@/app/_components/comments/comment-text";
import { LocalTime } from "@/app/_components/local-time";
import type { ThreadMessage } from "@/lib/messages/queries";
import styles from "./messages.module.css";

/** A conversation's messages, oldest first, as plain text (addresses as nofollow links). */
export function MessageThread({
  messages,
  viewerId,
  sellerId,
}: {
  messages: ThreadMessage[];
  viewerId: string | null;
  sellerId: string;
}) {
  if (messages.length === 0) return <p className="field__hint">No messages yet.</p>;
  return (
    <ol className={styles.thread} aria-label="Messages">
      {messages.map((message) => (
        <li
          key={message.id}
          id={`message-${message.id}`}
          className={message.authorId === viewerId ? `${styles.message} ${styles.mine}` : styles.message}
        >
          <article aria-label={`${message.authorId === viewerId ? "You" : message.authorName}`}>
            <p className={styles.byline}>
              <strong>{message.authorId === viewerId ? "You" : message.authorName}</strong>
              {message.authorId === sellerId && <span className="tag">Seller</span>}
              <span className="field__hint">
                <LocalTime at={message.createdAt.toISOString()} />
              </span>
            </p>
            <p className={styles.body}>
              <CommentText body={message.body} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
