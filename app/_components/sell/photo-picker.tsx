"use client";

import { useId } from "react";
import { FieldMessages } from "@/app/_components/forms/fields";
import styles from "./photo-picker.module.css";

// Photos already saved (reorder, delete) and photos picked but not uploaded yet (uploaded when the
// form is saved). The first saved photo is the cover.

export type SavedPhoto = { id: string; src: string };
export type StagedPhoto = { key: string; file: File; preview: string; error?: string };

type Props = {
  saved: SavedPhoto[];
  staged: StagedPhoto[];
  max: number;
  error?: string;
  busy: boolean;
  onPick: (files: File[]) => void;
  onUnstage: (key: string) => void;
  onChangeSaved: (photoId: string, change: "up" | "down" | "delete") => void;
};

export function PhotoPicker({ saved, staged, max, error, busy, onPick, onUnstage, onChangeSaved }: Props) {
  const inputId = useId();
  const room = max - saved.length - staged.length;
  return (
    <fieldset className="sell-section" aria-describedby={error ? "sell-photos-error" : "sell-photos-hint"}>
      <legend>Photos</legend>
      <p className="field__hint" id="sell-photos-hint">
        Up to {max} JPEG, PNG or WebP photos, 10 MB each. The first is the cover. Location data in the files
        is removed.
      </p>
      {saved.length > 0 && (
        <ol className={styles.photos} aria-label="Saved photos">
          {saved.map((photo, index) => (
            <li key={photo.id} className={styles.photo}>
              {/* Already a small WebP from our own storage. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={photo.src}
                alt={`Photo ${index + 1}${index === 0 ? " (cover)" : ""}`}
                width={160}
                height={120}
              />
              <span className={styles.label}>{index === 0 ? "Cover" : `Photo ${index + 1}`}</span>
              <div className={styles.actions}>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={busy || index === 0}
                  onClick={() => onChangeSaved(photo.id, "up")}
                  aria-label={`Move photo ${index + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={busy || index === saved.length - 1}
                  onClick={() => onChangeSaved(photo.id, "down")}
                  aria-label={`Move photo ${index + 1} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={busy}
                  onClick={() => onChangeSaved(photo.id, "delete")}
                  aria-label={`Delete photo ${index + 1}`}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {staged.length > 0 && (
        <ul className={styles.photos} aria-label="Photos to upload when you save">
          {staged.map((photo) => (
            <li
              key={photo.key}
              className={[styles.photo, photo.error && styles.refused].filter(Boolean).join(" ")}
            >
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={photo.preview} alt={`New photo: ${photo.file.name}`} width={160} height={120} />
              <span className={styles.label}>{photo.file.name}</span>
              {photo.error && <p className="field__error">{photo.error}</p>}
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={busy}
                onClick={() => onUnstage(photo.key)}
                aria-label={`Remove ${photo.file.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={inputId}>{saved.length + staged.length ? "Add more photos" : "Add photos"}</label>
        <input
          id={inputId}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          disabled={busy || room <= 0}
          aria-describedby="sell-photos-hint"
          onChange={(event) => {
            onPick(Array.from(event.target.files ?? []));
            event.target.value = "";
          }}
        />
      </div>
      <FieldMessages id="sell-photos" error={error} />
    </fieldset>
  );
}
