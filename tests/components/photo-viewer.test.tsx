import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { PhotoViewer, type ViewerPhoto } from "@/app/_components/listings/photo-viewer";

// A collector opens a listing's photos, pages through them by button, key and swipe, and zooms in.

const photo = (n: number): ViewerPhoto => ({
  large: `/photos/p${n}-large.webp`,
  thumb: `/photos/p${n}-thumb.webp`,
  alt: `Pedal car, photo ${n}`,
  width: 1600,
  height: 1200,
});

function renderViewer() {
  render(<PhotoViewer photos={[photo(1), photo(2), photo(3)]} />);
  const viewer = document.querySelector("dialog")!;
  expect(viewer.getAttribute("aria-label")).toBe("Photos");
  return { user: userEvent.setup(), viewer };
}

const shown = (viewer: HTMLElement) => viewer.querySelector("img")?.getAttribute("src");

describe("the photo viewer", () => {
  it("opens at the photo chosen and pages through them by button and arrow key, round the end", async () => {
    const { user, viewer } = renderViewer();
    expect(viewer.open).toBe(false);
    await user.click(screen.getByRole("img", { name: "Pedal car, photo 2" }));
    expect(viewer.open).toBe(true);
    expect(viewer.textContent).toContain("Photo 2 of 3");
    expect(shown(viewer)).toBe("/photos/p2-large.webp");
    await user.click(screen.getByRole("button", { name: "Next photo" }));
    await user.click(screen.getByRole("button", { name: "Next photo" }));
    expect(viewer.textContent).toContain("Photo 1 of 3");
    fireEvent.keyDown(viewer, { key: "ArrowLeft" });
    expect(shown(viewer)).toBe("/photos/p3-large.webp");
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(viewer.open).toBe(false);
  });

  it("turns a sideways swipe into the next or previous photo, and a short wobble into nothing", async () => {
    const { user, viewer } = renderViewer();
    await user.click(screen.getByRole("link", { name: "Open the photos (3)" }));
    const stage = viewer.querySelector("img")!.closest("div")!;
    fireEvent.pointerDown(stage, { clientX: 300 });
    fireEvent.pointerUp(stage, { clientX: 200 });
    expect(viewer.textContent).toContain("Photo 2 of 3");
    fireEvent.pointerDown(stage, { clientX: 200 });
    fireEvent.pointerUp(stage, { clientX: 230 });
    expect(viewer.textContent).toContain("Photo 2 of 3");
    fireEvent.pointerDown(stage, { clientX: 100 });
    fireEvent.pointerUp(stage, { clientX: 260 });
    expect(viewer.textContent).toContain("Photo 1 of 3");
  });

  it("zooms in where tapped and out again; a zoomed photo pans instead of swiping away", async () => {
    const { user, viewer } = renderViewer();
    await user.click(screen.getByRole("link", { name: "Open the photos (3)" }));
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    const zoomOut = screen.getByRole("button", { name: "Zoom out" });
    expect(zoomOut.getAttribute("aria-pressed")).toBe("true");
    const stage = viewer.querySelector("img")!.closest("div")!;
    fireEvent.pointerDown(stage, { clientX: 300 });
    fireEvent.pointerUp(stage, { clientX: 100 });
    expect(viewer.textContent).toContain("Photo 1 of 3");
    await user.click(zoomOut);
    expect(screen.getByRole("button", { name: "Zoom in" }).getAttribute("aria-pressed")).toBe("false");
  });
});
