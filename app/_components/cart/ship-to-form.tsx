"use client";

import { useActionState, type ReactNode } from "react";
import {
  chooseCartAddressAction,
  chooseCartCountryAction,
  deleteAddressAction,
  saveAddressAction,
  type CartFormState,
} from "@/lib/cart/actions";
import { ActionError } from "@/app/_components/forms/action-error";
import { AddressFields } from "@/app/_components/forms/address-fields";
import { CountrySelect } from "@/app/_components/forms/country-select";
import styles from "./ship-to-form.module.css";

const initial: CartFormState = { ok: true, message: "", fieldErrors: {} };

export type ShipToAddress = {
  id: string;
  name: string;
  lines: string;
  countryName: string;
  isDefault: boolean;
};

type Props = {
  country: string | null;
  addressId: string | null;
  addresses: ShipToAddress[];
  destinationLabel: string | null;
};

/** Where the cart ships, stored with the cart on the server: a country, or one of the buyer's addresses. */
export function ShipToForm({ country, addressId, addresses, destinationLabel }: Props) {
  const [countryState, chooseCountry, choosingCountry] = useActionState(chooseCartCountryAction, initial);
  return (
    <section className={`panel ${styles.shipTo}`} aria-labelledby="ship-to-title">
      <h2 id="ship-to-title">Ship to</h2>
      <p aria-live="polite" className={styles.current}>
        {destinationLabel ? (
          <>
            Shipping to <strong>{destinationLabel}</strong>.
          </>
        ) : (
          <strong>Choose the country to ship to, to see shipping and check out.</strong>
        )}
      </p>
      {addresses.length > 0 && (
        <ul className={styles.addresses}>
          {addresses.map((a) => (
            <AddressChoice key={a.id} address={a} chosen={a.id === addressId} />
          ))}
        </ul>
      )}
      <form action={chooseCountry} className={styles.country}>
        <CountrySelect
          id="ship-to-country"
          label={addresses.length ? "Or only a country (address at payment)" : "Country"}
          value={addressId ? null : country}
          error={countryState.fieldErrors.country}
        />
        <button className="button button--ghost" type="submit" disabled={choosingCountry}>
          {choosingCountry ? "Updating…" : "Update shipping"}
        </button>
      </form>
      <ActionError state={countryState} />
      <details className={styles.add}>
        <summary>Add a shipping address</summary>
        <NewAddressForm country={country} />
      </details>
    </section>
  );
}

function AddressChoice({ address, chosen }: { address: ShipToAddress; chosen: boolean }) {
  const [state, choose, choosing] = useActionState(chooseCartAddressAction, initial);
  const [removeState, remove, removing] = useActionState(deleteAddressAction, initial);
  return (
    <li className={[styles.choice, chosen && styles.chosen].filter(Boolean).join(" ")}>
      <p>
        <strong>{address.name}</strong>
        {address.isDefault ? " (default)" : ""}
        <br />
        {address.lines}, {address.countryName}
      </p>
      <div className={styles.choiceActions}>
        {chosen ? (
          <strong className={styles.here}>Shipping here</strong>
        ) : (
          <AddressButton
            action={choose}
            addressId={address.id}
            busy={choosing}
            label={`Ship to ${address.name}, ${address.lines}`}
          >
            Ship here
          </AddressButton>
        )}
        <AddressButton
          action={remove}
          addressId={address.id}
          busy={removing}
          label={`Remove the address ${address.lines}`}
        >
          Remove
        </AddressButton>
      </div>
      <ActionError state={state} />
      <ActionError state={removeState} />
    </li>
  );
}

/** A one-button form that sends an address's id to an action. */
function AddressButton({
  action,
  addressId,
  busy,
  label,
  children,
}: {
  action: (form: FormData) => void;
  addressId: string;
  busy: boolean;
  label: string;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="addressId" value={addressId} />
      <button className="button button--ghost" type="submit" disabled={busy} aria-label={label}>
        {children}
      </button>
    </form>
  );
}

function NewAddressForm({ country }: { country: string | null }) {
  const [state, save, saving] = useActionState(saveAddressAction, initial);
  return (
    <form action={save} className={`form ${styles.addressForm}`} noValidate>
      <AddressFields idPrefix="address" errors={state.fieldErrors} />
      <CountrySelect
        id="address-country"
        label="Country"
        value={country}
        error={state.fieldErrors.country}
        required
      />
      <label className={styles.checkbox}>
        <input type="checkbox" name="makeDefault" /> Make this my default address
      </label>
      <button className="button" type="submit" disabled={saving}>
        {saving ? "Saving…" : "Save and ship here"}
      </button>
      <ActionError state={state} tone="alert" />
    </form>
  );
}
