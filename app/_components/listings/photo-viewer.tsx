"use client";

import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import styles from "./photo-viewer.module.css";

export type ViewerPhoto = { large: string; thumb: string; alt: string; width: number; height: number };

// How far a finger must travel sideways to count as a swipe rather than a wobbly tap.
const swipePx = 50;

/**
 * The listing's photos: the cover and thumbnails as plain links (they open the large file without
 * JavaScript), and in the browser a full-screen viewer with previous/next, swipe, arrow keys and a
 * zoom that follows where it was tapped. Pinch-zoom stays the browser's own.
 */
export function PhotoViewer({ photos }: { photos: ViewerPhoto[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState(0);
  const [zoom, setZoom] = useState<{ x: number; y: number } | null>(null);
  const swipeStart = useRef<number | null>(null);
  const [cover, ...rest] = photos;
  if (!cover) return null;
  const photo = photos[index] ?? cover;

  const open = (at: number) => (event: React.MouseEvent) => {
    event.preventDefault();
    setIndex(at);
    setZoom(null);
    dialog.current?.showModal();
  };
  const step = (by: number) => {
    setIndex((at) => (at + by + photos.length) % photos.length);
    setZoom(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowRight") step(1);
    if (event.key === "ArrowLeft") step(-1);
  };
  const onPointerDown = (event: PointerEvent) => {
    swipeStart.current = zoom ? null : event.clientX;
  };
  const onPointerUp = (event: PointerEvent) => {
    if (swipeStart.current === null) return;
    const moved = event.clientX - swipeStart.current;
    swipeStart.current = null;
    if (Math.abs(moved) >= swipePx && photos.length > 1) step(moved < 0 ? 1 : -1);
  };
  const toggleZoom = (event: React.MouseEvent<HTMLButtonElement>) => {
    if (zoom) return setZoom(null);
    const box = event.currentTarget.getBoundingClientRect();
    // A keyboard press has no point on the photo: zoom into its middle.
    const x = event.detail === 0 ? 50 : ((event.clientX - box.left) / box.width) * 100;
    const y = event.detail === 0 ? 50 : ((event.clientY - box.top) / box.height) * 100;
    setZoom({ x, y });
  };

  return (
    <div className="gallery">
      <a href={cover.large} onClick={open(0)} aria-label={`Open the photos (${photos.length})`}>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          className="gallery__main"
          src={cover.large}
          alt={cover.alt}
          width={cover.width}
          height={cover.height}
        />
      </a>
      {rest.length > 0 && (
        <div className="gallery__thumbs">
          {rest.map((thumb, at) => (
            <a key={thumb.large} href={thumb.large} onClick={open(at + 1)}>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={thumb.thumb} alt={thumb.alt} width={480} height={360} loading="lazy" />
            </a>
          ))}
        </div>
      )}
      <dialog
        ref={dialog}
        className={styles.viewer}
        aria-label="Photos"
        onKeyDown={onKeyDown}
        onClose={() => setZoom(null)}
      >
        <div className={styles.bar}>
          <p className={styles.count} aria-live="polite">
            Photo {index + 1} of {photos.length}
          </p>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => dialog.current?.close()}
          >
            Close
          </button>
        </div>
        <div className={styles.stage} onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
          <button
            type="button"
            className={styles.zoom}
            onClick={toggleZoom}
            aria-pressed={zoom !== null}
            aria-label={zoom ? "Zoom out" : "Zoom in"}
          >
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={photo.large}
              alt={photo.alt}
              width={photo.width}
              height={photo.height}
              className={zoom ? styles.zoomed : undefined}
              style={zoom ? { transformOrigin: `${zoom.x}% ${zoom.y}%` } : undefined}
              draggable={false}
            />
          </button>
        </div>
        {photos.length > 1 && (
          <div className={styles.steps}>
            <button type="button" className="button button--ghost" onClick={() => step(-1)}>
              Previous photo
            </button>
            <button type="button" className="button button--ghost" onClick={() => step(1)}>
              Next photo
            </button>
          </div>
        )}
      </dialog>
    </div>
  );
}
