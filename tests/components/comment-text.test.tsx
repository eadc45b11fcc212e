import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CommentText } from "@/app/_components/comments/comment-text";

// A comment is shown as the text its author typed: markup stays visible as characters, and only
// web addresses become links, which pass no credit and no access to the page.

describe("a comment's text", () => {
  it("shows markup as text and addresses as nofollow links", () => {
    const { container } = render(
      <p>
        <CommentText body={'<img src=x onerror="alert(1)"> Manual at https://azlk.example/manual.pdf.'} />
      </p>,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toBe(
      '<img src=x onerror="alert(1)"> Manual at https://azlk.example/manual.pdf.',
    );
    const link = screen.getByRole("link", { name: "https://azlk.example/manual.pdf" });
    expect(link.getAttribute("href")).toBe("https://azlk.example/manual.pdf");
    expect(link.getAttribute("rel")).toBe("nofollow ugc noopener noreferrer");
  });

  it("never links a javascript: address", () => {
    const { container } = render(<CommentText body="javascript:alert(document.cookie)" />);
    expect(container.querySelector("a")).toBeNull();
  });
});
