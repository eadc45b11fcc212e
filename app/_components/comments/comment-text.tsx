import { commentTextParts } from "@/lib/comments/rules";

/** A comment's plain text; web addresses become links that pass no credit and no access to this page. */
export function CommentText({ body }: { body: string }) {
  return (
    <>
      {commentTextParts(body).map((part, i) =>
        part.kind === "link" ? (
          <a key={i} href={part.href} rel="nofollow ugc noopener noreferrer">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
