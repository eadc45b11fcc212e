"use client";

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, useTransition } from "react";
import { categories, categoryLabels, currencies, type Category } from "@/lib/catalogue/vocabulary";
import { publishListingAction, saveListingAction } from "@/lib/listings/actions";
import { formDataToListingInput } from "@/lib/listings/form-input";
import { listingLimits, parseListingInput } from "@/lib/listings/schemas";
import { AuctionFields } from "@/app/_components/auctions/auction-fields";
import { FieldSet, SelectField, TextAreaField, TextField } from "@/app/_components/forms/fields";
import { ItemFields, type ItemFieldValues } from "@/app/_components/forms/item-fields";
import { LiveEstimate } from "./live-estimate";
import { PhotoPicker, type SavedPhoto, type StagedPhoto } from "./photo-picker";
import { ShippingRows } from "./shipping-rows";
import styles from "./sell-form.module.css";
import { uploadStagedPhotos, useSavedPhotos } from "./use-photos";

type Props = {
  listingId?: number;
  status?: string;
  values?: Record<string, unknown>;
  photos?: SavedPhoto[];
};

const maxPhotoBytes = 10 * 1024 * 1024;

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** The sell form: new listings and edits. Checks with the same schema as the server before sending. */
export function SellForm({
  listingId: initialId,
  status: initialStatus = "draft",
  values: initialValues = {},
  photos = [],
}: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [listingId, setListingId] = useState(initialId);
  const [status, setStatus] = useState(initialStatus);
  const [category, setCategory] = useState<Category>((initialValues.category as Category) ?? "pedal_car");
  const [currency, setCurrency] = useState(asText(initialValues.currency) ?? "USD");
  const [saleFormat, setSaleFormat] = useState(asText(initialValues.saleFormat) ?? "fixed_price");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [staged, setStaged] = useState<StagedPhoto[]>([]);
  const [pending, startTransition] = useTransition();
  const saved = useSavedPhotos(listingId, photos, setMessage);

  const values: ItemFieldValues = useMemo(
    () => ({
      text: (name) => asText(initialValues[name]),
      list: (name) =>
        Array.isArray(initialValues[name]) ? (initialValues[name] as unknown[]).map(String) : [],
      rows: (name) =>
        Array.isArray(initialValues[name]) ? (initialValues[name] as Record<string, string>[]) : [],
    }),
    [initialValues],
  );
  /** A typed-in field: what was saved, and its error. */
  const typed = (name: string) => ({ name, defaultValue: values.text(name), error: errors[name] });
  const shippingInitial = (
    (initialValues.shipping as { destination?: string; price?: string }[] | undefined) ?? []
  ).map((s) => ({ ...s }));

  function pick(files: File[]) {
    const room = listingLimits.photos - saved.photos.length - staged.length;
    const accepted = files.slice(0, Math.max(room, 0)).map((file) => ({
      key: `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`,
      file,
      preview: URL.createObjectURL(file),
      error: file.size > maxPhotoBytes ? "Over 10 MB: export it smaller." : undefined,
    }));
    setStaged((all) => [...all, ...accepted]);
    if (files.length > accepted.length)
      setMessage({
        kind: "error",
        text: `A listing has at most ${listingLimits.photos} photos; ${files.length - accepted.length} were left out.`,
      });
  }

  function submit(intent: "draft" | "publish") {
    const form = formRef.current;
    if (!form) return;
    const formData = new FormData(form);
    formData.set("intent", intent);
    if (listingId) formData.set("listingId", String(listingId));
    const complete = intent === "publish" || status !== "draft";
    const check = parseListingInput(formDataToListingInput(formData), complete ? "complete" : "draft");
    const found: Record<string, string> = check.ok ? {} : { ...check.fieldErrors };
    if (intent === "publish" && saved.photos.length + staged.filter((p) => !p.error).length === 0)
      found.photos = "Add at least one photo: buyers want to see the item";
    if (staged.some((p) => p.error)) found.photos = "Remove the refused photos first.";
    setErrors(found);
    if (Object.keys(found).length) {
      setMessage({ kind: "error", text: `Check the highlighted fields (${Object.keys(found).length}).` });
      focusFirstError(form, found);
      return;
    }
    setMessage(null);
    startTransition(async () => {
      const result = await saveListingAction(formData);
      if (!result.ok || !result.listingId) {
        setErrors(result.fieldErrors);
        setMessage({ kind: "error", text: result.message ?? "The listing could not be saved." });
        return;
      }
      const id = result.listingId;
      setListingId(id);
      setStatus(result.status ?? status);
      // Stay on this form, now bound to the saved listing, without losing what is typed.
      if (!listingId) window.history.replaceState(null, "", `/sell/${id}`);
      const upload = await uploadStagedPhotos(id, staged);
      setStaged(upload.refused);
      saved.add(upload.uploaded);
      if (upload.refused.length) {
        setErrors({ photos: "Some photos were refused; see each one's reason." });
        setMessage({
          kind: "error",
          text: "Saved, but some photos were refused. Remove them or pick others, then save again.",
        });
        return;
      }
      if (intent === "publish" && result.status !== "live") {
        const published = await publishListingAction(id);
        if (!published.ok) {
          setErrors(published.fieldErrors);
          setMessage({ kind: "error", text: published.message ?? "The listing could not be published." });
          return;
        }
        router.push(`/dashboard/listings?done=published&id=${id}`);
        return;
      }
      setMessage({
        kind: "info",
        text:
          result.status === "live"
            ? "Changes saved. The listing is live."
            : "Draft saved. Publish it when it's ready.",
      });
    });
  }

  const busy = pending || saved.busy;
  return (
    <form
      ref={formRef}
      className={`form ${styles.form}`}
      noValidate
      onSubmit={(e) => (e.preventDefault(), submit("publish"))}
    >
      <div aria-live="assertive">
        {message && (
          <p className={`alert alert--${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
            {message.text}
          </p>
        )}
      </div>
      <FieldSet legend="What are you selling?">
        <SelectField
          name="category"
          label="Category"
          options={categories.map((c) => ({ value: c, label: categoryLabels[c] }))}
          value={category}
          onChange={(c) => c && setCategory(c as Category)}
          error={errors.category}
          placeholder="Choose…"
          required
        />
        <TextField
          {...typed("title")}
          label="Title"
          required
          maxLength={120}
          hint="What a collector would search for, e.g. “1978 AZLK pedal car, aluminum bumpers, restored”."
        />
        <TextAreaField
          {...typed("description")}
          label="Description"
          required
          hint="History, what was restored or replaced, flaws. Plain text."
        />
      </FieldSet>
      <ItemFields key={category} category={category} form="sell" values={values} errors={errors} />
      <FieldSet legend="Price and location">
        <div className="field-row">
          <TextField
            {...typed("price")}
            label={saleFormat === "auction" ? "Starting bid" : "Asking price"}
            inputMode="decimal"
            required
            placeholder="350"
            hint="In whole units, like 350 or 1,250.50."
          />
          <SelectField
            name="currency"
            label="Currency"
            options={currencies.map((c) => ({ value: c, label: c }))}
            value={currency}
            onChange={(c) => c && setCurrency(c)}
            error={errors.currency}
          />
        </div>
        <AuctionFields
          listingId={listingId}
          saleFormat={saleFormat}
          onSaleFormatChange={setSaleFormat}
          errors={errors}
          currency={currency}
        />
        <div className="field-row">
          <TextField
            {...typed("country")}
            label="Country (two letters)"
            required
            placeholder="US"
            maxLength={2}
            autoComplete="country"
          />
          <TextField {...typed("city")} label="City" maxLength={80} autoComplete="address-level2" />
        </div>
        <ShippingRows initial={shippingInitial} errors={errors} currency={currency} />
      </FieldSet>
      <LiveEstimate />
      <PhotoPicker
        saved={saved.photos}
        staged={staged}
        max={listingLimits.photos}
        error={errors.photos}
        busy={busy}
        onPick={pick}
        onUnstage={(key) => setStaged((all) => all.filter((p) => p.key !== key))}
        onChangeSaved={saved.change}
      />
      <div className={styles.actions}>
        <button className="button" type="submit" disabled={busy}>
          {pending ? "Saving…" : status === "live" ? "Save changes" : "Publish"}
        </button>
        {status !== "live" && (
          <button
            className="button button--ghost"
            type="button"
            disabled={busy}
            onClick={() => submit("draft")}
          >
            Save draft
          </button>
        )}
      </div>
    </form>
  );
}

function focusFirstError(form: HTMLFormElement, errors: Record<string, string>) {
  const first = Object.keys(errors)[0];
  if (!first) return;
  const element = form.querySelector<HTMLElement>(`#sell-${CSS.escape(first.replaceAll(".", "-"))}`);
  element?.focus();
}
