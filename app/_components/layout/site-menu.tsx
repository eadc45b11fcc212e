"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

// From the header's CSS module (a missing name would be undefined).
type ClassNames = { button?: string; icon?: string; menu?: string; open?: string };

/**
 * The header's Menu button and what it opens on a phone: the visitor's links and the categories.
 * On wide screens the button is hidden and the menu's parts are laid out in the header itself.
 * A disclosure: the button says whether it is open, Escape closes it and gives focus back to the
 * button, and following a link (a new page) or tapping outside the header closes it too.
 */
export function SiteMenu({
  label,
  classNames,
  children,
}: {
  label: string;
  classNames: ClassNames;
  children: React.ReactNode;
}) {
  // The page the menu was opened on: on any other page (a link was followed) it is closed.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const pathname = usePathname();
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const header = button.current?.closest("header");
      if (header && event.target instanceof Node && !header.contains(event.target)) setOpenOn(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  useStickyHeaderHeight(button);

  return (
    <>
      <button
        ref={button}
        type="button"
        className={classNames.button}
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span className={classNames.icon} aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        {label}
      </button>
      <div id="site-menu" className={open ? `${classNames.menu} ${classNames.open}` : classNames.menu}>
        {children}
      </div>
    </>
  );
}

/**
 * Keeps --site-header-height on <html> equal to the sticky header's height, which
 * scroll-padding-top (globals.css) uses so a field that takes focus never sits under the header.
 */
function useStickyHeaderHeight(inside: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const header = inside.current?.closest("header");
    if (!header) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty("--site-header-height", `${Math.ceil(header.getBoundingClientRect().height)}px`),
    );
    observer.observe(header);
    return () => observer.disconnect();
  }, [inside]);
}
